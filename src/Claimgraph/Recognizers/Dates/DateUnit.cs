namespace Claimgraph.Recognizers.Dates;

/// <summary>A calendar unit that relative expressions and durations count in.</summary>
public enum DateUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}
