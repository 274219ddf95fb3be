namespace Claimgraph.Cli.Input;

/// <summary>
/// A text to ingest, not yet read: a file (<see cref="Path"/>), standard input ("-"), or a manifest's
/// inline text; with what is known about it. <see cref="Origin"/> names it in messages.
/// </summary>
public sealed record IngestItem(
    string Origin,
    string? Path,
    string? Text,
    string? Name,
    string? Url,
    string? Outlet,
    DateTimeOffset? Published,
    string? Title,
    string? Language);
