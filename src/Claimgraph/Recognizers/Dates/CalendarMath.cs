namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// Calendar arithmetic for resolving time expressions. Every operation that could leave the
/// range of <see cref="DateOnly"/> reports failure instead of throwing.
/// </summary>
internal static class CalendarMath
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    public static bool IsYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>The number of days in a month, 0 for a month that does not exist.</summary>
    public static int DaysInMonth(int year, int month) =>
        IsYear(year) && month is >= 1 and <= 12 ? DateTime.DaysInMonth(year, month) : 0;

    /// <summary>The most days a month can have in any year (29 for February).</summary>
    public static int MaxDaysInMonth(int month) => month == 2 ? 29 : DaysInMonth(2023, month);

    /// <summary>Months counted from year 0: year * 12 + month - 1.</summary>
    public static int MonthIndex(int year, int month) => (year * 12) + month - 1;

    public static int MonthIndex(DateOnly date) => MonthIndex(date.Year, date.Month);

    public static bool TryMonth(int index, out PartialDate month)
    {
        var year = Math.DivRem(index, 12, out var rest);
        if (rest < 0)
        {
            year--;
            rest += 12;
        }

        month = new PartialDate(year, rest + 1);
        return IsYear(year);
    }

    /// <summary>The ISO day number of a date: 1 = Monday ... 7 = Sunday.</summary>
    public static int IsoDay(DateOnly date) => ((int)date.DayOfWeek + 6) % 7 + 1;

    public static bool TryAddDays(DateOnly date, long days, out DateOnly result)
    {
        result = date;
        var number = (long)date.DayNumber + days;
        if (number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber)
        {
            return false;
        }

        result = DateOnly.FromDayNumber((int)number);
        return true;
    }

    public static bool TryAddMonths(DateOnly date, long months, out DateOnly result)
    {
        result = date;
        var index = (long)MonthIndex(date) + months;
        if (index < MonthIndex(MinYear, 1) || index > MonthIndex(MaxYear, 12))
        {
            return false;
        }

        result = date.AddMonths((int)months);
        return true;
    }

    /// <summary>
    /// The date <paramref name="count"/> units before (sign -1) or after (sign +1) a date.
    /// Hours and minutes move by whole days only.
    /// </summary>
    public static bool TryShift(DateOnly date, DateUnit unit, double count, int sign, out DateOnly result)
    {
        result = date;
        if (double.IsNaN(count) || count < 0 || count > 100_000)
        {
            return false;
        }

        return unit switch
        {
            DateUnit.Second => TryAddDays(date, sign * (long)Math.Floor(count / 86400), out result),
            DateUnit.Minute => TryAddDays(date, sign * (long)Math.Floor(count / 1440), out result),
            DateUnit.Hour => TryAddDays(date, sign * (long)Math.Floor(count / 24), out result),
            DateUnit.Day => TryAddDays(date, sign * (long)Math.Round(count), out result),
            DateUnit.BusinessDay => TryAddBusinessDays(date, sign * (long)Math.Round(count), out result),
            DateUnit.Week => TryAddDays(date, sign * (long)Math.Round(count * 7), out result),
            DateUnit.Month => TryAddMonths(date, sign * (long)Math.Round(count), out result),
            DateUnit.Quarter => TryAddMonths(date, sign * (long)Math.Round(count * 3), out result),
            DateUnit.Year => TryAddMonths(date, sign * (long)Math.Round(count * 12), out result),
            DateUnit.Decade => TryAddMonths(date, sign * (long)Math.Round(count * 120), out result),
            _ => false,
        };
    }

    /// <summary>The day <paramref name="days"/> business days (Monday to Friday) after or before <paramref name="date"/>.</summary>
    public static bool TryAddBusinessDays(DateOnly date, long days, out DateOnly result)
    {
        result = date;
        var step = Math.Sign(days);
        for (var left = Math.Min(Math.Abs(days), 100_000); left > 0;)
        {
            if (!TryAddDays(result, step, out result))
            {
                return false;
            }

            if (IsoDay(result) <= 5)
            {
                left--;
            }
        }

        return true;
    }

    /// <summary>The first and last month of a month range anchored in a year.</summary>
    public static bool TryMonths(MonthRange range, int year, out PartialDate first, out PartialDate last)
    {
        last = default;
        return TryMonth(range.FirstIndex(year), out first) & TryMonth(range.LastIndex(year), out last);
    }

    /// <summary>The latest year in which the range has begun by the reference month.</summary>
    public static int AnchorPast(MonthRange range, DateOnly reference)
    {
        var now = MonthIndex(reference);
        for (var year = reference.Year + 1; year > reference.Year - 3; year--)
        {
            if (range.FirstIndex(year) <= now)
            {
                return year;
            }
        }

        return reference.Year - 2;
    }

    /// <summary>The year whose range lies nearest to the reference month (the earlier one on a tie).</summary>
    public static int AnchorNearest(MonthRange range, DateOnly reference)
    {
        var now = MonthIndex(reference);
        var best = reference.Year;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            var first = range.FirstIndex(year);
            var last = range.LastIndex(year);
            var distance = now < first ? first - now : now > last ? now - last : 0;
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The year of the range that a direction word means: the last one over before the reference
    /// month (-1), the next one to begin after it (+1), the one it falls in or else the next (0).
    /// </summary>
    public static int AnchorByDirection(MonthRange range, DateOnly reference, int direction)
    {
        var now = MonthIndex(reference);
        if (direction < 0)
        {
            for (var year = reference.Year + 1; year > reference.Year - 3; year--)
            {
                if (range.LastIndex(year) < now)
                {
                    return year;
                }
            }

            return reference.Year - 1;
        }

        for (var year = reference.Year - 2; year < reference.Year + 3; year++)
        {
            var started = range.FirstIndex(year) <= now;
            if (direction == 0 && started && range.LastIndex(year) >= now)
            {
                return year;
            }

            if (direction > 0 && !started)
            {
                return year;
            }
        }

        // "diesen September", "this summer": the one of the reference year when none is running.
        return direction == 0 ? reference.Year : reference.Year + 1;
    }

    /// <summary>The most recent date with this month and day not after the reference date.</summary>
    public static bool TryPastDay(int month, int day, DateOnly reference, out DateOnly date)
    {
        date = default;
        var year = (month, day).CompareTo((reference.Month, reference.Day)) <= 0 ? reference.Year : reference.Year - 1;

        // 29 February: the most recent leap year.
        for (var back = 0; back < 8 && IsYear(year) && day > DaysInMonth(year, month); back++)
        {
            year--;
        }

        if (!IsYear(year) || day > DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The most recent month with this number not after the reference month.</summary>
    public static int PastMonthYear(int month, DateOnly reference) =>
        month <= reference.Month ? reference.Year : reference.Year - 1;

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
