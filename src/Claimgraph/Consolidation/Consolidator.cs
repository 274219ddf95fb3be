namespace Claimgraph.Consolidation;

/// <summary>
/// Consolidates claims from many documents: groups them by <see cref="VariableKey"/>, groups each
/// variable's claims into reports (<see cref="ReportGrouper"/>), finds disagreements
/// (<see cref="DisagreementFinder"/>) and each variable's latest estimate with its independent origins.
/// In memory; a store hands it the claims of the variables a query asks about.
/// </summary>
public sealed class Consolidator
{
    private readonly ReportGrouper _grouper;
    private readonly DisagreementFinder _disagreements;
    private readonly ConsolidationOptions _options;

    public Consolidator(OriginNormalizer origins, ConsolidationOptions? options = null)
    {
        _options = options ?? ConsolidationOptions.Default;
        _grouper = new ReportGrouper(origins, _options);
        _disagreements = new DisagreementFinder(_options);
    }

    public CorpusConsolidation Consolidate(IEnumerable<ClaimRecord> claims)
    {
        var variables = new List<VariableSummary>();
        var disagreements = new List<Disagreement>();
        foreach (var group in claims.GroupBy(c => VariableKey.Of(c.Claim)))
        {
            var reports = _grouper.Group(group.Key, group);
            if (reports.Count == 0)
            {
                continue;
            }

            variables.Add(Summarize(group.Key, reports));
            disagreements.AddRange(_disagreements.Find(reports));
        }

        return new CorpusConsolidation(
            variables.OrderByDescending(v => v.Reports.Count).ThenBy(v => v.Variable.ToString(), StringComparer.Ordinal).ToList(),
            disagreements);
    }

    private VariableSummary Summarize(VariableKey variable, IReadOnlyList<Report> reports)
    {
        var latest = reports.Where(r => !r.Increment && r.Window is not null).MaxBy(r => (r.Window!.End, r.Window.Start))
            ?? reports.Where(r => r.Window is not null).MaxBy(r => r.Window!.End)
            ?? reports[^1];
        var backing = reports
            .Where(r => r.Increment == latest.Increment
                && r.Interval.Fits(latest.Interval, _options.DisagreementTolerance)
                && (r.Window is null || latest.Window is null || r.Window.Meets(latest.Window, _options.OverlapSlackDays)))
            .Select(r => r.Origin)
            .Distinct()
            .ToList();
        return new VariableSummary(variable, reports, latest, backing);
    }
}
