using System.Globalization;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Dates;

namespace Claimgraph.Tests.Recognizers.Specs;

/// <summary>
/// Maps our time mentions to the suite's DateTimeModel form: a day is a date, a month, year or
/// period a date range, a length a duration (timex "P3D"); the span is the mention's core
/// (without "am", "im", "für").
/// </summary>
internal sealed partial class SpecModels
{
    private DateRecognizer _dates = null!;

    private void InitDates(LanguagePack pack) => _dates = new DateRecognizer(pack.Dates);

    private void RunDates(string text, DateTime? reference, List<SpecResult> results)
    {
        foreach (var mention in reference is { } moment ? _dates.Recognize(text, moment) : _dates.Recognize(text, null))
        {
            var (type, value) = Resolve(mention);
            results.Add(new SpecResult(mention.Core.Start, mention.Core.End - 1, type, null, value, null));
        }
    }

    private static (string Type, string Value) Resolve(TimeMention mention)
    {
        // The suite writes an open stretch ("before 2000", "since August") as the timex of its bounding point,
        // a day with a time of day as a date-time, the moment of speaking as PRESENT_REF.
        if (mention.Kind == TimeMentionKind.Now)
        {
            // "to date": a stretch up to the moment of speaking.
            return (mention.Bound == TimeBound.None ? "datetimeV2.datetime" : "datetimeV2.daterange", "X:PRESENT_REF");
        }

        if (mention.Bound != TimeBound.None && mention.Anchor is { } anchor)
        {
            return ("datetimeV2.daterange", "X:" + Timex(anchor, mention.Form));
        }

        if (mention.Bound != TimeBound.None && WeekendTimex(mention) is { } weekend)
        {
            return ("datetimeV2.daterange", "X:" + weekend);
        }

        if (SeasonTimex(mention) is { } season)
        {
            return ("datetimeV2.daterange", "X:" + season);
        }

        if (mention.Time is { } time)
        {
            return ("datetimeV2.datetime", mention.Start is { Day: not null } day ? "X:" + Timex(day, mention.Form) + "T" + Timex(time) : "");
        }

        switch (mention.Kind)
        {
            case TimeMentionKind.Duration when mention.Length is { } length:
                return ("datetimeV2.duration", "P:" + Timex(length));
            case TimeMentionKind.Time:
                return ("datetimeV2.time", "");
            case TimeMentionKind.Date when mention.Start is { Day: not null } day:
                return ("datetimeV2.date", "D:" + day);
        }

        // The suite ends a range between two written points on the first day of the last one
        // ("2014 to 2018" = 2014-01-01 to 2018-01-01), any other period on the day after it.
        if (mention.Start is { } start && mention.End is { } end)
        {
            return ("datetimeV2.daterange", "R:" + First(start) + "," + (mention.BetweenPoints ? First(end) : AfterEnd(end)));
        }

        return (mention.Kind == TimeMentionKind.Duration ? "datetimeV2.duration" : "datetimeV2.daterange", "");
    }

    // A season as the suite writes it (it does not resolve seasons to days): "2016-SU".
    private static string? SeasonTimex(TimeMention mention)
    {
        if (mention.BetweenPoints || mention.Kind != TimeMentionKind.Period || mention.Start is not { Month: { } first, Day: null } start
            || mention.End is not { Month: { } last, Day: null } end)
        {
            return null;
        }

        var season = (first, last, end.Year - start.Year) switch
        {
            (3, 5, 0) => "SP",
            (6, 8, 0) => "SU",
            (9, 11, 0) => "FA",
            (12, 2, 1) => "WI",
            _ => null,
        };
        return season is null ? null : start.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + season;
    }

    // A weekend as the suite writes it: "2019-W37-WE".
    private static string? WeekendTimex(TimeMention mention)
    {
        if (mention.Start is not { Month: { } month, Day: { } day } start || mention.End is not { Month: { } lastMonth, Day: { } lastDay } end)
        {
            return null;
        }

        var saturday = new DateOnly(start.Year, month, day);
        if (saturday.DayOfWeek != DayOfWeek.Saturday || new DateOnly(end.Year, lastMonth, lastDay) != saturday.AddDays(1))
        {
            return null;
        }

        var time = saturday.ToDateTime(TimeOnly.MinValue);
        return ISOWeek.GetYear(time).ToString(CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(time).ToString("00", CultureInfo.InvariantCulture) + "-WE";
    }

    private static string First(PartialDate date) => new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string AfterEnd(PartialDate date)
    {
        var first = new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1);
        var after = date.Day is not null ? first.AddDays(1) : date.Month is not null ? first.AddMonths(1) : first.AddYears(1);
        return after.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // "2016-10-14", "XXXX-10-14" (no year written), "XXXX-WXX-3" (a weekday alone).
    private static string Timex(PartialDate date, DateForm form) => form switch
    {
        DateForm.Weekday when date.Day is { } day => "XXXX-WXX-" + ((int)new DateOnly(date.Year, date.Month ?? 1, day).DayOfWeek is var d and > 0 ? d : 7).ToString(CultureInfo.InvariantCulture),
        DateForm.NoYear => "XXXX" + date.ToString()[4..],
        _ => date.ToString(),
    };

    private static string Timex(ClockTime time) => time.Precision switch
    {
        ClockPrecision.Hour => time.Value.ToString("HH", CultureInfo.InvariantCulture),
        ClockPrecision.Minute => time.Value.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => time.Value.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
    };

    private static string Timex(TimeLength length)
    {
        var n = length.Count.ToString("0.###", CultureInfo.InvariantCulture);
        return length.Unit switch
        {
            DateUnit.Second => $"PT{n}S",
            DateUnit.Minute => $"PT{n}M",
            DateUnit.Hour => $"PT{n}H",
            DateUnit.Day => $"P{n}D",
            DateUnit.BusinessDay => $"P{n}BD",
            DateUnit.Week => $"P{n}W",
            DateUnit.Month => $"P{n}M",
            DateUnit.Quarter => $"P{(length.Count * 3).ToString("0.###", CultureInfo.InvariantCulture)}M",
            DateUnit.Year => $"P{n}Y",
            _ => $"P{(length.Count * 10).ToString("0.###", CultureInfo.InvariantCulture)}Y",
        };
    }
}
