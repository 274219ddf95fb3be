namespace Claimgraph.Lexicon;

/// <summary>
/// Reads one word as a cardinal number. Languages write number words differently (German as one
/// compound, English with hyphens and spaces), so each language pack names the engine it uses.
/// </summary>
public interface INumberWordReader
{
    bool TryRead(string lowerWord, out double value);
}
