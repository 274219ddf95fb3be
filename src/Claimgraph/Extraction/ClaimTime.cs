namespace Claimgraph.Extraction;

/// <summary>The period a claim is about: ISO 8601 date, month or year at each end, and the words that say so.</summary>
public sealed record ClaimTime(string? Start, string? End, string Text);
