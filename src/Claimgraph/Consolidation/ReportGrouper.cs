namespace Claimgraph.Consolidation;

/// <summary>
/// Groups the claims of one variable into <see cref="Report"/>s. A claim joins a report when it is
/// an increment exactly when the report is; its origin is the report's, or one attribution chain is
/// a less complete citation of the other (the outlet that writes "FT" and the one that writes "FT,
/// citing Ukrainian intelligence" quote one report); its stated value lies within
/// <see cref="ConsolidationOptions.ReportTolerance"/> of the report's first claim (without values:
/// the intervals meet); and its window meets the report's within
/// <see cref="ConsolidationOptions.ReportSlackDays"/>, or overlaps it when both are periods the texts
/// name ("im Oktober" and "im November" are two reports); an undated claim fits any time.
/// Claims with the longest chains are placed first, so a report's origin is the deepest one known.
/// </summary>
public sealed class ReportGrouper
{
    private readonly OriginNormalizer _origins;
    private readonly ConsolidationOptions _options;

    public ReportGrouper(OriginNormalizer origins, ConsolidationOptions? options = null)
    {
        _origins = origins;
        _options = options ?? ConsolidationOptions.Default;
    }

    /// <summary>The reports of claims that all share one variable, earliest first, undated last.</summary>
    public IReadOnlyList<Report> Group(VariableKey variable, IEnumerable<ClaimRecord> claims)
    {
        var placed = claims
            .Select(c => new Placed(c, _origins.ChainOf(c.Claim, c.Document), NumberInterval.Of(c.Claim.Quantity), TimeWindow.Of(c.Claim.Time, c.Document.Published)))
            .Where(p => p.Interval is not null)
            .OrderByDescending(p => p.Chain.Count)
            .ThenBy(p => p.Window is null)
            .ThenBy(p => p.Window?.Start)
            .ThenBy(p => p.Record.Document.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Record.Claim.Span.Start)
            .ToList();

        var groups = new List<Cluster>();
        foreach (var claim in placed)
        {
            var group = groups.FirstOrDefault(g => g.Accepts(claim, _options));
            if (group is null)
            {
                groups.Add(new Cluster(claim));
            }
            else
            {
                group.Add(claim);
            }
        }

        return groups
            .Select(g => g.ToReport(variable))
            .OrderBy(r => r.Window is null)
            .ThenBy(r => r.Window?.Start)
            .ThenBy(r => r.Origin.Name, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record Placed(ClaimRecord Record, IReadOnlyList<Origin> Chain, NumberInterval? Interval, TimeWindow? Window)
    {
        public bool Increment => Record.Claim.Increment == true;
    }

    private sealed class Cluster
    {
        private readonly List<Placed> _members = [];

        public Cluster(Placed first)
        {
            _members.Add(first);
            Chain = first.Chain;
            Interval = first.Interval!.Value;
            Window = first.Window;
        }

        private IReadOnlyList<Origin> Chain { get; }

        private NumberInterval Interval { get; set; }

        private TimeWindow? Window { get; set; }

        public bool Accepts(Placed claim, ConsolidationOptions options) =>
            claim.Increment == _members[0].Increment
            && SameEvidence(Chain, claim.Chain)
            && SameNumber(_members[0].Record, claim.Record, Interval, claim.Interval!.Value, options.ReportTolerance)
            && (Window is null || claim.Window is null || Window.Meets(claim.Window, Window.OwnTime && claim.Window.OwnTime ? 0 : options.ReportSlackDays));

        /// <summary>Stated values within the tolerance of each other ("knapp 50", "50"); without a value, intervals that meet.</summary>
        private static bool SameNumber(ClaimRecord first, ClaimRecord other, NumberInterval a, NumberInterval b, double tolerance) =>
            first.Claim.Quantity.Value is { } x && other.Claim.Quantity.Value is { } y
                ? Math.Abs(x - y) <= tolerance * Math.Max(Math.Abs(x), Math.Abs(y))
                : a.Fits(b, 0);

        public void Add(Placed claim)
        {
            _members.Add(claim);
            var interval = claim.Interval!.Value;

            // The report's interval: the narrowest wording of it.
            if (interval.Width < Interval.Width)
            {
                Interval = interval;
            }

            if (claim.Window is not null)
            {
                Window = Window is null ? claim.Window : Window.Union(claim.Window);
            }
        }

        public Report ToReport(VariableKey variable) =>
            new(variable, Chain[^1], Chain, _members.Select(m => m.Record).ToList(), Interval, Window, _members[0].Increment);

        /// <summary>Same origin, or one chain is the other with links left out.</summary>
        private static bool SameEvidence(IReadOnlyList<Origin> longer, IReadOnlyList<Origin> shorter)
        {
            if (longer[^1].Equals(shorter[^1]))
            {
                return true;
            }

            if (shorter.Any(o => o.IsOutlet) || longer.Any(o => o.IsOutlet))
            {
                return false;
            }

            var at = 0;
            foreach (var link in longer)
            {
                if (at < shorter.Count && link.Equals(shorter[at]))
                {
                    at++;
                }
            }

            return at == shorter.Count;
        }
    }
}
