using System.Globalization;
using Claimgraph.Extraction;

namespace Claimgraph.Consolidation;

/// <summary>
/// The days a claim is about: its own time ("im November" → 2024-11-01..2024-11-30), else the
/// day its document was published. <see cref="OwnTime"/> says which. A claim with neither has no
/// window (undated).
/// </summary>
public sealed record TimeWindow(DateOnly Start, DateOnly End, bool OwnTime)
{
    public static TimeWindow? Of(ClaimTime? time, DateTimeOffset? published)
    {
        if (time is not null && Parse(time.Start ?? time.End, first: true) is { } start && Parse(time.End ?? time.Start, first: false) is { } end)
        {
            return end < start ? new TimeWindow(end, start, true) : new TimeWindow(start, end, true);
        }

        if (published is { } date)
        {
            var day = DateOnly.FromDateTime(date.DateTime);
            return new TimeWindow(day, day, false);
        }

        return null;
    }

    /// <summary>Whether the windows overlap or lie at most <paramref name="slackDays"/> days apart.</summary>
    public bool Meets(TimeWindow other, int slackDays) =>
        Start.DayNumber <= other.End.DayNumber + slackDays && other.Start.DayNumber <= End.DayNumber + slackDays;

    public TimeWindow Union(TimeWindow other) =>
        new(Start < other.Start ? Start : other.Start, End > other.End ? End : other.End, OwnTime || other.OwnTime);

    public override string ToString() =>
        Start == End ? Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>An ISO 8601 year, month or date as its first or last day; null if it is none of these.</summary>
    internal static DateOnly? Parse(string? iso, bool first)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        var c = CultureInfo.InvariantCulture;
        if (iso.Length >= 10 && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (iso.Length == 7 && DateOnly.TryParseExact(iso + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month))
        {
            return first ? month : new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
        }

        if (iso.Length == 4 && int.TryParse(iso, NumberStyles.None, c, out var year) && year is >= 1 and <= 9999)
        {
            return first ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
        }

        return null;
    }
}
