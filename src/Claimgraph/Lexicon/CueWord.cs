namespace Claimgraph.Lexicon;

/// <summary>One word of a cue: matched as the start of a token, or, with <see cref="Exact"/>, as the whole token.</summary>
public readonly record struct CueWord(string Text, bool Exact)
{
    /// <summary>Parses "soll~" (exact) or "liefer" (prefix); the text is kept in lower case.</summary>
    public static CueWord Parse(string word)
    {
        var lower = word.Trim().ToLowerInvariant();
        return lower.EndsWith('~') ? new CueWord(lower[..^1], true) : new CueWord(lower, false);
    }

    public bool Matches(string lowerToken) =>
        Exact ? lowerToken == Text : lowerToken.StartsWith(Text, StringComparison.Ordinal);
}
