namespace Claimgraph.Cli.Commands;

/// <summary>What `claimgraph search` was asked to do.</summary>
public sealed record SearchSettings(string Store, string Words, int Limit, string Format);
