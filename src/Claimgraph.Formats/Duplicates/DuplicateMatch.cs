namespace Claimgraph.Formats.Duplicates;

/// <summary>An earlier text a new one repeats: its id, how, and the estimated similarity (1 for exact).</summary>
public sealed record DuplicateMatch(string OriginalId, DuplicateKind Kind, double Similarity);
