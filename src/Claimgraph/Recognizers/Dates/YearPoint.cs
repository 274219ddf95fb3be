namespace Claimgraph.Recognizers.Dates;

/// <summary>Which year a named point of a year means when the text gives none.</summary>
internal enum YearResolution
{
    /// <summary>The most recent one that has begun by the reference date.</summary>
    Past,

    /// <summary>The reference date's year ("seit Jahresbeginn").</summary>
    Current,

    /// <summary>The one nearest to the reference date ("zum Jahreswechsel").</summary>
    Nearest,
}

/// <summary>A named point of a year: "Jahresbeginn", "Jahreswechsel".</summary>
internal sealed record YearPoint(MonthRange Months, YearResolution Resolve);
