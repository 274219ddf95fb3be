using Claimgraph.Text;

namespace Claimgraph.Lexicon;

/// <summary>
/// The cues that share a first word, as a trie of their later words: whole words by lookup, word
/// starts grouped by their first letter, the wildcard as one branch. Matching the words after a
/// token walks only the branches those words take, where trying each cue in turn tried every one
/// ("nach" opens 78 attribution cues, 41 of them with a wildcard). Built once; read-only afterwards.
/// </summary>
internal sealed class CueRest<T>
{
    // The first-listed cue that ends here (its place in the set's list).
    private Cue<T>? _ends;
    private int _endsOrder;

    private Dictionary<string, CueRest<T>>? _words;
    private Dictionary<char, List<(string Start, CueRest<T> Next)>>? _starts;
    private CueRest<T>? _any;

    /// <summary>Adds the words of <paramref name="cue"/> after its first; <paramref name="order"/> is its place in the set.</summary>
    public void Add(Cue<T> cue, int order) => Add(cue, 1, order);

    private void Add(Cue<T> cue, int w, int order)
    {
        if (w == cue.Words.Length)
        {
            if (_ends is null)
            {
                (_ends, _endsOrder) = (cue, order);
            }

            return;
        }

        var word = cue.Words[w];
        CueRest<T>? next;
        if (word.Any)
        {
            next = _any ??= new CueRest<T>();
        }
        else if (word.Exact)
        {
            _words ??= new Dictionary<string, CueRest<T>>(StringComparer.Ordinal);
            if (!_words.TryGetValue(word.Text, out next))
            {
                _words[word.Text] = next = new CueRest<T>();
            }
        }
        else
        {
            _starts ??= [];
            if (!_starts.TryGetValue(word.Text[0], out var group))
            {
                _starts[word.Text[0]] = group = [];
            }

            next = null;
            foreach (var (start, branch) in group)
            {
                if (start == word.Text)
                {
                    next = branch;
                    break;
                }
            }

            if (next is null)
            {
                next = new CueRest<T>();
                group.Add((word.Text, next));
            }
        }

        next.Add(cue, w + 1, order);
    }

    /// <summary>
    /// The cue of this trie that covers the most tokens after token <paramref name="last"/> (which matched the words so
    /// far), the first listed among equally long ones, if it beats <paramref name="best"/>: a later word must be a word
    /// token; the wildcard also stands for a number, and for a whole hyphenated word ("Ö1-Morgenjournal").
    /// </summary>
    public void Match(TokenizedText text, int last, ref Cue<T>? best, ref int bestLast, ref int bestOrder)
    {
        if (_ends is { } ends && (last > bestLast || (last == bestLast && _endsOrder < bestOrder)))
        {
            (best, bestLast, bestOrder) = (ends, last, _endsOrder);
        }

        var next = last + 1;
        var tokens = text.Tokens;
        if (next >= tokens.Length)
        {
            return;
        }

        if (tokens[next].IsWord && (_words is not null || _starts is not null))
        {
            var lower = text.Lower[next];
            if (_words is not null && _words.TryGetValue(lower, out var whole))
            {
                whole.Match(text, next, ref best, ref bestLast, ref bestOrder);
            }

            if (_starts is not null && lower.Length > 0 && _starts.TryGetValue(lower[0], out var group))
            {
                foreach (var (start, branch) in group)
                {
                    if (lower.StartsWith(start, StringComparison.Ordinal))
                    {
                        branch.Match(text, next, ref best, ref bestLast, ref bestOrder);
                    }
                }
            }
        }

        if (_any is { } any && (tokens[next].IsWord || tokens[next].IsNumber))
        {
            while (next + 2 < tokens.Length && tokens[next + 1].Joined && tokens[next + 1].IsSymbol(text.Text, '-')
                && tokens[next + 2].Joined && (tokens[next + 2].IsWord || tokens[next + 2].IsNumber))
            {
                next += 2;
            }

            any.Match(text, next, ref best, ref bestLast, ref bestOrder);
        }
    }
}
