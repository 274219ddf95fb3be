using Claimgraph.Lexicon;
using Claimgraph.Recognizers;

namespace Claimgraph.Tests.Recognizers;

public sealed class DigitNumberTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in TestData.Lines("digits.tsv"))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_digits_in_both_conventions(string token, string language, string expected)
    {
        var conventions = language == "de" ? new DigitConventions('.', ',') : new DigitConventions(',', '.');
        var ok = DigitNumber.TryParse(token, conventions, out var value);
        if (expected == "none")
        {
            Assert.False(ok);
        }
        else
        {
            Assert.True(ok);
            Assert.Equal(double.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value, 6);
        }
    }
}
