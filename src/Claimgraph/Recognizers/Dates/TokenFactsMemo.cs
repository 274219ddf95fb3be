namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// The <see cref="TokenFacts"/> of the last tokens asked about, in a slot per token index modulo
/// <see cref="Size"/>. The patterns look a few tokens around the one they start at, so the tokens
/// asked about together fit; a token whose slot was taken is looked up again. Held inline in the
/// scanner: no allocation of its own.
/// </summary>
[System.Runtime.CompilerServices.InlineArray(Size)]
internal struct TokenFactsMemo
{
    public const int Size = 16;

    private TokenFacts _first;
}
