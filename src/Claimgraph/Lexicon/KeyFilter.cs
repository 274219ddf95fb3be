namespace Claimgraph.Lexicon;

/// <summary>
/// A quick no before a case-insensitive dictionary lookup: the keys' lengths and the ASCII
/// characters they begin with (a key that begins with any other character lets every such word
/// through). Most words of a text are answered without hashing them.
/// </summary>
internal readonly struct KeyFilter
{
    private readonly int _shortest;
    private readonly int _longest;
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly bool _other;

    public KeyFilter(IEnumerable<string> keys)
    {
        _shortest = int.MaxValue;
        foreach (var key in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            _shortest = Math.Min(_shortest, key.Length);
            _longest = Math.Max(_longest, key.Length);
            var c = key[0];
            if (c >= 128)
            {
                _other = true;
                continue;
            }

            foreach (var variant in new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c) })
            {
                if (variant < 64)
                {
                    _low |= 1UL << variant;
                }
                else
                {
                    _high |= 1UL << (variant - 64);
                }
            }
        }
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length < _shortest || word.Length > _longest)
        {
            return false;
        }

        var c = word[0];
        return c >= 128 ? _other : c < 64 ? (_low & (1UL << c)) != 0 : (_high & (1UL << (c - 64))) != 0;
    }
}
