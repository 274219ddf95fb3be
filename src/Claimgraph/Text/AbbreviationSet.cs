namespace Claimgraph.Text;

/// <summary>
/// The abbreviations of a language's sentence rules, looked up by the characters before a period without making a string
/// of them: whether a word is one ("Nr", "Dr", also capitalized at a sentence's start: "Ca"), and whether it is one that
/// often ends a sentence ("usw"). Used by the splitter and by the clauses inside a quotation.
/// </summary>
public sealed class AbbreviationSet
{
    // Longer than any abbreviation: a word this long is not lower-cased to be looked up.
    private const int MaxAbbreviationLength = 64;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _finalAbbreviations;

    public AbbreviationSet(SentenceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _abbreviations = new HashSet<string>(rules.Abbreviations, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _finalAbbreviations = new HashSet<string>(rules.FinalAbbreviations, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the word (leading punctuation skipped: "(Nr", "-ca") is an abbreviation, and whether one that often ends a sentence.</summary>
    public bool Contains(ReadOnlySpan<char> word, out bool final)
    {
        while (word.Length > 0 && !char.IsLetterOrDigit(word[0]))
        {
            word = word[1..];
        }

        final = false;
        if (word.Length == 0)
        {
            return false;
        }

        if (_abbreviations.Contains(word))
        {
            final = _finalAbbreviations.Contains(word);
            return true;
        }

        // A capitalized abbreviation opening a sentence ("Ca. 200 …"): its first letter lower-cased.
        if (char.IsUpper(word[0]) && word.Length <= MaxAbbreviationLength)
        {
            Span<char> lower = stackalloc char[word.Length];
            word.CopyTo(lower);
            lower[0] = char.ToLowerInvariant(word[0]);
            if (_abbreviations.Contains(lower))
            {
                final = _finalAbbreviations.Contains(lower);
                return true;
            }
        }

        return false;
    }
}
