namespace Claimgraph.Consolidation;

/// <summary>One estimate on a timeline: a report, its date (null: undated), and whether it adds to an earlier total.</summary>
public sealed record TimelineEntry(Report Report)
{
    public DateOnly? Date => Report.Window?.Start;

    public bool Undated => Report.Window is null;

    public bool Increment => Report.Increment;
}
