namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// How much of a date the text itself fixes, apart from what resolution against the reference
/// date adds: "14. Oktober 2016" and "morgen" are <see cref="Fixed"/> (by the year written or by
/// the reference date), "14. Oktober" has no year (<see cref="NoYear"/>), "Mittwoch" alone is a
/// day of the week (<see cref="Weekday"/>).
/// </summary>
public enum DateForm
{
    Fixed,
    NoYear,
    Weekday,
}
