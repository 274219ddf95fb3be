namespace Claimgraph.Lexicon;

/// <summary>A cue found in a token sequence: the token range [First, Last] it covers and what it stands for.</summary>
public readonly record struct CueMatch<T>(int First, int Last, T Value, string Cue);
