namespace Claimgraph.Recognizers.Dates;

/// <summary>How much of a clock time the text writes: "9 am" (hour), "08:39" (minute), "8:00:31" (second).</summary>
public enum ClockPrecision
{
    Hour,
    Minute,
    Second,
}

/// <summary>A time of day as written with a date ("am 14. Oktober um 8:00:31", "tomorrow 8am"), with how much of it is written.</summary>
public readonly record struct ClockTime(TimeOnly Value, ClockPrecision Precision);
