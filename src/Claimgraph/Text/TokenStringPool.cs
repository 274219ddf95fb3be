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

    // One entry per slot, its string, hash and mask side by side: a lookup reads one cache line of the table, not one
    // of each of four arrays (the table holds up to 2 × Capacity slots, far larger than the caches).
    private Entry[] _entries = new Entry[1024];
    private int _count;

    private TokenStringPool()
    {
    }

    /// <summary>The pool of the calling thread.</summary>
    public static TokenStringPool ForThisThread => t_pool ??= new TokenStringPool();

    /// <summary>The string for these characters, lower-cased (invariant, char by char) when <paramref name="lower"/>.</summary>
    public string Of(ReadOnlySpan<char> chars, bool lower) => Of(chars, lower, out _);

    /// <summary>The form's string, and its slot in the pool (-1 when it is not pooled), valid until the next call.</summary>
    public string Of(ReadOnlySpan<char> chars, bool lower, out int slot)
    {
        slot = -1;
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
        if (!lower)
        {
            chars.CopyTo(form);
        }
        else if (System.Text.Ascii.ToLower(chars, form, out _) != System.Buffers.OperationStatus.Done)
        {
            // Not all ASCII (umlauts, ß): char by char, invariant.
            for (var i = 0; i < chars.Length; i++)
            {
                var c = chars[i];
                form[i] = c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            }
        }

        var hash = HashOf(form);

        var entries = _entries;
        var mask = entries.Length - 1;
        var at = (int)hash & mask;
        while (entries[at].String is { } candidate)
        {
            if (entries[at].Hash == hash && form.SequenceEqual(candidate))
            {
                slot = at;
                return candidate;
            }

            at = (at + 1) & mask;
        }

        var created = form.ToString();
        if (_count < Capacity)
        {
            entries[at].String = created;
            entries[at].Hash = hash;
            slot = at;
            if (++_count * 2 > entries.Length)
            {
                Grow();
                slot = -1;
            }
        }

        return created;
    }

    // Four UTF-16 units at a time, multiplied and folded (the forms are short: a word of 6–10 letters takes two or three
    // rounds, where a hash of each unit took one multiplication per letter in a chain).
    private static uint HashOf(ReadOnlySpan<char> form)
    {
        const ulong Prime = 0x9E3779B97F4A7C15UL;
        var hash = (ulong)form.Length * Prime;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(form);
        foreach (var word in words)
        {
            hash = (hash ^ word) * Prime;
            hash ^= hash >> 29;
        }

        ulong tail = 0;
        for (var i = words.Length * 4; i < form.Length; i++)
        {
            tail = (tail << 16) | form[i];
        }

        hash = (hash ^ tail) * Prime;
        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>
    /// The mask of the form at <paramref name="slot"/> (as <see cref="Of(ReadOnlySpan{char}, bool, out int)"/> gave it,
    /// for <paramref name="word"/>) from <paramref name="source"/>, asked of the source once and kept with the form.
    /// </summary>
    public ulong MaskAt(int slot, string word, IWordMasks source)
    {
        if (slot < 0)
        {
            return source.MaskOf(word);
        }

        ref var entry = ref _entries[slot];
        if (!ReferenceEquals(entry.String, word))
        {
            return source.MaskOf(word);
        }

        if (!ReferenceEquals(entry.MaskSource, source))
        {
            entry.Mask = source.MaskOf(word);
            entry.MaskSource = source;
        }

        return entry.Mask;
    }

    private void Grow()
    {
        var entries = _entries;
        _entries = new Entry[entries.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var entry in entries)
        {
            if (entry.String is not null)
            {
                var slot = (int)entry.Hash & mask;
                while (_entries[slot].String is not null)
                {
                    slot = (slot + 1) & mask;
                }

                _entries[slot] = entry;
            }
        }
    }

    // A pooled form with its hash, and its mask from the last source asked (a pack's cue index): a word form's mask is
    // computed once per thread and read back with the form, not looked up in a table of its own.
    private struct Entry
    {
        public string? String;
        public IWordMasks? MaskSource;
        public ulong Mask;
        public uint Hash;
    }
}
