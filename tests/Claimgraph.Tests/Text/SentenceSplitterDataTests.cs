using System.Text.Json;
using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

/// <summary>
/// The cases in Data/sentences.de.jsonl: each text is normalized, split, and every sentence is
/// compared, as the original text it maps back to, with the expected text and kind.
/// </summary>
public sealed class SentenceSplitterDataTests
{
    private const string File = "sentences.de.jsonl";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Cases = new(() => TextCases.ReadCases(File));

    public static TheoryData<string> CaseIds => TextCases.Ids(File);

    [Fact]
    public void HasEnoughCases() => Assert.True(Cases.Value.Count >= 50, $"{Cases.Value.Count} cases");

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void SplitsAsExpected(string id)
    {
        var data = Cases.Value[id];
        var normalized = NormalizedText.From(data.GetProperty("text").GetString()!);
        var sentences = new SentenceSplitter(TextCases.GermanRules).Split(normalized.Text);

        var expected = data.GetProperty("sentences").EnumerateArray()
            .Select(s => $"{s.GetProperty("kind").GetString()}: {s.GetProperty("text").GetString()}")
            .ToList();
        var actual = sentences.Select(s => $"{s.Kind}: {normalized.OriginalOf(s.Span)}").ToList();
        Assert.Equal(expected, actual);

        if (data.TryGetProperty("paragraphs", out var paragraphs))
        {
            Assert.Equal(paragraphs.EnumerateArray().Select(p => p.GetInt32()), sentences.Select(s => s.Paragraph));
        }

        Assert.Equal(Enumerable.Range(0, sentences.Count), sentences.Select(s => s.Index));
    }
}
