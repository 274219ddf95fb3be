namespace Claimgraph.Lexicon;

/// <summary>A kind of source named by a generic noun ("Geheimdienst" → intelligence), composed with a country.</summary>
public sealed record Institution(string Name, string SourceType);
