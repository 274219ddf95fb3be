namespace Claimgraph.Tests.Lexicon;

public sealed class MeasureLexiconTests
{
    public static TheoryData<string, string, string> Cases() => TestData.TsvCases("measures.de.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_measure_by_the_head_of_the_compound(string noun, string adjectives, string expected)
    {
        var lower = noun.ToLowerInvariant();
        var before = adjectives.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var measure = TestData.German.Measures.MeasureOf(lower, before) ?? TestData.German.Measures.MeasureOfModified(lower, before);
        Assert.Equal(expected == "none" ? null : expected, measure);
    }
}
