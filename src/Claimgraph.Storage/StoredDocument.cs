namespace Claimgraph.Storage;

/// <summary>A stored document's metadata (not its text): of the first place it appeared.</summary>
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
    string ExtractorVersion)
{
    /// <summary>The outlets (labels: an outlet, else the name in brackets) of the other places the same text appeared.</summary>
    public IReadOnlyList<string> Republishers { get; init; } = [];
}
