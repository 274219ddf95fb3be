namespace Claimgraph.Lexicon;

/// <summary>One word read as part of a number, with its kind and value.</summary>
public readonly record struct NumberWord(NumberWordKind Kind, double Value);
