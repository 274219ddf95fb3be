namespace Claimgraph.Storage;

/// <summary>What ingesting one document did, and how many claims it stored.</summary>
public sealed record IngestOutcome(AddOutcome Outcome, int Claims);
