namespace Claimgraph.Cli.Commands;

/// <summary>What `claimgraph export` was asked to do: the format and the filter.</summary>
public sealed record ExportSettings(string Store, string Format, Storage.ClaimQuery Query);
