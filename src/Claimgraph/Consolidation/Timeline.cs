namespace Claimgraph.Consolidation;

/// <summary>The estimates of one variable over time: dated reports by date, then the undated ones.</summary>
public sealed record Timeline(VariableKey Variable, IReadOnlyList<TimelineEntry> Entries)
{
    public static Timeline Of(VariableKey variable, IEnumerable<Report> reports) =>
        new(variable, reports
            .OrderBy(r => r.Window is null)
            .ThenBy(r => r.Window?.Start)
            .ThenBy(r => r.Window?.End)
            .ThenBy(r => r.Origin.Name, StringComparer.Ordinal)
            .Select(r => new TimelineEntry(r))
            .ToList());

    public IEnumerable<TimelineEntry> Dated => Entries.Where(e => !e.Undated);

    public IEnumerable<TimelineEntry> Undated => Entries.Where(e => e.Undated);
}
