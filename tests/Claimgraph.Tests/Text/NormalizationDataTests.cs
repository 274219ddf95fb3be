using System.Text.Json;
using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

/// <summary>
/// The cases in Data/normalization.jsonl: the normalized text, and for substrings of it (the n-th
/// occurrence of "find") the span of the original text they map back to.
/// </summary>
public sealed class NormalizationDataTests
{
    private const string File = "normalization.jsonl";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Cases = new(() => TextCases.ReadCases(File));

    public static TheoryData<string> CaseIds => TextCases.Ids(File);

    [Fact]
    public void HasEnoughCases() => Assert.True(Cases.Value.Count >= 20, $"{Cases.Value.Count} cases");

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void NormalizesAndMapsBack(string id)
    {
        var data = Cases.Value[id];
        var input = data.GetProperty("input").GetString()!;
        var normalized = NormalizedText.From(input);
        Assert.Equal(data.GetProperty("text").GetString(), normalized.Text);
        Assert.Same(input, normalized.Original);
        Assert.Equal(normalized.Text == input, normalized.IsIdentity);

        foreach (var span in data.GetProperty("spans").EnumerateArray())
        {
            var find = span.GetProperty("find").GetString()!;
            var occurrence = span.GetProperty("occurrence").GetInt32();
            var start = -1;
            for (var k = 0; k <= occurrence; k++)
            {
                start = find.Length == 0 ? 0 : normalized.Text.IndexOf(find, start + 1, StringComparison.Ordinal);
                Assert.True(start >= 0, $"'{find}' #{occurrence} not in the normalized text");
            }

            var original = normalized.ToOriginal(new TextSpan(start, start + find.Length));
            Assert.Equal(
                (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32()),
                (original.Start, original.End));
            Assert.Equal(span.GetProperty("original").GetString(), original.Of(input));
        }
    }
}
