namespace Claimgraph.Cli.Commands;

/// <summary>What `claimgraph reextract` was asked to do.</summary>
public sealed record ReextractSettings(string Store, string Language, IReadOnlyList<string> Lexicons);
