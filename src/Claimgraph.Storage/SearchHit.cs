namespace Claimgraph.Storage;

/// <summary>A sentence that matched a search, with its document and the claims it holds.</summary>
public sealed record SearchHit(string Sentence, StoredDocument Document, IReadOnlyList<StoredClaim> Claims);
