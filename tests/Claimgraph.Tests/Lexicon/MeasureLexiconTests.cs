namespace Claimgraph.Tests.Lexicon;

public sealed class MeasureLexiconTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in TestData.Lines("measures.de.tsv"))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

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
