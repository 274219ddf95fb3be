namespace Claimgraph.Text;

/// <summary>
/// Gives each lower-case word form 64 yes-or-no answers at once (a bit each), so that the tokens
/// of a text are looked up once for all of them (<see cref="TokenizedText.MasksOf"/>).
/// </summary>
internal interface IWordMasks
{
    ulong MaskOf(string lowerWord);
}
