namespace Claimgraph.Cli.Commands;

/// <summary>
/// What `claimgraph ingest` was asked to do. Outlet, Published, Title and Url fill what an input
/// does not say; Language, when given, is the language of every document (else each is detected)
/// and names the pack that extracts (default de).
/// </summary>
public sealed record IngestSettings(
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> Manifests,
    string Store,
    string? Outlet,
    DateTimeOffset? Published,
    string? Title,
    string? Url,
    string? Language,
    IReadOnlyList<string> Lexicons,
    bool Progress)
{
    /// <summary>--follow: read the pages feed items link to.</summary>
    public bool FollowFeedLinks { get; init; }
}
