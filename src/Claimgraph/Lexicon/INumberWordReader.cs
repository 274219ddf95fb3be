namespace Claimgraph.Lexicon;

/// <summary>
/// Reads one word as a number. Languages write number words differently (German as one
/// compound, English with hyphens and spaces), so each language pack names the engine it uses.
/// </summary>
public interface INumberWordReader
{
    /// <summary>The word as a cardinal that may stand alone as a count ("dreihundert", "zweier"); not articles.</summary>
    bool TryRead(ReadOnlySpan<char> lowerWord, out double value);

    /// <summary>The word as any part of a number: cardinal, multiplier, magnitude, ordinal, fraction, article. Case-insensitive.</summary>
    bool TryReadWord(ReadOnlySpan<char> word, out NumberWord result);
}
