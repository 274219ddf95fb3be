using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

public sealed class NormalizedTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Kim besucht Putin in Moskau.")]
    [InlineData("Über Pjöngjang: 11.000 Soldaten, \"Tag des Sieges\".\nZweite Zeile\t mit Tab.")]
    [InlineData("Emoji \U0001F600 und Schrift \U0001D11E bleiben.")]
    public void TextThatNeedsNoChangeIsKeptWithoutMap(string input)
    {
        var normalized = NormalizedText.From(input);
        Assert.True(normalized.IsIdentity);
        Assert.Same(input, normalized.Text);
        for (var i = 0; i <= input.Length; i++)
        {
            Assert.Equal(i, normalized.ToOriginal(i));
            Assert.Equal(i, normalized.ToOriginalEnd(i));
        }

        var whole = new TextSpan(0, input.Length);
        Assert.Equal(whole, normalized.ToOriginal(whole));
    }

    [Fact]
    public void OutOfRangeOffsetsAreClamped()
    {
        var plain = NormalizedText.From("abc");
        Assert.Equal(0, plain.ToOriginal(-5));
        Assert.Equal(3, plain.ToOriginal(99));

        var folded = NormalizedText.From("a\u00ADb\r\n");
        Assert.Equal("ab\n", folded.Text);
        Assert.Equal(0, folded.ToOriginal(-1));
        Assert.Equal(5, folded.ToOriginal(99));
        Assert.Equal(5, folded.ToOriginalEnd(99));
        Assert.Equal(0, folded.ToOriginalEnd(-1));
    }

    [Fact]
    public void NfdUmlautMapsToTheWholeSequence()
    {
        var normalized = NormalizedText.From("u\u0308ber");
        Assert.Equal("\u00FCber", normalized.Text);
        Assert.Equal(0, normalized.ToOriginal(0));
        Assert.Equal(2, normalized.ToOriginal(1));
        Assert.Equal(2, normalized.ToOriginalEnd(1));
        Assert.Equal(5, normalized.ToOriginal(4));
        Assert.Equal(new TextSpan(0, 2), normalized.ToOriginal(new TextSpan(0, 1)));
        Assert.Equal(new TextSpan(2, 2), normalized.ToOriginal(new TextSpan(1, 1)));
    }

    [Fact]
    public void SoftHyphenInsideASpanIsCoveredButNotAtItsEdges()
    {
        var normalized = NormalizedText.From("die Bundes\u00ADwehr");
        Assert.Equal("die Bundeswehr", normalized.Text);
        Assert.Equal("Bundes\u00ADwehr", normalized.OriginalOf(new TextSpan(4, 14)));
        Assert.Equal("Bundes", normalized.OriginalOf(new TextSpan(4, 10)));
        Assert.Equal("wehr", normalized.OriginalOf(new TextSpan(10, 14)));
    }

    [Fact]
    public void CrLfBecomesOneLineFeedThatMapsToBoth()
    {
        var normalized = NormalizedText.From("eins\r\nzwei\rdrei\n");
        Assert.Equal("eins\nzwei\ndrei\n", normalized.Text);
        Assert.Equal("\r\n", normalized.OriginalOf(new TextSpan(4, 5)));
        Assert.Equal("\r", normalized.OriginalOf(new TextSpan(9, 10)));
        Assert.Equal("zwei", normalized.OriginalOf(new TextSpan(5, 9)));
        Assert.Equal(16, normalized.ToOriginal(15));
    }

    [Fact]
    public void SurrogatePairsMapUnitByUnit()
    {
        var normalized = NormalizedText.From("\u201EA\u201C \U0001F600!");
        Assert.Equal("\"A\" \U0001F600!", normalized.Text);
        Assert.Equal(4, normalized.ToOriginal(4));
        Assert.Equal(5, normalized.ToOriginal(5));
        Assert.Equal("\U0001F600", normalized.OriginalOf(new TextSpan(4, 6)));
    }

    [Fact]
    public void LoneSurrogatesSurvive()
    {
        var input = "a\uD800b \u201Ec\u201C \uDC00";
        var normalized = NormalizedText.From(input);
        Assert.Equal("a\uD800b \"c\" \uDC00", normalized.Text);
        Assert.Equal(input.Length, normalized.ToOriginal(normalized.Text.Length));
    }

    [Fact]
    public void EllipsisIsSpelledWithThreePeriods()
    {
        var normalized = NormalizedText.From("Und dann\u2026");
        Assert.Equal("Und dann...", normalized.Text);
        Assert.Equal("\u2026", normalized.OriginalOf(new TextSpan(9, 10)));
        Assert.Equal("dann\u2026", normalized.OriginalOf(new TextSpan(4, 11)));
    }

    [Fact]
    public void NormalizedTextIsAFixedPoint()
    {
        var once = NormalizedText.From("\uFEFFU\u0308ber \u201EKursk\u201C\u00A0\u2013 11\u202F000\r\nA\u030A \u212B\u2026");
        var twice = NormalizedText.From(once.Text);
        Assert.True(twice.IsIdentity);
        Assert.Equal(once.Text, twice.Text);
    }

    [Fact]
    public void LongInputIsNormalizedInLinearTime()
    {
        // 200,000 NFD clusters and folded characters: a quadratic implementation would take minutes.
        var input = string.Concat(Enumerable.Repeat("u\u0308ber \u201EZitat\u201C\u00AD\r\n", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var normalized = NormalizedText.From(input);
        watch.Stop();
        Assert.Equal(20_000 * "\u00FCber \"Zitat\"\n".Length, normalized.Text.Length);
        Assert.Equal(input.Length, normalized.ToOriginal(normalized.Text.Length));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Fact]
    public void LongRunOfCombiningMarksIsNotQuadratic()
    {
        // One segment of 100,000 marks of mixed classes (dot below 220, diaeresis 230) after a "u".
        var input = "\u201Eu" + string.Concat(Enumerable.Repeat("\u0308\u0323", 50_000)) + "\u201C";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var normalized = NormalizedText.From(input);
        watch.Stop();
        Assert.Equal("\"\u1EE5", normalized.Text[..2]); // u with dot below composes first
        Assert.Equal(input.Length - 1, normalized.Text.Length);
        Assert.Equal(new TextSpan(1, input.Length - 1), normalized.ToOriginal(new TextSpan(1, 2)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }
}
