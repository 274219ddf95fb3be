namespace Claimgraph.Extraction;

/// <summary>One link of an attribution chain: who says so, and what kind of source that is.</summary>
public sealed record Source(string Name, string Type);
