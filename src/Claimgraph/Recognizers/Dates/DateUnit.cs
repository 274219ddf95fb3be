namespace Claimgraph.Recognizers.Dates;

/// <summary>A calendar unit that relative expressions and durations count in.</summary>
public enum DateUnit
{
    Second,
    Minute,
    Hour,
    Day,

    /// <summary>A day from Monday to Friday: "the next 4 business days".</summary>
    BusinessDay,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}
