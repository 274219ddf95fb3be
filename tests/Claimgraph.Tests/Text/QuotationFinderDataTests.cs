using System.Text.Json;
using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

/// <summary>
/// The cases in Data/quotations.jsonl: quotations found in the normalized text, compared as the
/// original text they map back to, in order of their start.
/// </summary>
public sealed class QuotationFinderDataTests
{
    private const string File = "quotations.jsonl";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Cases = new(() => TextCases.ReadCases(File));

    public static TheoryData<string> CaseIds => TextCases.Ids(File);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void FindsQuotations(string id)
    {
        var data = Cases.Value[id];
        var normalized = NormalizedText.From(data.GetProperty("text").GetString()!);
        var found = QuotationFinder.Find(normalized.Text);
        Assert.Equal(
            data.GetProperty("quotations").EnumerateArray().Select(q => q.GetString()),
            found.Select(normalized.OriginalOf));
    }
}
