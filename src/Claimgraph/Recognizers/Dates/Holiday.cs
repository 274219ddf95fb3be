namespace Claimgraph.Recognizers.Dates;

/// <summary>A named day of the year: on a fixed date ("Allerheiligen" = 1 November) or a number of days from Easter Sunday ("Karfreitag" = −2).</summary>
internal sealed record Holiday(int Month, int Day, int? EasterOffset)
{
    /// <summary>The holiday in a year.</summary>
    public DateOnly In(int year) =>
        EasterOffset is { } offset ? CalendarMath.EasterSunday(year).AddDays(offset) : new DateOnly(year, Month, Day);
}
