namespace Claimgraph.Lexicon;

/// <summary>
/// A cheap filter for the words of a text: whether a word may begin like one of a set of
/// lexicon words. A word of one or two letters must be one of the short words; a longer one
/// must share its first three letters (case-insensitive) with a word of three letters or more.
/// Almost no word of running text is a number or date word, and this answers with one hash of
/// an integer.
/// </summary>
public sealed class WordStarts
{
    private readonly HashSet<long> _starts = [];

    public WordStarts(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var trimmed = word.Trim();
            if (trimmed.Length > 0)
            {
                _starts.Add(Key(trimmed));
            }
        }
    }

    public bool MayStart(ReadOnlySpan<char> word) => !word.IsEmpty && _starts.Contains(Key(word));

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static long Key(ReadOnlySpan<char> word)
    {
        var length = Math.Min(word.Length, 3);
        long key = length;
        for (var i = 0; i < length; i++)
        {
            var c = word[i];
            key = (key << 20) | (c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : Lower(c));
        }

        return key;
    }

    // Lower case without the culture tables for Latin-1 letters (most words of a text).
    private static char Lower(char c) => c switch
    {
        < 'À' => c,
        <= 'Þ' and not '×' => (char)(c + 0x20),
        < 'Ā' => c,
        _ => char.IsLetter(c) ? char.ToLowerInvariant(c) : c,
    };
}
