using Claimgraph.Text;

namespace Claimgraph.Lexicon;

/// <summary>
/// A set of cue phrases matched against the words of a sentence. Lookup is by the first word: an
/// exact word by hash, a prefix word by hashing each prefix of the token (tokens are short), so a
/// sentence is matched in time linear in its length.
/// </summary>
public sealed class CueSet<T>
{
    private readonly Dictionary<string, List<Cue<T>>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Cue<T>>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _shortestPrefix = int.MaxValue;

    public CueSet(IEnumerable<Cue<T>> cues)
    {
        foreach (var cue in cues)
        {
            var first = cue.Words[0].Text;
            if (!_byFirstWord.TryGetValue(first, out var list))
            {
                _byFirstWord[first] = list = [];
            }

            list.Add(cue);
            _shortestPrefix = Math.Min(_shortestPrefix, first.Length);
        }

        foreach (var list in _byFirstWord.Values)
        {
            // Longer phrases first, so the longest match wins.
            list.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));
        }

        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = _byFirstWord.Values.Sum(l => l.Count);
    }

    public int Count { get; }

    public static CueSet<T> From(IEnumerable<(string Phrase, T Value)> entries) =>
        new(entries.Select(e => Cue<T>.Parse(e.Phrase, e.Value)));

    /// <summary>The longest cue that starts at word <paramref name="index"/>, if any.</summary>
    public bool TryMatchAt(TokenizedText text, int index, out CueMatch<T> match)
    {
        match = default;
        var token = text.Lower[index];
        if (!text.Tokens[index].IsWord || token.Length < _shortestPrefix)
        {
            return false;
        }

        CueMatch<T>? best = null;
        for (var length = token.Length; length >= _shortestPrefix; length--)
        {
            if (!_lookup.TryGetValue(token.AsSpan(0, length), out var cues))
            {
                continue;
            }

            foreach (var cue in cues)
            {
                if (cue.Words[0].Exact && length != token.Length)
                {
                    continue;
                }

                if (TryMatchRest(text, index, cue, out var last) && (best is null || last > best.Value.Last))
                {
                    best = new CueMatch<T>(index, last, cue.Value, cue.Text);
                }
            }
        }

        if (best is null)
        {
            return false;
        }

        match = best.Value;
        return true;
    }

    /// <summary>Every cue in the token range [from, to), left to right, not overlapping.</summary>
    public List<CueMatch<T>> FindAll(TokenizedText text, int from, int to)
    {
        var found = new List<CueMatch<T>>();
        for (var i = from; i < to; i++)
        {
            if (TryMatchAt(text, i, out var match) && match.Last < to)
            {
                found.Add(match);
                i = match.Last;
            }
        }

        return found;
    }

    public List<CueMatch<T>> FindAll(TokenizedText text) => FindAll(text, 0, text.Tokens.Length);

    private static bool TryMatchRest(TokenizedText text, int index, Cue<T> cue, out int last)
    {
        last = index;
        for (var w = 1; w < cue.Words.Count; w++)
        {
            last++;
            if (last >= text.Tokens.Length || !text.Tokens[last].IsWord || !cue.Words[w].Matches(text.Lower[last]))
            {
                return false;
            }
        }

        return true;
    }
}
