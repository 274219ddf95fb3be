namespace Claimgraph.Cli.Input;

/// <summary>
/// One line of a manifest: a text by path (relative to the manifest) or inline, and what is known
/// about it. <see cref="Line"/> is the 1-based line number, for messages.
/// </summary>
public sealed record ManifestEntry(
    string Manifest,
    int Line,
    string? Path,
    string? Text,
    string? Name,
    string? Url,
    string? Outlet,
    DateTimeOffset? Published,
    string? Title,
    string? Language);
