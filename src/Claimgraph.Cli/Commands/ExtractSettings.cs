namespace Claimgraph.Cli.Commands;

/// <summary>What `claimgraph extract` was asked to do.</summary>
public sealed record ExtractSettings(
    IReadOnlyList<string> Paths,
    string Format,
    bool WithDocuments,
    DateTimeOffset? Published,
    string Language,
    IReadOnlyList<string> Lexicons);
