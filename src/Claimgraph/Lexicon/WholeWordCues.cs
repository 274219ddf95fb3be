namespace Claimgraph.Lexicon;

/// <summary>
/// Cue phrases whose every word must match a token whole, not as its start ("über" must not match "überstellt", "nach wie
/// vor" not "vorher"): each word is marked with the cue syntax's "~".
/// </summary>
internal static class WholeWordCues
{
    /// <summary>The phrase with each of its words marked to match whole.</summary>
    public static string Of(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w + "~"));

    /// <summary>A set of the phrases, each word matching whole.</summary>
    public static CueSet<bool> From(IEnumerable<string> phrases) => CueSet<bool>.From(phrases.Select(c => (Of(c), true)));
}
