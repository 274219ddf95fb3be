namespace Claimgraph.Consolidation;

/// <summary>
/// Finds the pairs of reports on one variable that disagree: both dated, windows meeting within
/// <see cref="ConsolidationOptions.OverlapSlackDays"/> (for flows such as losses: the same period,
/// named by both texts; see <see cref="ConsolidationOptions.StockRelations"/>), intervals apart beyond
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
                if (!Comparable(a, b) || a.Interval.Fits(b.Interval, _options.DisagreementTolerance))
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

    /// <summary>About the same time: stocks whose windows meet; flows over the same period named by both texts.</summary>
    private bool Comparable(Report a, Report b)
    {
        if (_options.StockRelations.Contains(a.Variable.Relation))
        {
            return a.Window!.Meets(b.Window!, _options.OverlapSlackDays);
        }

        if (!a.Window!.OwnTime || !b.Window!.OwnTime)
        {
            return false;
        }

        var overlap = Math.Min(a.Window.End.DayNumber, b.Window.End.DayNumber) - Math.Max(a.Window.Start.DayNumber, b.Window.Start.DayNumber) + 1;
        var longer = Math.Max(a.Window.End.DayNumber - a.Window.Start.DayNumber, b.Window.End.DayNumber - b.Window.Start.DayNumber) + 1;
        return overlap >= _options.SamePeriod * longer;
    }

    /// <summary>
    /// Whether the lower total plus a reported increment fits the higher total, the increment dated between the
    /// two (no earlier than the lower total, no later than the higher: "Tausende weitere Soldaten" a year on does
    /// not explain an earlier gap), or undated.
    /// </summary>
    private bool ExplainedByIncrement(Report low, Report high, IEnumerable<Report> increments) =>
        increments.Any(inc =>
            (inc.Window is null
                || (inc.Window.End.DayNumber + _options.OverlapSlackDays >= low.Window!.Start.DayNumber
                    && inc.Window.Start.DayNumber - _options.OverlapSlackDays <= Math.Max(low.Window.End.DayNumber, high.Window!.End.DayNumber)))
            && low.Interval.Plus(inc.Interval).Fits(high.Interval, _options.DisagreementTolerance));
}
