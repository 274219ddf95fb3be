namespace Claimgraph.Storage;

/// <summary>
/// What ingesting one document did: how many claims it stored, the stored text it repeats (for
/// <see cref="AddOutcome.Republished"/>, <see cref="AddOutcome.NearDuplicate"/> and
/// <see cref="AddOutcome.AlreadyStored"/>), and whether it was extracted (false: stored without
/// claims, its language has no claim pack here); for <see cref="AddOutcome.Failed"/>, why.
/// </summary>
public sealed record IngestOutcome(AddOutcome Outcome, int Claims, StoredCopy? Original = null, bool Extracted = true, string? Problem = null);
