namespace Claimgraph.Storage;

/// <summary>What adding a document did, the stored text it repeats when it was no new text, and why it failed when it did.</summary>
public sealed record AddResult(AddOutcome Outcome, StoredCopy? Original = null, string? Problem = null);
