namespace Claimgraph.Cli.Commands;

/// <summary>What `claimgraph extract` was asked to do. Language null: each document's own (detected).</summary>
public sealed record ExtractSettings(
    IReadOnlyList<string> Paths,
    string Format,
    bool WithDocuments,
    DateTimeOffset? Published,
    string? Language,
    IReadOnlyList<string> Lexicons)
{
    /// <summary>--follow: read the pages feed items link to.</summary>
    public bool FollowFeedLinks { get; init; }
}
