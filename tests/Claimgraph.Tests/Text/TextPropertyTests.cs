using Claimgraph.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Claimgraph.Tests.Text;

/// <summary>Properties of the Text stage for any input: FsCheck's strings and article-like ones.</summary>
public sealed class TextPropertyTests
{
    // Pieces of news text and of the characters the Text stage treats specially.
    private static readonly string[] Pieces =
    [
        "Wort", "Kim", "a", "B", " ", "  ", "\t", ".", ". ", "!", "?", "?!", "...", "\u2026", ",", ":",
        "\n", "\r\n", "\r", "\n\n", "\"", "\u201E", "\u201C", "\u00AB", "\u00BB", "'", "(", ")", "[", "]",
        "z. B.", "z.B.", "Nr.", "usw.", "17.", "21. Dezember", "das 17.", "11.000", "17.11.2024", "George W.",
        "u\u0308", "\u0308", "\u00AD", "\u200B", "\u00A0", "\u2013", "\u212B", "\U0001F600", "\uD800", "\uDC00",
        "\u1100", "\u1161", "\u11A8", "A\u030A", "II.", "(...)", "Moskau.Bild:",
    ];

    private static readonly Arbitrary<string> AnyString =
        ArbMap.Default.ArbFor<string>().Filter(s => s is not null);

    private static readonly Arbitrary<string> ArticleLike =
        Gen.Elements(Pieces).ArrayOf().Select(string.Concat).ToArbitrary();

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static readonly SentenceSplitter Splitter = new(TextCases.GermanRules);

    [Fact]
    public void SentencesOfAnyStringAreOrderedDisjointInsideAndTrimmed()
    {
        Check.One(Config, Prop.ForAll(AnyString, SentencesAreWellFormed));
        Check.One(Config, Prop.ForAll(ArticleLike, SentencesAreWellFormed));
    }

    [Fact]
    public void NormalizedOffsetsMapMonotonicallyIntoTheOriginal()
    {
        Check.One(Config, Prop.ForAll(AnyString, MapIsMonotonic));
        Check.One(Config, Prop.ForAll(ArticleLike, MapIsMonotonic));
    }

    [Fact]
    public void NormalizationIsIdempotent()
    {
        Check.One(Config, Prop.ForAll(AnyString, IsFixedPoint));
        Check.One(Config, Prop.ForAll(ArticleLike, IsFixedPoint));
    }

    [Fact]
    public void QuotationsAreWellFormed()
    {
        Check.One(Config, Prop.ForAll(AnyString, QuotationsAreNested));
        Check.One(Config, Prop.ForAll(ArticleLike, QuotationsAreNested));
    }

    private static bool SentencesAreWellFormed(string input)
    {
        var text = NormalizedText.From(input).Text;
        var sentences = Splitter.Split(text);
        var previousEnd = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var span = sentences[i].Span;
            if (sentences[i].Index != i || span.Start < previousEnd || span.IsEmpty || span.End > text.Length)
            {
                return false;
            }

            if (char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]) || span.Of(text).Contains('\n'))
            {
                return false;
            }

            if (i > 0 && sentences[i].Paragraph < sentences[i - 1].Paragraph)
            {
                return false;
            }

            previousEnd = span.End;
        }

        // Every non-whitespace character is in some sentence.
        var covered = 0;
        foreach (var s in sentences)
        {
            covered += s.Span.Of(text).Count(c => !char.IsWhiteSpace(c));
        }

        return covered == text.Count(c => !char.IsWhiteSpace(c));
    }

    private static bool MapIsMonotonic(string input)
    {
        var normalized = NormalizedText.From(input);
        var previous = 0;
        var previousEnd = 0;
        for (var i = 0; i <= normalized.Text.Length; i++)
        {
            var offset = normalized.ToOriginal(i);
            var end = normalized.ToOriginalEnd(i);
            if (offset < previous || offset > input.Length || end < previousEnd || end > input.Length)
            {
                return false;
            }

            if (i < normalized.Text.Length && normalized.ToOriginalEnd(i + 1) <= offset)
            {
                return false; // every character comes from a non-empty range
            }

            previous = offset;
            previousEnd = end;
        }

        return normalized.ToOriginal(normalized.Text.Length) == input.Length
            && normalized.ToOriginal(new TextSpan(0, normalized.Text.Length)).End <= input.Length;
    }

    private static bool IsFixedPoint(string input)
    {
        var once = NormalizedText.From(input).Text;
        return NormalizedText.From(once).IsIdentity && Nfc.Normalize(once) == once;
    }

    private static bool QuotationsAreNested(string input)
    {
        var text = NormalizedText.From(input).Text;
        var found = QuotationFinder.Find(text);
        for (var i = 0; i < found.Count; i++)
        {
            var span = found[i];
            if (span.Length < 2 || text[span.Start] != '"' || text[span.End - 1] != '"' || span.Of(text).Contains('\n'))
            {
                return false;
            }

            if (i > 0 && found[i - 1].Start >= span.Start)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (found[j].Overlaps(span) && !found[j].Contains(span))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
