namespace Claimgraph.Extraction;

/// <summary>The result of extracting one document: its metadata and its claims, in text order.</summary>
public sealed record DocumentExtraction(DocumentInfo Info, IReadOnlyList<Claim> Claims);
