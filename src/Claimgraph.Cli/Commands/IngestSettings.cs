namespace Claimgraph.Cli.Commands;

/// <summary>What `claimgraph ingest` was asked to do. Outlet, Published, Title and Url fill what a manifest does not say.</summary>
public sealed record IngestSettings(
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> Manifests,
    string Store,
    string? Outlet,
    DateTimeOffset? Published,
    string? Title,
    string? Url,
    string Language,
    IReadOnlyList<string> Lexicons,
    bool Progress);
