namespace Claimgraph.Recognizers.Dates;

/// <summary>A calendar unit that relative expressions and durations count in.</summary>
public enum DateUnit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}
