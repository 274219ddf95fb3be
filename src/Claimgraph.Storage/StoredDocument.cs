namespace Claimgraph.Storage;

/// <summary>A stored document's metadata (not its text).</summary>
public sealed record StoredDocument(
    long Id,
    string ContentHash,
    string Name,
    string? Path,
    string? Url,
    string? Outlet,
    string? Title,
    string? Language,
    DateTimeOffset? Published,
    int Characters,
    string ExtractorVersion);
