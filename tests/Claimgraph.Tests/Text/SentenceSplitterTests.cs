using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(TextCases.GermanRules);

    [Fact]
    public void EmptyTextHasNoSentences() => Assert.Empty(Splitter.Split(string.Empty));

    [Fact]
    public void ParagraphsCountNonBlankLines()
    {
        var sentences = Splitter.Split("Titel\n\nErster Satz. Zweiter Satz.\n   \nLetzter Satz.");
        Assert.Equal(new[] { 0, 1, 1, 2 }, sentences.Select(s => s.Paragraph));
        Assert.Equal(new[] { SentenceKind.Line, SentenceKind.Body, SentenceKind.Body, SentenceKind.Body }, sentences.Select(s => s.Kind));
    }

    [Fact]
    public void SpansPointIntoTheNormalizedText()
    {
        const string text = "Am 21. Dezember kamen 11.000 Soldaten. Das 17. Paket folgte.";
        var sentences = Splitter.Split(text);
        Assert.Equal(new[] { new TextSpan(0, 38), new TextSpan(39, 60) }, sentences.Select(s => s.Span));
    }

    [Fact]
    public void LongInputIsSplitInLinearTime()
    {
        var paragraph = "Er sagte: \"Wir liefern z. B. am 3. Mai. Wir kämpfen.\" Dann kam das 17. Paket... Wirklich?! Ja. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, 5_000)) + "\n" + string.Concat(Enumerable.Repeat("a. ", 100_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var sentences = Splitter.Split(text);
        Assert.Equal((5_000 * 4) + 1, sentences.Count);
        // A guard against quadratic work, not a speed measure (that is bench/): a linear split of these 0.8 M chars
        // takes well under a second, a quadratic one hours; the bound is loose so a machine under load still passes.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
    }
}
