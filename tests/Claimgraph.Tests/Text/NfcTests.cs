using System.Globalization;
using System.Text;
using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

/// <summary>
/// The managed NFC against a sample of Unicode's NormalizationTest.txt
/// (Data/normalization.unicode-sample.txt), directly and through <see cref="NormalizedText"/>.
/// </summary>
public sealed class NfcTests
{
    [Fact]
    public void MatchesTheUnicodeConformanceSample()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var line in File.ReadLines(TextCases.PathOf("normalization.unicode-sample.txt")))
        {
            if (line.Length == 0 || line[0] is '#' or '@')
            {
                continue;
            }

            var columns = line.Split(';');
            var (source, nfc, nfd, nfkc, nfkd) = (Decode(columns[0]), Decode(columns[1]), Decode(columns[2]), Decode(columns[3]), Decode(columns[4]));
            foreach (var (input, expected) in new[] { (source, nfc), (nfc, nfc), (nfd, nfc), (nfkc, nfkc), (nfkd, nfkc) })
            {
                count++;
                if (Nfc.Normalize(input) != expected)
                {
                    failures.Add($"Nfc: {line}");
                }

                // NormalizedText also folds some characters; compare where it does not.
                if (!input.Any(c => NormalizedText.Fold(c) != c || c is '\r' or '\u2026') && NormalizedText.From(input).Text != expected)
                {
                    failures.Add($"NormalizedText: {line}");
                }
            }
        }

        Assert.True(count > 4000, $"only {count} checks");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [InlineData("Pjo\u0308ngjang", "Pj\u00F6ngjang")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("a\u0323\u0302", "\u1EAD")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\u0308a", "\u0308a")]
    [InlineData("", "")]
    public void NormalizesKnownCases(string input, string expected) => Assert.Equal(expected, Nfc.Normalize(input));

    private static string Decode(string column)
    {
        var builder = new StringBuilder();
        foreach (var hex in column.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }

        return builder.ToString();
    }
}
