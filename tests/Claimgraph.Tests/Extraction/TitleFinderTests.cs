using Claimgraph.Extraction;

namespace Claimgraph.Tests.Extraction;

public sealed class TitleFinderTests
{
    public static TheoryData<string> Cases => TestData.JsonCases("titles.de.jsonl");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_headline(string json)
    {
        var expected = TestData.Parse(json);
        var text = expected.GetProperty("text").GetString()!;
        var info = TestData.Extractor.Extract(new Document("test.txt", text)).Info;
        Assert.Equal(expected.GetProperty("title").GetString(), info.Title);
    }

    [Fact]
    public void Keeps_the_title_as_written()
    {
        var info = TestData.Extractor.Extract(new Document("test.txt", "Waffen für Kiew \u2013 was die neue Lieferung enthält\nText.")).Info;
        Assert.Equal("Waffen für Kiew \u2013 was die neue Lieferung enthält", info.Title);
    }
}
