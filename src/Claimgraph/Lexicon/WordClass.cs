using Claimgraph.Text;

namespace Claimgraph.Lexicon;

/// <summary>
/// A yes-or-no question about a lower-case word form ("may a quantity start with it?") that joins
/// the pack's <see cref="CueStartIndex"/> as one more bit: a sentence's tokens are answered with its
/// cue masks, looked up once per token, instead of by a memo of the asker's own.
/// </summary>
internal sealed class WordClass : ICueStarts
{
    private readonly Func<string, bool> _test;
    private CueStartIndex? _index;
    private ulong _bit;

    public WordClass(Func<string, bool> test) => _test = test;

    /// <summary>Whether the word form is of the class (what the index asks once per word form).</summary>
    public bool StartsWith(string lowerWord) => _test(lowerWord);

    void ICueStarts.JoinIndex(CueStartIndex index, ulong bit)
    {
        if (_index is null)
        {
            (_index, _bit) = (index, bit);
        }
    }

    /// <summary>Whether word token <paramref name="index"/> is of the class (false for numbers and symbols).</summary>
    public bool Contains(TokenizedText text, int index) =>
        _index is { } cueStarts ? (text.MasksOf(cueStarts)[index] & _bit) != 0 : text.Tokens[index].IsWord && _test(text.Lower[index]);

    /// <summary>
    /// The text's masks and the class's bit, for a pass that asks every token (a bit test per token instead of a call of
    /// <see cref="Contains"/>); false when the class is not in the index.
    /// </summary>
    public bool TryMasks(TokenizedText text, out ulong[] masks, out ulong bit)
    {
        if (_index is { } cueStarts)
        {
            (masks, bit) = (text.MasksOf(cueStarts), _bit);
            return true;
        }

        (masks, bit) = ([], 0);
        return false;
    }

    /// <summary>Whether some word token of the text is of the class: one bit of the union of the sentence's masks, for a check that most sentences fail.</summary>
    public bool AnyIn(TokenizedText text)
    {
        if (_index is not { } cueStarts)
        {
            for (var i = 0; i < text.Count; i++)
            {
                if (Contains(text, i))
                {
                    return true;
                }
            }

            return false;
        }

        return (text.MaskUnionOf(cueStarts) & _bit) != 0;
    }
}
