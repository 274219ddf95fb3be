using System.Globalization;

namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// A calendar date known to the year, the month or the day: "2024", "2024-10", "2024-10-05".
/// <see cref="Day"/> is only set together with <see cref="Month"/>.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>The ISO 8601 form: "2024", "2024-10" or "2024-10-05".</summary>
    public override string ToString()
    {
        var year = Year.ToString("D4", CultureInfo.InvariantCulture);
        if (Month is not { } month)
        {
            return year;
        }

        var monthText = month.ToString("D2", CultureInfo.InvariantCulture);
        return Day is { } day
            ? $"{year}-{monthText}-{day.ToString("D2", CultureInfo.InvariantCulture)}"
            : $"{year}-{monthText}";
    }

    /// <summary>Reads the ISO form written by <see cref="ToString"/>.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || !(text.Length is 4 or 7 or 10))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new PartialDate(year);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    internal DatePrecision Precision =>
        Month is null ? DatePrecision.Year : Day is null ? DatePrecision.Month : DatePrecision.Day;

    internal static PartialDate From(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new PartialDate(date.Year),
        DatePrecision.Month => new PartialDate(date.Year, date.Month),
        _ => new PartialDate(date.Year, date.Month, date.Day),
    };

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
