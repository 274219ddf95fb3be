namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// A named day of the year: on a fixed date ("Allerheiligen" = 1 November), a number of days from
/// Easter Sunday ("Karfreitag" = −2), or the nth weekday of a month with an optional number of
/// days after it ("Erntedankfest" = first Sunday of October, "Black Friday" = the day after the
/// fourth Thursday of November; n = −1 is the last).
/// </summary>
internal sealed record Holiday(int Month, int Day, int? EasterOffset, int Weekday = 0, int Nth = 0, int Offset = 0)
{
    /// <summary>The holiday in a year.</summary>
    public DateOnly In(int year)
    {
        if (EasterOffset is { } offset)
        {
            return CalendarMath.EasterSunday(year).AddDays(offset);
        }

        if (Weekday == 0)
        {
            return new DateOnly(year, Month, Day);
        }

        var first = new DateOnly(year, Month, 1);
        var firstWeekday = first.AddDays((Weekday - CalendarMath.IsoDay(first) + 7) % 7);
        var day = Nth > 0 ? firstWeekday.AddDays(7 * (Nth - 1)) : firstWeekday.AddDays(7 * ((DateTime.DaysInMonth(year, Month) - firstWeekday.Day) / 7));
        return day.AddDays(Offset);
    }
}
