using Claimgraph.Formats.Duplicates;

namespace Claimgraph.Storage;

/// <summary>A stored text that a new one repeats: its document, how (exact or near) and the estimated similarity (1 for exact).</summary>
public sealed record StoredCopy(long DocumentId, string ContentHash, string Name, DuplicateKind Kind, double Similarity);
