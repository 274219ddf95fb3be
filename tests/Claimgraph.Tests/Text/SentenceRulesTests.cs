using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

public sealed class SentenceRulesTests
{
    [Fact]
    public void ParsesListsWithCommentsBlankLinesAndFlags()
    {
        var rules = SentenceRules.Parse(
            "# comment\r\nNr\n\n  bzw.  # trailing comment\nusw final\nz.B\n",
            "Januar\nFeb # short\n",
            "der\nDie\n");

        Assert.Equal(new[] { "Nr", "bzw", "usw", "z.B" }.Order(), rules.Abbreviations.Order());
        Assert.Equal(new[] { "usw" }, rules.FinalAbbreviations);
        Assert.Contains("januar", rules.Months);
        Assert.Contains("FEB", rules.Months);
        Assert.Contains("die", rules.OrdinalDeterminers);
        Assert.DoesNotContain("nr", rules.Abbreviations);
    }

    [Fact]
    public void ReadListTrimsAndSkipsComments() =>
        Assert.Equal(new[] { "a", "b c" }, SentenceRules.ReadList("  a \r\n# x\n\n b c # y\n#"));

    [Fact]
    public void GermanResourcesAreEmbeddedAndComplete()
    {
        var rules = TextCases.GermanRules;
        foreach (var abbreviation in new[] { "bzw", "Nr", "Dr", "Prof", "ca", "usw", "vgl", "Mio", "Mrd", "St", "Abs", "Jh", "Chr", "etc", "z.B", "u.a" })
        {
            Assert.Contains(abbreviation, rules.Abbreviations);
        }

        Assert.Contains("usw", rules.FinalAbbreviations);
        Assert.Contains("etc", rules.FinalAbbreviations);
        Assert.DoesNotContain("Nr", rules.FinalAbbreviations);
        Assert.Equal(12, new[] { "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember" }.Count(rules.Months.Contains));
        Assert.Contains("Okt", rules.Months);
        foreach (var determiner in new[] { "der", "die", "das", "am", "im", "zum", "seine" })
        {
            Assert.Contains(determiner, rules.OrdinalDeterminers);
        }
    }

    [Fact]
    public void WithoutRulesOnlyGeneralCluesPreventSplits()
    {
        var sentences = new SentenceSplitter(SentenceRules.Empty).Split("George W. Bush kam, z.B. am 5. Mai. Dann ging er.");
        Assert.Equal(3, sentences.Count); // "Mai" is not known as a month: "am 5." ends a sentence
    }
}
