namespace Claimgraph.Consolidation;

/// <summary>
/// A variable with its reports: the latest estimate (the latest dated total, else the latest
/// increment or undated report), the reports, and the independent origins backing the latest
/// estimate (distinct origins of reports whose numbers fit it and whose time meets it).
/// </summary>
public sealed record VariableSummary(VariableKey Variable, IReadOnlyList<Report> Reports, Report? Latest, IReadOnlyList<Origin> LatestOrigins)
{
    public int Claims => Reports.Sum(r => r.Claims.Count);

    public IReadOnlyList<Origin> Origins => Reports.Select(r => r.Origin).Distinct().ToList();

    public Timeline Timeline => Timeline.Of(Variable, Reports);
}
