namespace Claimgraph.Storage;

/// <summary>What adding a document did, and the stored text it repeats when it was no new text.</summary>
public sealed record AddResult(AddOutcome Outcome, StoredCopy? Original = null);
