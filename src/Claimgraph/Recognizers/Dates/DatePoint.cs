namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// A date as written, before resolution: a year ("2024"), a month with or without a year
/// ("Dezember", "Dezember 2024") or a day with or without a year ("21. Dezember", "17.11.2024").
/// Two points of the same precision can be joined into a period ("Januar bis März 2024").
/// </summary>
internal readonly record struct DatePoint(int? Year, int? Month, int? Day)
{
    public DatePrecision Precision =>
        Month is null ? DatePrecision.Year : Day is null ? DatePrecision.Month : DatePrecision.Day;

    public DatePoint WithYear(int year) => this with { Year = year };

    /// <summary>Month and day as one comparable number within a year.</summary>
    public int DayOfYearKey => ((Month ?? 0) * 32) + (Day ?? 0);

    /// <summary>The point as a date, resolving a missing year to the most recent one not after the reference.</summary>
    public bool TryResolve(DateOnly? reference, out PartialDate date)
    {
        date = default;
        if (Year is { } year)
        {
            if (!CalendarMath.IsYear(year) || (Day is { } d && d > CalendarMath.DaysInMonth(year, Month ?? 0)))
            {
                return false;
            }

            date = new PartialDate(year, Month, Day);
            return true;
        }

        if (reference is not { } today || Month is not { } month)
        {
            return false;
        }

        if (Day is { } day)
        {
            if (!CalendarMath.TryPastDay(month, day, today, out var past))
            {
                return false;
            }

            date = PartialDate.From(past, DatePrecision.Day);
            return true;
        }

        date = new PartialDate(CalendarMath.PastMonthYear(month, today), month);
        return CalendarMath.IsYear(date.Year);
    }
}
