namespace Claimgraph.Lexicon;

/// <summary>How a language writes digits: the group separator and the decimal mark.</summary>
public sealed record DigitConventions(char Group, char Decimal);
