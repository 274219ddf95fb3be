namespace Claimgraph.Text;

/// <summary>
/// Shares the strings of frequent token forms ("der", "soldaten", ","): a token's lower-case form
/// is built in a stack buffer while it is hashed, and looked up in an open-addressing table, so a
/// word seen before costs no allocation. One pool per thread (<see cref="ForThisThread"/>: a
/// lookup takes no lock); each stops taking new forms at <see cref="Capacity"/> so a long stream
/// of rare words (names, numbers) cannot grow it without bound.
/// </summary>
internal sealed class TokenStringPool
{
    public const int Capacity = 100_000;
    private const int MaxPooledLength = 48;

    [ThreadStatic]
    private static TokenStringPool? t_pool;

    // The strings of single ASCII characters: punctuation is a fifth of all tokens.
    private static readonly string[] AsciiChars = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private string?[] _strings = new string?[1024];
    private uint[] _hashes = new uint[1024];
    private int _count;

    private TokenStringPool()
    {
    }

    /// <summary>The pool of the calling thread.</summary>
    public static TokenStringPool ForThisThread => t_pool ??= new TokenStringPool();

    /// <summary>The string for these characters, lower-cased (invariant, char by char) when <paramref name="lower"/>.</summary>
    public string Of(ReadOnlySpan<char> chars, bool lower)
    {
        if (chars.Length == 1 && chars[0] < 128)
        {
            return AsciiChars[lower ? char.ToLowerInvariant(chars[0]) : chars[0]];
        }

        if (chars.Length > MaxPooledLength)
        {
            return lower ? chars.ToString().ToLowerInvariant() : chars.ToString();
        }

        Span<char> buffer = stackalloc char[MaxPooledLength];
        var form = buffer[..chars.Length];
        // FNV-1a over the UTF-16 units of the form.
        var hash = 2166136261u;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (lower)
            {
                c = c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            }

            form[i] = c;
            hash = (hash ^ c) * 16777619u;
        }

        var mask = _strings.Length - 1;
        var slot = (int)hash & mask;
        while (_strings[slot] is { } candidate)
        {
            if (_hashes[slot] == hash && form.SequenceEqual(candidate))
            {
                return candidate;
            }

            slot = (slot + 1) & mask;
        }

        var created = form.ToString();
        if (_count < Capacity)
        {
            _strings[slot] = created;
            _hashes[slot] = hash;
            if (++_count * 2 > _strings.Length)
            {
                Grow();
            }
        }

        return created;
    }

    private void Grow()
    {
        var (strings, hashes) = (_strings, _hashes);
        _strings = new string?[strings.Length * 2];
        _hashes = new uint[strings.Length * 2];
        var mask = _strings.Length - 1;
        for (var i = 0; i < strings.Length; i++)
        {
            if (strings[i] is { } kept)
            {
                var slot = (int)hashes[i] & mask;
                while (_strings[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                _strings[slot] = kept;
                _hashes[slot] = hashes[i];
            }
        }
    }
}
