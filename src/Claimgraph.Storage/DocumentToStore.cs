namespace Claimgraph.Storage;

/// <summary>A document to add: its text and what is known about it, and the extractor version its claims come from.</summary>
public sealed record DocumentToStore(
    string ContentHash,
    string Name,
    string Text,
    string? Path,
    string? Url,
    string? Outlet,
    string? Title,
    string? Language,
    DateTimeOffset? Published,
    string ExtractorVersion);
