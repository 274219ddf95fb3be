using Claimgraph.Extraction;

namespace Claimgraph.Consolidation;

/// <summary>
/// One piece of evidence: the claims on one variable that share an origin and a compatible number
/// within a time window, however many outlets echo it. <see cref="Claims"/> are in the order they
/// joined (the most complete attribution first); <see cref="Window"/> is null when none is dated.
/// </summary>
public sealed record Report(
    VariableKey Variable,
    Origin Origin,
    IReadOnlyList<Origin> Chain,
    IReadOnlyList<ClaimRecord> Claims,
    NumberInterval Interval,
    TimeWindow? Window,
    bool Increment)
{
    /// <summary>The claim that stands for the report: the first dated one, else the first.</summary>
    public ClaimRecord Lead => Claims.FirstOrDefault(c => c.Document.Published is not null || c.Claim.Time?.Start is not null) ?? Claims[0];

    public IReadOnlyList<string> Documents => Claims.Select(c => c.Document.Key).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> Outlets => Claims.SelectMany(c => c.Document.OutletLabels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public bool Undated => Window is null;

    /// <summary>The value as the lead claim states it: "über 10.000", or the interval.</summary>
    public string Quote => Lead.Claim.Quote;

    public Claim LeadClaim => Lead.Claim;
}
