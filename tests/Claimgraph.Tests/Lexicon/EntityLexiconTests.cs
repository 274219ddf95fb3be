using Claimgraph.Text;

namespace Claimgraph.Tests.Lexicon;

public sealed class EntityLexiconTests
{
    public static TheoryData<string, string, string> Cases() => TestData.TsvCases("entities.de.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_entities_in_every_form(string text, string id, string form)
    {
        var mentions = TestData.German.Entities.FindAll(new TokenizedText(text, new TextSpan(0, text.Length)));
        var first = Assert.Single(mentions.Take(1));
        Assert.Equal(id, first.Entity.Id);
        Assert.Equal(form, first.Form.ToString());
    }

    [Fact]
    public void Short_capital_aliases_match_only_in_capitals()
    {
        var text = "Er sah ap und us im Text.";
        Assert.Empty(TestData.German.Entities.FindAll(new TokenizedText(text, new TextSpan(0, text.Length))));
    }
}
