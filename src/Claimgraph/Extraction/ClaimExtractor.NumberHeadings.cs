using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

public sealed partial class ClaimExtractor
{
    /// <summary>The number a heading line of its own gave (a listicle's "2. 840'000"), and where it stands in the document.</summary>
    private sealed record HeadingNumber(Quantity Quantity, TextSpan Span);

    /// <summary>
    /// "2. 840'000", "1,5 Millionen": a line that is only a number, after an item number if any, is a heading that the next
    /// paragraph explains. Null for any other sentence.
    /// </summary>
    private static HeadingNumber? NumberHeadingOf(SentenceContext sentence, List<QuantityPhrase> phrases, NormalizedText normalized)
    {
        var tokens = sentence.Tokens;
        if (sentence.Sentence.Kind != SentenceKind.Line || phrases.Count == 0 || tokens.Count == 0)
        {
            return null;
        }

        // The item number: digits and a period before the heading's number.
        var start = tokens.Count > 2 && AsciiDigits.All(tokens.Raw(0)) && tokens.IsSymbol(1, '.') ? 2 : 0;
        foreach (var phrase in phrases)
        {
            if (phrase.First == start && phrase.Last == tokens.Count - 1)
            {
                return new HeadingNumber(phrase.Quantity, normalized.ToOriginal(tokens.SpanOf(phrase.First, phrase.Last)));
            }
        }

        return null;
    }

    /// <summary>
    /// "2. 840'000 / Auf so viele Tote und Verwundete schätzt das britische Verteidigungsministerium …": the words opening the
    /// paragraph right after a number heading that stand for its number (<c>heading_anaphors</c>) are that number, counting
    /// what follows them. The phrase covers the anaphor's last two words ("so viele"); null where the sentence opens otherwise.
    /// </summary>
    private QuantityPhrase? HeadingAnaphor(SentenceContext sentence, HeadingNumber heading)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 3 || !_pack.Cues.HeadingAnaphors.TryMatchAt(tokens, 0, out var anaphor) || anaphor.Last < 1)
        {
            return null;
        }

        return new QuantityPhrase(anaphor.Last - 1, anaphor.Last, anaphor.Last, heading.Quantity);
    }
}
