namespace Claimgraph.Consolidation;

/// <summary>
/// Finds the pairs of reports on one variable that disagree: both dated, windows meeting within
/// <see cref="ConsolidationOptions.OverlapSlackDays"/>, intervals apart beyond
/// <see cref="ConsolidationOptions.DisagreementTolerance"/>, and the gap not explained by an
/// increment reported in between (11.000 and later "3.000 more" then 14.000 is an update).
/// Increments are never compared as totals; undated reports cannot be placed in time and are left out.
/// </summary>
public sealed class DisagreementFinder
{
    private readonly ConsolidationOptions _options;

    public DisagreementFinder(ConsolidationOptions? options = null)
    {
        _options = options ?? ConsolidationOptions.Default;
    }

    public IReadOnlyList<Disagreement> Find(IReadOnlyList<Report> reports)
    {
        var totals = reports.Where(r => !r.Increment && r.Window is not null).OrderBy(r => r.Interval.Low).ToList();
        var increments = reports.Where(r => r.Increment).ToList();
        var found = new List<Disagreement>();
        for (var i = 0; i < totals.Count; i++)
        {
            for (var j = i + 1; j < totals.Count; j++)
            {
                var (a, b) = (totals[i], totals[j]);
                if (!a.Window!.Meets(b.Window!, _options.OverlapSlackDays) || a.Interval.Fits(b.Interval, _options.DisagreementTolerance))
                {
                    continue;
                }

                var (low, high) = a.Interval.High < b.Interval.Low ? (a, b) : (b, a);
                if (!ExplainedByIncrement(low, high, increments))
                {
                    found.Add(new Disagreement(a.Variable, low, high));
                }
            }
        }

        return found;
    }

    /// <summary>Whether the lower total plus a reported increment fits the higher total, the increment dated no earlier than the lower total, or undated.</summary>
    private bool ExplainedByIncrement(Report low, Report high, IEnumerable<Report> increments) =>
        increments.Any(inc =>
            (inc.Window is null || inc.Window.End.DayNumber + _options.OverlapSlackDays >= low.Window!.Start.DayNumber)
            && low.Interval.Plus(inc.Interval).Fits(high.Interval, _options.DisagreementTolerance));
}
