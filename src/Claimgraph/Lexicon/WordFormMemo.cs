using System.Runtime.CompilerServices;

namespace Claimgraph.Lexicon;

/// <summary>
/// Remembers a yes or no about word forms, keyed by the string instance: a token's lower-case
/// form is the one shared string of <c>TokenStringPool</c>, so a word seen before is answered by
/// its identity hash and one comparison of references, without hashing its characters. A
/// direct-mapped table: a form may push out another that shares its slot (which is then only
/// computed again). Slots are replaced whole, so threads may share a memo without a lock. Only
/// answers that depend on the word alone may be remembered.
/// </summary>
internal sealed class WordFormMemo
{
    /// <summary>How many word forms a memo holds at most.</summary>
    public const int Slots = 4096;
    private readonly string?[] _yes = new string?[Slots];
    private readonly string?[] _no = new string?[Slots];

    /// <summary>The slot of a word form, for <see cref="TryGet"/> and <see cref="Remember"/>.</summary>
    public static int SlotOf(string word) => RuntimeHelpers.GetHashCode(word) & (Slots - 1);

    public bool TryGet(string word, int slot, out bool answer)
    {
        answer = ReferenceEquals(_yes[slot], word);
        return answer || ReferenceEquals(_no[slot], word);
    }

    public void Remember(string word, int slot, bool answer) => (answer ? _yes : _no)[slot] = word;
}
