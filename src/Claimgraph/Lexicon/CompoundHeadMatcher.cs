namespace Claimgraph.Lexicon;

/// <summary>
/// Finds the stem a word ends with, after removing an inflection ending: the head of a German
/// compound ("Langstreckenartilleriegeschütze" → "artilleriegeschütz", "Schützenpanzern" →
/// "schützenpanzer"). The longest stem wins. With whole-word heads (English) only the whole
/// word is tried. The answer for a word form is remembered by string identity (the pooled token
/// strings), since finding it tries every ending at every start of the word.
/// </summary>
public sealed class CompoundHeadMatcher<T>
{
    private readonly Dictionary<string, T> _stems;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _endings;
    private readonly bool _compounds;
    private readonly int _shortest;
    private readonly FormMemo<Answer> _answers = new(WordFormMemo.Slots);

    // A word that matches ends with a stem and an ending, so its last two characters are the last two of some stem
    // followed by some ending: a bit per such pair (hashed into SuffixBits) turns down most words before the memo, whose
    // table is large and cold. Null when some stem and ending together are shorter than two characters.
    private readonly ulong[]? _suffixes;
    private const int SuffixBits = 1 << 14;

    public CompoundHeadMatcher(IEnumerable<KeyValuePair<string, T>> stems, IEnumerable<string> endings, bool compounds)
    {
        _stems = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (stem, value) in stems)
        {
            _stems[stem.ToLowerInvariant()] = value;
        }

        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _endings = endings.Distinct().OrderBy(e => e.Length).ToArray();
        _compounds = compounds;
        _shortest = _stems.Count == 0 ? int.MaxValue : _stems.Keys.Min(k => k.Length);
        _suffixes = new ulong[SuffixBits / 64];
        foreach (var stem in _stems.Keys)
        {
            foreach (var ending in _endings)
            {
                var form = stem + ending;
                if (form.Length < 2)
                {
                    _suffixes = null;
                    break;
                }

                var bit = SuffixBit(form);
                _suffixes[bit >> 6] |= 1UL << (bit & 63);
            }

            if (_suffixes is null)
            {
                break;
            }
        }
    }

    private static int SuffixBit(string word) => (word[^2] * 131 + word[^1]) & (SuffixBits - 1);

    private bool MayEndWithStem(string lowerWord)
    {
        if (_suffixes is not { } suffixes)
        {
            return true;
        }

        if (lowerWord.Length < 2)
        {
            return false;
        }

        var bit = SuffixBit(lowerWord);
        return (suffixes[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>The value of the longest stem the word ends with, and that stem.</summary>
    public bool TryMatch(string lowerWord, out T value, out string stem)
    {
        if (!MayEndWithStem(lowerWord))
        {
            (value, stem) = (default!, "");
            return false;
        }

        if (_answers.TryGet(lowerWord, out var known))
        {
            (value, stem) = (known.Value, known.Stem);
            return known.Found;
        }

        var found = Find(lowerWord, out value, out stem);
        _answers.Remember(new Answer(lowerWord, found, value, stem));
        return found;
    }

    private bool Find(string lowerWord, out T value, out string stem)
    {
        value = default!;
        stem = "";
        var bestLength = 0;
        foreach (var ending in _endings)
        {
            if (lowerWord.Length - ending.Length < _shortest || !lowerWord.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var body = lowerWord.AsSpan(0, lowerWord.Length - ending.Length);
            var lastStart = _compounds ? body.Length - _shortest : 0;
            for (var start = 0; start <= lastStart; start++)
            {
                var candidate = body[start..];
                if (candidate.Length <= bestLength)
                {
                    break;
                }

                if (_lookup.TryGetValue(candidate, out var found))
                {
                    value = found;
                    stem = candidate.ToString();
                    bestLength = candidate.Length;
                    break;
                }
            }
        }

        return bestLength > 0;
    }

    // Replaced whole, so threads may share the table without a lock.
    private sealed class Answer(string form, bool found, T value, string stem) : FormFacts(form)
    {
        public readonly bool Found = found;
        public readonly T Value = value;
        public readonly string Stem = stem;
    }
}
