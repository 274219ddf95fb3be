namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// Whether a mention names an open stretch of time bounded by the point it names: "vor 2000",
/// "bis März 2008", "before the end of December" (<see cref="Before"/>); "ab Ende 1989", "after
/// Feb 2018", "starting January 7th" (<see cref="After"/>); "seit dem Jahr 2001", "since August"
/// (<see cref="Since"/>: after the point and up to the reference date).
/// </summary>
public enum TimeBound
{
    None,
    Before,
    After,
    Since,
}
