namespace Claimgraph.Lexicon;

/// <summary>
/// Cue phrases in the other spellings of a language (language.yaml `spelling_variants`): Swiss German writes "ss" for "ß",
/// so "heisst es" and "verschiesse" are the same cues as "heißt es" and "verschieße". Expanded once when a lexicon is
/// built, so matching costs nothing more than a few more entries in the cue tries.
/// </summary>
internal static class SpellingVariants
{
    /// <summary>Every entry, then the same entry in each other spelling that changes it.</summary>
    public static IEnumerable<(string Phrase, T Value)> Expand<T>(
        IEnumerable<(string Phrase, T Value)> entries, IReadOnlyDictionary<string, string> variants)
    {
        foreach (var entry in entries)
        {
            foreach (var phrase in Of(entry.Phrase, variants))
            {
                yield return (phrase, entry.Value);
            }
        }
    }

    /// <summary>The text, then the text in each other spelling that changes it ("Weißes Haus", "Weisses Haus").</summary>
    public static IEnumerable<string> Of(string text, IReadOnlyDictionary<string, string> variants)
    {
        yield return text;
        foreach (var (letters, variant) in variants)
        {
            if (text.Contains(letters, StringComparison.Ordinal))
            {
                yield return text.Replace(letters, variant, StringComparison.Ordinal);
            }
        }
    }
}
