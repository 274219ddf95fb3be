namespace Claimgraph.Lexicon;

/// <summary>
/// A quick no before a case-insensitive dictionary lookup: for each ASCII character a key begins
/// with (in either case), the lengths of the keys that begin with it; the keys that begin with any
/// other character share one set of lengths. A word passes only when a key of its length begins
/// like it, so most words of a text are answered without hashing them, even for a table of many
/// keys (a table of all date words has keys of most lengths, but few of them for each letter).
/// </summary>
internal readonly struct KeyFilter
{
    // Index of the lengths of the keys that begin with a character outside ASCII.
    private const int Other = 128;

    // The upper case ASCII letters a character outside ASCII equals when case is ignored ('ſ' is
    // 'S', 'ı' is 'I'): a word may begin with either and still equal a key.
    private static readonly bool[] HasOtherForm = FindOtherForms();

    // Bit n: a key of length n begins with the character (bit 63: of 63 characters or more).
    private readonly ulong[] _lengths;

    public KeyFilter(IEnumerable<string> keys)
    {
        _lengths = new ulong[Other + 1];
        foreach (var key in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            var length = LengthBit(key.Length);
            var c = key[0];
            var upper = char.ToUpperInvariant(c);
            if (c >= Other)
            {
                _lengths[Other] |= length;
                if (upper < Other)
                {
                    _lengths[upper] |= length;
                    _lengths[char.ToLowerInvariant(upper)] |= length;
                }

                continue;
            }

            _lengths[char.ToLowerInvariant(c)] |= length;
            _lengths[upper] |= length;
            if (HasOtherForm[upper])
            {
                _lengths[Other] |= length;
            }
        }
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        var c = word[0];
        return (_lengths[c < Other ? c : Other] & LengthBit(word.Length)) != 0;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static bool[] FindOtherForms()
    {
        var found = new bool[Other];
        for (var c = (char)Other; c < char.MaxValue; c++)
        {
            if (char.ToUpperInvariant(c) is var upper && upper < Other)
            {
                found[upper] = true;
            }
        }

        return found;
    }
}
