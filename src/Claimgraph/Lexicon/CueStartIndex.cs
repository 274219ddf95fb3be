using Claimgraph.Text;

namespace Claimgraph.Lexicon;

/// <summary>
/// The cue sets of a language pack that are matched over whole sentences, with, for each word
/// form, the sets one of whose cues may start with it (a bit each, up to 64 sets). A sentence's
/// tokens are looked up once (<see cref="TokenizedText.MasksOf"/>); every set's
/// <see cref="CueSet{T}.FindAll(TokenizedText)"/> then passes over the tokens no cue of it can
/// start at by a bit test instead of a lookup of its own. Word forms are remembered by string
/// identity (the pooled token strings) in a direct-mapped table whose slots are replaced whole,
/// so threads may share the index without a lock. Built once with the pack; its members do not change.
/// </summary>
internal sealed class CueStartIndex : IWordMasks
{
    private const int Slots = 8192;
    private readonly ICueStarts[] _sets;
    private readonly Entry?[] _masks = new Entry?[Slots];

    private CueStartIndex(ICueStarts[] sets) => _sets = sets;

    /// <summary>An index over the sets (at most 64; the ones after that match without it).</summary>
    public static CueStartIndex Over(params ICueStarts[] sets)
    {
        var members = sets.Distinct().Take(64).ToArray();
        var index = new CueStartIndex(members);
        for (var i = 0; i < members.Length; i++)
        {
            members[i].JoinIndex(index, 1UL << i);
        }

        return index;
    }

    /// <summary>The sets a cue of which may start with this lower-case word form.</summary>
    public ulong MaskOf(string word)
    {
        var slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(word) & (Slots - 1);
        if (_masks[slot] is { } known && ReferenceEquals(known.Word, word))
        {
            return known.Mask;
        }

        var mask = 0UL;
        for (var i = 0; i < _sets.Length; i++)
        {
            if (_sets[i].StartsWith(word))
            {
                mask |= 1UL << i;
            }
        }

        _masks[slot] = new Entry(word, mask);
        return mask;
    }

    private sealed record Entry(string Word, ulong Mask);
}
