namespace Claimgraph.Lexicon;

/// <summary>
/// One word of a cue: matched as the start of a token, or, with <see cref="Exact"/>, as the whole
/// token; the wildcard "*" (<see cref="Any"/>) matches any one word or number ("nach * angaben" matches
/// "nach ukrainischen Angaben"). A cue may not begin with the wildcard.
/// </summary>
public readonly record struct CueWord(string Text, bool Exact, bool Any = false)
{
    /// <summary>Parses "soll~" (exact), "liefer" (prefix) or "*" (any word); the text is kept in lower case.</summary>
    public static CueWord Parse(string word)
    {
        var lower = word.Trim().ToLowerInvariant();
        return lower switch
        {
            "*" => new CueWord("*", false, true),
            _ when lower.EndsWith('~') => new CueWord(lower[..^1], true),
            _ => new CueWord(lower, false),
        };
    }

    public bool Matches(string lowerToken) =>
        Any || (Exact ? lowerToken == Text : lowerToken.StartsWith(Text, StringComparison.Ordinal));
}
