using System.Globalization;
using Claimgraph.Lexicon;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// Finds relative ordinals ("letzte", "nächste", "penultimate") from the language's
/// relative_ordinals table (word → "end+0", "current+1" ...). Whether "letzte Woche" is a
/// date is the date recognizer's business; this one only says the word ranks.
/// </summary>
public sealed class RelativeOrdinalRecognizer
{
    private readonly Phrases<(OrdinalAnchor Anchor, int Offset)> _words;

    public RelativeOrdinalRecognizer(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _words = Phrases.Of(pack.Numbers.RelativeOrdinalData.Select(p => (p.Key, Parse(p.Value))));
    }

    public List<RelativeOrdinal> FindAll(NumberScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var found = new List<RelativeOrdinal>();
        for (var i = 0; i < scan.Tokens.Length; i++)
        {
            if (scan.Tokens[i].IsWord && _words.TryMatch(scan.Text, scan.Tokens, i, out var meaning, out var last))
            {
                found.Add(new RelativeOrdinal(scan.SpanOf(i, last), meaning.Anchor, meaning.Offset));
                i = last;
            }
        }

        return found;
    }

    private static (OrdinalAnchor, int) Parse(string meaning)
    {
        var at = meaning.IndexOfAny(['+', '-']);
        if (at <= 0 || !Enum.TryParse<OrdinalAnchor>(meaning[..at], ignoreCase: true, out var anchor)
            || !int.TryParse(meaning[at..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset))
        {
            throw new LexiconException($"numbers.yaml: relative ordinal '{meaning}' is not anchor+offset (end+0, current-1)");
        }

        return (anchor, offset);
    }
}
