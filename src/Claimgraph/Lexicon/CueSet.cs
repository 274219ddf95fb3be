using Claimgraph.Text;

namespace Claimgraph.Lexicon;

/// <summary>
/// A set of cue phrases matched against the words of a sentence. The first words are held in a
/// character trie (<see cref="CueTrie{T}"/>), so finding the cues that can start at a token costs
/// one walk over its characters; a sentence is matched in time linear in its length.
/// </summary>
public sealed class CueSet<T> : ICueStarts
{
    private readonly CueTrie<T> _trie = new();

    // Word forms known to start no cue of the set: most words of a text, answered without a walk.
    private readonly WordFormMemo _noCue = new();

    // The pack's index of sentence-wide cue sets this set is in, and its bit there.
    private CueStartIndex? _index;
    private ulong _bit;

    public CueSet(IEnumerable<Cue<T>> cues)
    {
        var count = 0;
        foreach (var cue in cues)
        {
            _trie.Add(cue, count++);
        }

        Count = count;
    }

    public int Count { get; }

    public static CueSet<T> From(IEnumerable<(string Phrase, T Value)> entries) =>
        new(entries.Select(e => Cue<T>.Parse(e.Phrase, e.Value)));

    /// <summary>The longest cue that starts at word <paramref name="index"/>, if any (the first listed among equally long ones).</summary>
    public bool TryMatchAt(TokenizedText text, int index, out CueMatch<T> match)
    {
        match = default;
        if (!text.Tokens[index].IsWord)
        {
            return false;
        }

        // In the pack's index, the token's mask says whether a cue of the set starts with the word: one bit test.
        // Outside it, a memo of the word forms that start none.
        var token = text.Lower[index];
        var slot = -1;
        if (_index is { } cueStarts)
        {
            if ((text.MasksOf(cueStarts)[index] & _bit) == 0)
            {
                return false;
            }
        }
        else if (_noCue.TryGet(token, slot = WordFormMemo.SlotOf(token), out _))
        {
            return false;
        }

        var node = _trie.Root;
        var candidates = false;
        Cue<T>? best = null;
        var bestLast = -1;
        var bestFirstLength = -1;
        for (var i = 0; i < token.Length; i++)
        {
            node = node.Child(token[i]);
            if (node is null)
            {
                break;
            }

            if (node.Prefix is { } prefix)
            {
                candidates = true;
                Consider(prefix, i + 1);
            }

            if (i == token.Length - 1 && node.Exact is { } exact)
            {
                candidates = true;
                Consider(exact, i + 1);
            }
        }

        if (best is null)
        {
            // Whether a cue starts here depends on the words after it only when some cue begins with this word.
            if (!candidates && slot >= 0)
            {
                _noCue.Remember(token, slot, false);
            }

            return false;
        }

        match = new CueMatch<T>(index, bestLast, best.Value, best.Text);
        return true;

        // The cue covering the most tokens wins; among those, the longer first word; among those, the first listed.
        void Consider(CueRest<T> rest, int firstLength)
        {
            Cue<T>? cue = null;
            var (last, order) = (-1, int.MaxValue);
            rest.Match(text, index, ref cue, ref last, ref order);
            if (cue is not null && (last > bestLast || (last == bestLast && firstLength > bestFirstLength)))
            {
                best = cue;
                bestLast = last;
                bestFirstLength = firstLength;
            }
        }
    }

    void ICueStarts.JoinIndex(CueStartIndex index, ulong bit)
    {
        if (_index is null)
        {
            (_index, _bit) = (index, bit);
        }
    }

    /// <summary>Whether some cue's first word matches this lower-case word (what follows it is not looked at).</summary>
    public bool StartsWith(string lowerWord)
    {
        var node = _trie.Root;
        for (var i = 0; i < lowerWord.Length; i++)
        {
            node = node.Child(lowerWord[i]);
            if (node is null)
            {
                return false;
            }

            if (node.Prefix is not null)
            {
                return true;
            }
        }

        return node.Exact is not null;
    }

    /// <summary>Every cue in the token range [from, to), left to right, not overlapping.</summary>
    public List<CueMatch<T>> FindAll(TokenizedText text, int from, int to)
    {
        var found = new List<CueMatch<T>>();
        var starts = _index is { } index ? text.MasksOf(index) : null;
        // Most sets start at no word of a sentence: its union of masks says so without a pass.
        if (starts is not null && (text.MaskUnionOf(_index!) & _bit) == 0)
        {
            return found;
        }

        for (var i = from; i < to; i++)
        {
            if (starts is not null && (starts[i] & _bit) == 0)
            {
                continue;
            }

            if (TryMatchAt(text, i, out var match) && match.Last < to)
            {
                found.Add(match);
                i = match.Last;
            }
        }

        return found;
    }

    public List<CueMatch<T>> FindAll(TokenizedText text) => FindAll(text, 0, text.Tokens.Length);

    /// <summary>Whether some cue occurs in the text (<see cref="FindAll(TokenizedText)"/> without the list).</summary>
    public bool OccursIn(TokenizedText text)
    {
        var starts = _index is { } index ? text.MasksOf(index) : null;
        if (starts is not null && (text.MaskUnionOf(_index!) & _bit) == 0)
        {
            return false;
        }

        for (var i = 0; i < text.Tokens.Length; i++)
        {
            if ((starts is null || (starts[i] & _bit) != 0) && TryMatchAt(text, i, out _))
            {
                return true;
            }
        }

        return false;
    }
}
