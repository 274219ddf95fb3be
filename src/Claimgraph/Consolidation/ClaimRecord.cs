using Claimgraph.Extraction;

namespace Claimgraph.Consolidation;

/// <summary>A claim together with the document it was found in: the unit consolidation works on.</summary>
public sealed record ClaimRecord(Claim Claim, ClaimDocument Document);
