namespace Claimgraph.Recognizers.Dates;

/// <summary>Dates, months and years as written, ranges between them, decades and clock times.</summary>
internal sealed partial class DateScanner
{
    private const int FirstYear = 1900;
    private const int LastYear = 2100;

    /// <summary>"2024-10-05".</summary>
    private Core? IsoDate(int index) =>
        TryIsoDay(index, out var point, out var next)
            ? Core.Point(next, TimeMentionKind.Date, new PartialDate(point.Year!.Value, point.Month, point.Day))
            : null;

    /// <summary>"2024-10-05" as a point.</summary>
    internal bool TryIsoDay(int index, out DatePoint point, out int next)
    {
        point = default;
        next = index;
        if (_tokens.Digits(index) != 4 || !(_tokens.FreeOnLeft(index) || NamePartBefore(index)) || !IsGluedSymbol(index + 1, '-') ||
            _tokens.Digits(index + 2) != 2 || !_tokens.Glued(index + 2) || !IsGluedSymbol(index + 3, '-') ||
            _tokens.Digits(index + 4) != 2 || !_tokens.Glued(index + 4) || !(_tokens.FreeOnRight(index + 4) || NamePartAfter(index + 4)))
        {
            return false;
        }

        _tokens.TryNumber(index, 4, out var year);
        _tokens.TryNumber(index + 2, 2, out var month);
        _tokens.TryNumber(index + 4, 2, out var day);
        if (month is < 1 or > 12 || day < 1 || day > CalendarMath.DaysInMonth(year, month))
        {
            return false;
        }

        point = new DatePoint(year, month, day);
        next = index + 5;
        return true;
    }

    // An ISO date inside a name or address: "report-2002-10-09.xlsx", "archive-2018-09-23-page-01", "-2020-07-01-".
    private bool NamePartBefore(int index) =>
        _tokens.Glued(index) && (_tokens.IsSymbol(index - 1, '-') || _tokens.IsSymbol(index - 1, '_')) && !(_tokens.IsNumber(index - 2) && _tokens.Glued(index - 1));

    private bool NamePartAfter(int last) =>
        (IsGluedSymbol(last + 1, '-') || IsGluedSymbol(last + 1, '_') || IsGluedSymbol(last + 1, '.')) && !(_tokens.IsNumber(last + 2) && _tokens.Glued(last + 2));

    /// <summary>"17.11.2024", "17.11.24"; without a year after a preposition ("am 17.11.") or in a range.</summary>
    private Core? NumericDate(int index, LeadRole? role)
    {
        if (!TryNumericDay(index, out var point, out var next))
        {
            return null;
        }

        if (point.Year is null && role is null)
        {
            return TryRange(point, next, role, out var range) ? range : null;
        }

        return PointCore(point, next, role);
    }

    /// <summary>"21. Dezember", "21. Dezember 2024", "5.November", and day ranges "1. bis 3. März".</summary>
    private Core? NamedDay(int index, LeadRole? role)
    {
        if (TryNamedDay(index, out var point, out var next))
        {
            return PointCore(point, next, role);
        }

        if (role is not null && TryOrdinalMonthDay(index, out point, out next))
        {
            return PointCore(point, next, role);
        }

        // "1. bis 3. März 2024", "1.-3. März", "zwischen dem 3. und dem 12. September", "3 and 12 of Sept":
        // the first day takes the month and year of the second.
        if (!TryDayNumber(index, false, out var firstDay, out var connectorAt, out _) || !_tokens.SameLine(connectorAt) ||
            !Match(_lexicon.RangeConnectors, connectorAt, out _, out var afterConnector) || !_tokens.SameLine(afterConnector))
        {
            return null;
        }

        var lastAt = afterConnector;
        if (Match(_lexicon.Articles, lastAt, out _, out var afterArticle) && _tokens.SameLine(afterArticle))
        {
            lastAt = afterArticle;
        }

        if (!TryNamedDay(lastAt, out var last, out next, _tokens.IsSymbol(lastAt - 1, '-')) || firstDay >= last.Day)
        {
            return null;
        }

        return RangeCore(last with { Day = firstDay }, last, next);
    }

    /// <summary>
    /// "am 25.", "on the 18th": a day without a month, after a preposition and before no word;
    /// the most recent such day of a month not after the reference date.
    /// </summary>
    private Core? DayOfMonth(int index, LeadRole? role)
    {
        if (role is null || !TryDayNumber(index, false, out var day, out var next, out var bare) || bare
            || (_tokens.SameLine(next) && _tokens.IsWord(next)) || _tokens.IsNumber(next))
        {
            return null;
        }

        if (_reference is not { } today)
        {
            return Core.Unresolved(next, TimeMentionKind.Date) with { Form = DateForm.NoYear };
        }

        // This month's day, or the last month's when it is still to come (or the month is too short).
        for (var back = 0; back < 3; back++)
        {
            if (CalendarMath.TryAddMonths(today, -back, out var month) && day <= CalendarMath.DaysInMonth(month.Year, month.Month)
                && new DateOnly(month.Year, month.Month, day) <= today)
            {
                return Core.Point(next, TimeMentionKind.Date, new PartialDate(month.Year, month.Month, day)) with { TakesArticle = true };
            }
        }

        return null;
    }

    /// <summary>"im Jahr 2024", "in den Jahren 2022 und 2023".</summary>
    private Core? YearNounCore(int index, LeadRole? role)
    {
        if (!Match(_lexicon.YearNouns, index, out _, out var next) || !SpacedOnLine(next) ||
            !TryYearToken(next, out var year, out var second, out var end))
        {
            return null;
        }

        return second is { } following
            ? new Core(end, TimeMentionKind.Period, new PartialDate(year), new PartialDate(following))
            : PointCore(new DatePoint(year, null, null), end, role);
    }

    /// <summary>"in nineteen ninety six", "in two thousand and fifteen": a year in words after a preposition, not counting a noun after it.</summary>
    private Core? YearWordsCore(int index, LeadRole? role)
    {
        if (!MayBeNumberWordAt(index) || !TryYearWords(index, out var year, out var next) || LooksLikeCount(next)
            || (SpacedOnLine(next) && _tokens.IsWord(next) && !Contains(_lexicon.RangeConnectors, next) && !Contains(_lexicon.UnitConnectors, next)))
        {
            return null;
        }

        return PointCore(new DatePoint(year, null, null), next, role);
    }

    /// <summary>A four-digit year in a date context: after a preposition, or standing alone between punctuation.</summary>
    private Core? YearCore(int index, LeadRole? role)
    {
        if (YearThenSeason(index) is { } part)
        {
            return part;
        }

        if (!TryYearToken(index, out var year, out var second, out var next))
        {
            return null;
        }

        if (role is null && !LeftAllowsBareYear(index))
        {
            // "2014 to 2018", "2014-2018": two years joined are a period wherever they stand.
            var bare = new DatePoint(year, null, null);
            return second is null && TryRange(bare, next, role, out var years) && years.BetweenPoints && !LooksLikeCount(years.Next) ? years : null;
        }

        if (second is { } following)
        {
            return LooksLikeCount(next) ? null : new Core(next, TimeMentionKind.Period, new PartialDate(year), new PartialDate(following));
        }

        // "in 2017 april": a month after the year.
        if (role is not null && SpacedOnLine(next) && Match(_lexicon.Months, next, out var month, out var afterMonth) && _tokens.FreeOnRight(afterMonth - 1)
            && !(_tokens.SameLine(afterMonth) && (_tokens.IsNumber(afterMonth) || (_tokens.IsWord(afterMonth) && !_tokens.Glued(afterMonth)))))
        {
            return PointCore(new DatePoint(year, month, null), afterMonth, role);
        }

        var point = new DatePoint(year, null, null);
        if (TryRange(point, next, role, out var range) && !LooksLikeCount(range.Next))
        {
            return range;
        }

        return LooksLikeCount(next) ? null : PointCore(point, next, role);
    }

    /// <summary>
    /// "Dezember 2024"; without a year only after a preposition ("im November") or as the start
    /// of a range ("Oktober bis Dezember 2024").
    /// </summary>
    private Core? MonthCore(int index, LeadRole? role)
    {
        if (!TryMonthPoint(index, out var point, out var next))
        {
            return null;
        }

        if (point.Year is null && point.Day is null && role is null)
        {
            return TryRange(point, next, role, out var range) ? range : null;
        }

        return PointCore(point, next, role);
    }

    /// <summary>"2019 q1", "2019-H2": a year and a named range of its months after it.</summary>
    private Core? YearThenSeason(int index)
    {
        if (_tokens.Digits(index) != 4 || !_tokens.FreeOnLeft(index) || !_tokens.TryNumber(index, 4, out var year) || year is < FirstYear or > LastYear)
        {
            return null;
        }

        var seasonAt = index + 1;
        if (IsGluedSymbol(seasonAt, '-') && _tokens.Glued(seasonAt + 1))
        {
            seasonAt++;
        }
        else if (!SpacedOnLine(seasonAt))
        {
            return null;
        }

        if (!_tokens.IsWord(seasonAt) || !Match(_lexicon.Seasons, seasonAt, out var season, out var next) || !_tokens.FreeOnRight(next - 1))
        {
            return null;
        }

        return MonthRangeCore(season, next, year, CurrentYear);
    }

    /// <summary>"1980er Jahre", "80er-Jahren": the ten years of a decade.</summary>
    private Core? Decade(int index)
    {
        var digits = _tokens.Digits(index);
        // English also "1990 s", "90 s": a suffix apart, where the decade takes no noun and nothing follows on.
        if (digits is not (2 or 4) || !_tokens.TryNumber(index, 4, out var value) || value % 10 != 0
            || !(_tokens.Glued(index + 1) || (_lexicon.DecadeNouns.Count == 0 && SpacedOnLine(index + 1) && !_tokens.IsWord(index + 2)))
            || !Match(_lexicon.DecadeSuffixes, index + 1, out _, out var next))
        {
            return null;
        }

        // English writes the decade without a noun: "1990s".
        var end = next;
        if (_lexicon.DecadeNouns.Count > 0)
        {
            if (IsGluedSymbol(next, '-'))
            {
                next++;
                if (!_tokens.Glued(next))
                {
                    return null;
                }
            }
            else if (!SpacedOnLine(next))
            {
                return null;
            }

            if (!Match(_lexicon.DecadeNouns, next, out _, out end))
            {
                return null;
            }
        }
        else if (_tokens.Glued(next) && (_tokens.IsWord(next) || _tokens.IsNumber(next)))
        {
            return null;
        }

        var year = digits == 4 ? value : value < 20 ? 2000 + value : 1900 + value;
        return CalendarMath.IsYear(year) && CalendarMath.IsYear(year + 9)
            ? new Core(end, TimeMentionKind.Period, new PartialDate(year), new PartialDate(year + 9))
            : null;
    }

    /// <summary>"in the nineties": a decade in words, after a preposition or with its article.</summary>
    private Core? DecadeWordCore(int index, bool context)
    {
        if (!Match(_lexicon.DecadeWords, index, out var value, out var next) || value is < 0 or > 90)
        {
            return null;
        }

        var year = 1900 + (int)value;
        var decade = new Core(next, TimeMentionKind.Period, new PartialDate(year), new PartialDate(year + 9)) { TakesArticle = true };
        return context || (_tokens.Has(index - 1) && Contains(_lexicon.Articles, index - 1)) ? decade : null;
    }

    /// <summary>"08:39 Uhr", "04:15", "8.30 Uhr", "8 Uhr", "7pm".</summary>
    private Core? Clock(int index)
    {
        if (!TryClock(index, false, false, out var time, out var next))
        {
            return null;
        }

        return Core.Unresolved(next, TimeMentionKind.Time) with { Time = time };
    }

    /// <summary>A clock time and its value. Without "Uhr" or "pm" the hour needs two digits ("04:15").</summary>
    internal bool TryClock(int index, out TimeOnly time, out int next)
    {
        var found = TryClock(index, false, false, out var clock, out next);
        time = clock.Value;
        return found;
    }

    /// <summary>
    /// A clock time: hours, optional minutes and seconds, an optional clock word ("Uhr", "o'clock")
    /// or half of the day ("am", "p.m."). Without a clock word or half of the day it needs minutes
    /// after a colon and a two-digit hour ("04:15"), unless it follows a day
    /// (<paramref name="afterDay"/>: "Mittwoch 4:00", "Monday at 2.30"); a bare hour only follows a
    /// day and a word that leads to a time (<paramref name="led"/>: "Sat at 5").
    /// </summary>
    private bool TryClock(int index, bool afterDay, bool led, out ClockTime time, out int next)
    {
        time = default;
        next = index;
        if (_tokens.IsWord(index))
        {
            return afterDay && TryClockWords(index, led, out time, out next);
        }

        if (!_tokens.TryNumber(index, 2, out var hour))
        {
            return false;
        }

        var minute = 0;
        var second = 0;
        var end = index + 1;
        var precision = ClockPrecision.Hour;
        // "at 5." ends the sentence; "5.30" and "5:30" write minutes.
        if (IsGluedSymbol(index + 1, ':') || (IsGluedSymbol(index + 1, '.') && _tokens.IsNumber(index + 2) && _tokens.Glued(index + 2)))
        {
            if (_tokens.Digits(index + 2) != 2 || !_tokens.Glued(index + 2))
            {
                return false;
            }

            _tokens.TryNumber(index + 2, 2, out minute);
            end = index + 3;
            precision = ClockPrecision.Minute;
            if (_tokens.IsSymbol(index + 1, ':') && IsGluedSymbol(end, ':'))
            {
                // Seconds: "08:39:12".
                if (_tokens.Digits(end + 1) != 2 || !_tokens.Glued(end + 1) || !_tokens.TryNumber(end + 1, 2, out second) || second > 59)
                {
                    return false;
                }

                end += 2;
                precision = ClockPrecision.Second;
            }

            if (IsGluedSymbol(end, ':') || (IsGluedSymbol(end, '.') && _tokens.IsNumber(end + 1) && _tokens.Glued(end + 1)))
            {
                return false;
            }
        }

        if (ReadClockMark(ref hour, ref end) is not { } hasClockWord)
        {
            return false;
        }

        var dotted = _tokens.IsSymbol(index + 1, '.');
        var written = precision != ClockPrecision.Hour;
        if (hour > 24 || minute > 59 || (hour == 24 && minute > 0) ||
            (!hasClockWord && !(afterDay ? written || led : written && !dotted && _tokens.Digits(index) == 2)))
        {
            return false;
        }

        // A bare hour after "um"/"at" is no time when a unit or a sign follows it: "heute um 15 %".
        if (!hasClockWord && !written && ((_tokens.Glued(end) && !IsClosing(end)) || (_tokens.SameLine(end) && Contains(_lexicon.NotYearAfter, end))))
        {
            return false;
        }

        time = new ClockTime(new TimeOnly(hour % 24, minute, second), precision);
        next = end;
        return true;
    }

    /// <summary>
    /// A clock time in words after a day: "nine thirty", "six forty-three minutes", "one thirty
    /// p m", "five-thirty", "six pm"; an hour alone only after a word that leads to a time ("at six").
    /// </summary>
    private bool TryClockWords(int index, bool led, out ClockTime time, out int next)
    {
        time = default;
        next = index;
        if (TryMinutesPastHour(index, out time, out next))
        {
            return true;
        }

        if (!ReadNumberWord(index, out var word) || word.Kind != Lexicon.NumberWordKind.Cardinal || word.Value is < 1 or > 12 || word.Value != Math.Floor(word.Value))
        {
            return false;
        }

        var hour = (int)word.Value;
        var minute = 0;
        var end = index + 1;
        var precision = ClockPrecision.Hour;
        var minutesAt = IsGluedSymbol(end, '-') && _tokens.Glued(end + 1) ? end + 1 : end;
        if ((minutesAt > end || SpacedOnLine(end)) && TryTwoDigitWords(minutesAt, out var minutes, out var afterMinutes) && minutes is >= 10 and <= 59)
        {
            minute = minutes;
            precision = ClockPrecision.Minute;
            end = afterMinutes;
            // "six forty-three minutes"
            if (SpacedOnLine(end) && Match(_lexicon.Units, end, out var unit, out var afterUnit) && unit.Info.Unit == DateUnit.Minute)
            {
                end = afterUnit;
            }
        }

        if (ReadClockMark(ref hour, ref end) is not { } marked || (!marked && !led && precision == ClockPrecision.Hour))
        {
            return false;
        }

        time = new ClockTime(new TimeOnly(hour % 24, minute), precision);
        next = end;
        return true;
    }

    /// <summary>
    /// The half of the day or clock word after an hour ("7pm", "9 a.m.", "8:45a", "six p m", "4
    /// o'clock"): true with the hour and end moved past it, false when there is none, null when a
    /// half of the day makes it no time (hour 13, "7pmx").
    /// </summary>
    private bool? ReadClockMark(ref int hour, ref int end)
    {
        if (_tokens.SameLine(end) && Match(_lexicon.Meridiem, end, out var half, out var afterHalf)
            && (_tokens.Glued(end) || afterHalf - end > 1 || _tokens[end].Length > 1))
        {
            if (hour is < 1 or > 12 || (_tokens.Glued(end) && _tokens.IsWord(afterHalf) && _tokens.Glued(afterHalf)))
            {
                return null;
            }

            hour = (hour % 12) + half;
            end = afterHalf;
            return true;
        }

        if (SpacedOnLine(end) && Match(_lexicon.ClockWords, end, out _, out var afterWord))
        {
            end = afterWord;
            return true;
        }

        return false;
    }

    /// <summary>"thirty-six minutes past eight", "half past nine", "quarter to six": minutes counted from or to an hour in words.</summary>
    private bool TryMinutesPastHour(int index, out ClockTime time, out int next)
    {
        time = default;
        next = index;
        int minutes;
        int relationAt;
        if (Match(_lexicon.ClockMinutes, index, out var named, out relationAt))
        {
            minutes = (int)named;
        }
        else if (TryTwoDigitWords(index, out minutes, out relationAt) && minutes <= 59)
        {
            if (SpacedOnLine(relationAt) && Match(_lexicon.Units, relationAt, out var unit, out var afterUnit) && unit.Info.Unit == DateUnit.Minute)
            {
                relationAt = afterUnit;
            }
        }
        else
        {
            return false;
        }

        if (!SpacedOnLine(relationAt) || !Match(_lexicon.ClockRelations, relationAt, out var sign, out var hourAt) || !SpacedOnLine(hourAt)
            || _lexicon.NumberWords is not { } reader || !_tokens.IsWord(hourAt) || !reader.TryReadWord(_tokens.TextOf(hourAt), out var hourWord)
            || hourWord.Kind != Lexicon.NumberWordKind.Cardinal || hourWord.Value is < 1 or > 12 || hourWord.Value != Math.Floor(hourWord.Value))
        {
            return false;
        }

        var value = new TimeOnly((int)hourWord.Value % 12, 0).AddMinutes(sign * minutes);
        time = new ClockTime(value, ClockPrecision.Minute);
        next = hourAt + 1;
        return true;
    }

    /// <summary>A number from 1 to 99 in words: "seven", "fifteen", "forty-three", "thirty six".</summary>
    private bool TryTwoDigitWords(int index, out int value, out int next)
    {
        value = 0;
        next = index;
        if (_lexicon.NumberWords is not { } reader || !ReadNumberWord(index, out var word)
            || word.Kind != Lexicon.NumberWordKind.Cardinal || word.Value is < 1 or > 99 || word.Value != Math.Floor(word.Value))
        {
            return false;
        }

        value = (int)word.Value;
        next = index + 1;
        if (value % 10 != 0 || value < 20)
        {
            return true;
        }

        var unitAt = IsGluedSymbol(next, '-') && _tokens.Glued(next + 1) ? next + 1 : SpacedOnLine(next) ? next : -1;
        if (unitAt >= 0 && _tokens.IsWord(unitAt) && reader.TryReadWord(_tokens.TextOf(unitAt), out var unitWord)
            && unitWord.Kind == Lexicon.NumberWordKind.Cardinal && unitWord.Value is >= 1 and <= 9 && unitWord.Value == Math.Floor(unitWord.Value))
        {
            value += (int)unitWord.Value;
            next = unitAt + 1;
        }

        return true;
    }

    private bool IsClosing(int index) =>
        _tokens.IsSymbol(index, '.') || _tokens.IsSymbol(index, ',') || _tokens.IsSymbol(index, ';') || _tokens.IsSymbol(index, '!')
        || _tokens.IsSymbol(index, '?') || _tokens.IsSymbol(index, ')');

    /// <summary>"17.11.2024", "17.11.24", "17.11." as a point.</summary>
    internal bool TryNumericDay(int index, out DatePoint point, out int next, bool joined = false)
    {
        point = default;
        next = index;
        if (!(joined || _tokens.FreeOnLeft(index)) || !_tokens.TryNumber(index, 2, out var day) || !IsGluedSymbol(index + 1, '.') ||
            !_tokens.Glued(index + 2) || !_tokens.TryNumber(index + 2, 2, out var month) || !IsGluedSymbol(index + 3, '.'))
        {
            return false;
        }

        int? year = null;
        var end = index + 4;
        if (_tokens.IsNumber(end) && _tokens.Glued(end))
        {
            var digits = _tokens.Digits(end);
            if (digits is not (2 or 4) || !_tokens.FreeOnRight(end) || !_tokens.TryNumber(end, 4, out var written))
            {
                return false;
            }

            year = digits == 4 ? written : written <= 50 ? 2000 + written : 1900 + written;
            end++;
        }
        else if (_tokens.Glued(end) && _tokens.IsWord(end))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > (year is { } y ? CalendarMath.DaysInMonth(y, month) : CalendarMath.MaxDaysInMonth(month)))
        {
            return false;
        }

        point = new DatePoint(year, month, day);
        next = end;
        return true;
    }

    /// <summary>
    /// "21. Dezember", "21. Dez. 2024", "5.November", "am zweiten Mai", "14 nov", "the 9th of May"
    /// as a point: a day (digits with a period or suffix, bare digits right before the month, or
    /// an ordinal word) and a month.
    /// </summary>
    internal bool TryNamedDay(int index, out DatePoint point, out int next, bool joined = false)
    {
        point = default;
        next = index;
        if (!TryDayNumber(index, joined, out var day, out var afterDay, out _) || !_tokens.SameLine(afterDay))
        {
            return false;
        }

        var monthAt = afterDay;
        if (Match(_lexicon.DayMonthJoiners, monthAt, out _, out var afterJoiner) && _tokens.SameLine(afterJoiner))
        {
            monthAt = afterJoiner;
        }

        if (!TryMonthPoint(monthAt, out var month, out var end, allowDay: false) || day > CalendarMath.MaxDaysInMonth(month.Month ?? 0))
        {
            return false;
        }

        if (month.Year is { } year && day > CalendarMath.DaysInMonth(year, month.Month ?? 0))
        {
            return false;
        }

        point = month with { Day = day };
        next = end;
        return true;
    }

    /// <summary>
    /// A day of a month: "21." (German), "21st" (a suffix of the language), "21" (bare digits),
    /// "zweiten" / "ninth" / "twenty-first" (an ordinal in words).
    /// </summary>
    private bool TryDayNumber(int index, bool joined, out int day, out int next, out bool bare)
    {
        day = 0;
        next = index;
        bare = false;
        if (_tokens.IsNumber(index))
        {
            if (!(joined || _tokens.FreeOnLeft(index)) || _tokens.Digits(index) > 2 || !_tokens.TryNumber(index, 2, out day) || day is < 1 or > 31)
            {
                return false;
            }

            // "21." is a day; "1.090" a number.
            if (IsGluedSymbol(index + 1, '.') && _lexicon.DayPeriod && !(_tokens.IsNumber(index + 2) && _tokens.Glued(index + 2)))
            {
                next = index + 2;
                return true;
            }

            if (_tokens.Glued(index + 1) && _tokens.IsWord(index + 1) && Match(_lexicon.DaySuffixes, index + 1, out _, out next))
            {
                return true;
            }

            // Bare digits, not the start of a longer number ("1.090", "2,5").
            bare = true;
            next = index + 1;
            return !(_tokens.Glued(next) && (_tokens.IsWord(next) || _tokens.IsNumber(next)))
                && !((IsGluedSymbol(next, '.') || IsGluedSymbol(next, ',')) && _tokens.IsNumber(next + 1) && _tokens.Glued(next + 1));
        }

        if (_lexicon.NumberWords is not { } reader || !ReadNumberWord(index, out var word))
        {
            return false;
        }

        if (word.Kind == Lexicon.NumberWordKind.Ordinal && word.Value is >= 1 and <= 31 && word.Value == Math.Floor(word.Value))
        {
            day = (int)word.Value;
            next = index + 1;
            return true;
        }

        // "twenty-first", "thirty first"
        if (word.Kind == Lexicon.NumberWordKind.Cardinal && word.Value is 20 or 30)
        {
            var unitAt = IsGluedSymbol(index + 1, '-') ? index + 2 : index + 1;
            if (_tokens.IsWord(unitAt) && reader.TryReadWord(_tokens.TextOf(unitAt), out var unit) && unit.Kind == Lexicon.NumberWordKind.Ordinal
                && unit.Value is >= 1 and <= 9 && word.Value + unit.Value <= 31)
            {
                day = (int)(word.Value + unit.Value);
                next = unitAt + 1;
                return true;
            }
        }

        // "May twenty nine", "fifteen August": a cardinal in words is a bare day (not "two thousand").
        if (word.Kind == Lexicon.NumberWordKind.Cardinal && TryTwoDigitWords(index, out var cardinal, out var afterCardinal) && cardinal <= 31
            && !(_tokens.IsWord(afterCardinal) && reader.TryReadWord(_tokens.TextOf(afterCardinal), out var scale)
                 && scale.Kind is Lexicon.NumberWordKind.Magnitude or Lexicon.NumberWordKind.Multiplier))
        {
            day = cardinal;
            next = afterCardinal;
            bare = true;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A month name and an optional year after it: "Dezember", "Dezember 2024"; where the language
    /// writes the day after the month, also "May 9", "December 21, 2024", "June the 28th of 2020".
    /// </summary>
    private bool TryMonthPoint(int index, out DatePoint point, out int next, bool allowDay = true)
    {
        point = default;
        if (!Match(_lexicon.Months, index, out var month, out next))
        {
            return false;
        }

        int? day = null;
        if (allowDay && _lexicon.DayAfterMonth && _tokens.SameLine(next))
        {
            var dayAt = next;
            if (Match(_lexicon.Articles, dayAt, out _, out var afterArticle) && _tokens.SameLine(afterArticle))
            {
                dayAt = afterArticle;
            }

            // "Dec, 2018", "October, 1st": a comma before the year or a day with a suffix.
            if (_tokens.IsSymbol(dayAt, ',') && _tokens.SameLine(dayAt + 1) && !_tokens.IsWord(dayAt + 1)
                && (_tokens.Digits(dayAt + 1) == 4 || (TryDayNumber(dayAt + 1, false, out _, out _, out var bareDay) && !bareDay)))
            {
                dayAt++;
            }

            // "Dec31", "mar3": digits glued to the month name are its day.
            if (TryDayNumber(dayAt, dayAt == next && _tokens.Glued(dayAt) && _tokens.IsNumber(dayAt), out var writtenDay, out var afterDay, out _)
                && writtenDay <= CalendarMath.MaxDaysInMonth(month))
            {
                day = writtenDay;
                next = afterDay;
                if (_tokens.IsSymbol(next, ',') && _tokens.SameLine(next + 1) && _tokens.Digits(next + 1) == 4)
                {
                    next++;
                }
                else if (Match(_lexicon.DayMonthJoiners, next, out _, out var afterOf) && _tokens.Digits(afterOf) == 4)
                {
                    next = afterOf;
                }
            }
        }

        int? year = null;
        if (SpacedOnLine(next) && TryYearToken(next, out var written, out _, out var end))
        {
            year = written;
            next = end;
        }
        else if (day is null && (IsGluedSymbol(next, '/') || IsGluedSymbol(next, '-')) && _tokens.Glued(next + 1) && _tokens.Digits(next + 1) == 4
            && TryYearToken(next + 1, out written, out _, out end, joined: true))
        {
            // "May/2019", "Dec-2018"
            year = written;
            next = end;
        }
        else if (day is null && _tokens.IsSymbol(next, ',') && SpacedOnLine(next + 1) && _tokens.Digits(next + 1) == 4 && TryYearToken(next + 1, out written, out _, out end))
        {
            // "Dec, 2018"
            year = written;
            next = end;
        }
        else if (SpacedOnLine(next) && Match(_lexicon.YearJoiners, next, out _, out var yearAt) && SpacedOnLine(yearAt)
            && TryYearToken(yearAt, out written, out _, out end))
        {
            // "28 june in 2020", "april in 2016".
            year = written;
            next = end;
        }
        else if (SpacedOnLine(next) && Match(_lexicon.YearJoiners, next, out _, out yearAt) && SpacedOnLine(yearAt)
            && _tokens.Digits(yearAt) == 2 && _tokens.TryNumber(yearAt, 2, out var shortYear) && shortYear > 31 && _tokens.FreeOnRight(yearAt)
            && !(_tokens.SameLine(yearAt + 1) && _tokens.IsWord(yearAt + 1) && !_tokens.Glued(yearAt + 1)))
        {
            // "April of 87": two digits that cannot be a day, at the end of the phrase.
            year = shortYear <= 50 ? 2000 + shortYear : 1900 + shortYear;
            next = yearAt + 1;
        }

        if (day is { } d && year is { } y && d > CalendarMath.DaysInMonth(y, month))
        {
            return false;
        }

        point = new DatePoint(year, month, day);
        return true;
    }

    /// <summary>"02-02-2020", "10-1-2018": a date of numbers joined by hyphens, in the slash order, with a year (without one it is a range of numbers).</summary>
    private Core? DashedDate(int index, LeadRole? role) =>
        TrySlashDay(index, out var point, out var next, out _, separator: '-') && point.Year is not null ? PointCore(point, next, role) : null;

    /// <summary>"29/2/2020", "2/29/2020", "am 29/2": a date with slashes in the language's order; without a year only after a preposition or before a range.</summary>
    private Core? SlashDate(int index, LeadRole? role)
    {
        if (!TrySlashDay(index, out var point, out var next, out var fractionLike))
        {
            return null;
        }

        // Without a year or a preposition only where no fraction is meant: the first number is the
        // larger ("29/2"; "2/3" is two thirds), or a second date follows ("10/1-11/2/2017").
        if (fractionLike && role is null)
        {
            return TryRange(point, next, role, out var range) ? range : null;
        }

        return PointCore(point, next, role);
    }

    /// <summary>A date with slashes as a point; <paramref name="fractionLike"/> when it has no year and could be a fraction ("2/3").</summary>
    /// <param name="separator">'/' everywhere; after a weekday also '-' or '.' ("Friday 7-6", "Friday 7.6").</param>
    internal bool TrySlashDay(int index, out DatePoint point, out int next, out bool fractionLike, bool joined = false, char separator = '/')
    {
        point = default;
        next = index;
        fractionLike = false;
        if (!(_lexicon.DayFirstSlashes || _lexicon.MonthFirstSlashes) || _tokens.Digits(index) > 2 || !IsGluedSymbol(index + 1, separator)
            || !(joined || _tokens.FreeOnLeft(index)) || !_tokens.Glued(index + 2) || _tokens.Digits(index + 2) is < 1 or > 2
            || !_tokens.TryNumber(index, 2, out var first) || !_tokens.TryNumber(index + 2, 2, out var second))
        {
            return false;
        }

        // A first number that cannot be a month is the day, whatever the language's order: "22/04", "29/03".
        var (day, month) = _lexicon.DayFirstSlashes || (first > 12 && second <= 12) ? (first, second) : (second, first);
        int? year = null;
        var end = index + 3;
        if (IsGluedSymbol(end, separator) && _tokens.Glued(end + 1) && _tokens.Digits(end + 1) is 2 or 4 && _tokens.TryNumber(end + 1, 4, out var written))
        {
            year = _tokens.Digits(end + 1) == 4 ? written : written <= 50 ? 2000 + written : 1900 + written;
            end += 2;
        }

        if (!_tokens.FreeOnRight(end - 1) && !(IsGluedSymbol(end, '-') && _tokens.IsNumber(end + 1)) || month is < 1 or > 12 || day < 1
            || day > (year is { } y ? CalendarMath.DaysInMonth(y, month) : CalendarMath.MaxDaysInMonth(month)))
        {
            return false;
        }

        fractionLike = year is null && first <= second;
        point = new DatePoint(year, month, day);
        next = end;
        return true;
    }

    /// <summary>
    /// A date of parts joined by one kind of hyphen or slash, with a month name or a year and a
    /// month number: "Sep-23-2020", "2020/Sep/23", "05-Aug-2016", "Oct/2", "Dec-2018", "2015-3", "12-2015".
    /// </summary>
    private Core? DelimitedDate(int index, LeadRole? role)
    {
        if (!(joinedNext(index) is var separator && separator is '-' or '/') || !(_tokens.IsNumber(index) ? _tokens.FreeOnLeft(index) : _tokens.IsWord(index)))
        {
            return null;
        }

        int? year = null, month = null, day = null;
        var numbers = 0;
        var part = index;
        var parts = 0;
        while (true)
        {
            if (_tokens.IsWord(part))
            {
                // "Sep." matches the month with its period; the period ends the date.
                if (month is not null || !Match(_lexicon.Months, part, out var named, out var afterName)
                    || !(afterName == part + 1 || (afterName == part + 2 && parts == 2)))
                {
                    return null;
                }

                month = named;
            }
            else if (_tokens.Digits(part) == 4 && year is null && _tokens.TryNumber(part, 4, out var written))
            {
                year = written;
            }
            else if (_tokens.Digits(part) is 1 or 2 && numbers < 1 && _tokens.TryNumber(part, 2, out var small))
            {
                numbers++;
                day = small;
            }
            else
            {
                return null;
            }

            parts++;
            if (parts == 3 || joinedNext(part) != separator || !(_tokens.IsWord(part + 2) || _tokens.IsNumber(part + 2)))
            {
                break;
            }

            part += 2;
        }

        var next = part + 1;
        if (parts < 2 || (_tokens.Glued(next) && (_tokens.IsWord(next) || _tokens.IsNumber(next) || (IsGluedSymbol(next, separator) && _tokens.Glued(next + 1) && !_tokens.IsSymbol(next + 1, separator)))))
        {
            return null;
        }

        if (month is null)
        {
            // "2015-3", "12-2015": a year and a month number.
            if (parts != 2 || year is null || day is not { } number || number is < 1 or > 12)
            {
                return null;
            }

            month = number;
            day = null;
        }
        else if (parts == 2 && year is not null && day is not null)
        {
            return null;
        }

        if (day is { } d && (d < 1 || d > (year is { } y ? CalendarMath.DaysInMonth(y, month.Value) : CalendarMath.MaxDaysInMonth(month.Value))))
        {
            return null;
        }

        if (year is { } written4 && !CalendarMath.IsYear(written4))
        {
            return null;
        }

        return PointCore(new DatePoint(year, month, day), next, role);

        char joinedNext(int at) => IsGluedSymbol(at + 1, '-') ? '-' : IsGluedSymbol(at + 1, '/') ? '/' : '\0';
    }

    /// <summary>The date after a weekday: "Dienstag, 15. Oktober 2024", "So 27.02.2022", "Tuesday March 7", "Friday 7/6", "Donnerstag 7. vierter".</summary>
    private bool TryDayAfterWeekday(int index, out DatePoint point, out int next) =>
        TryNamedDay(index, out point, out next) || TryNumericDay(index, out point, out next) || TryMonthDay(index, out point, out next)
        || TrySlashDay(index, out point, out next, out _) || TryOrdinalMonthDay(index, out point, out next)
        || TrySlashDay(index, out point, out next, out _, separator: '-') || TrySlashDay(index, out point, out next, out _, separator: '.');

    /// <summary>
    /// A day and a month both as ordinals: "7. 4.", "siebter 4.", "7. vierter", "den siebten vierten",
    /// with an optional year. Only after a preposition or a weekday.
    /// </summary>
    private bool TryOrdinalMonthDay(int index, out DatePoint point, out int next)
    {
        point = default;
        next = index;
        if (!TryDayNumber(index, false, out var day, out var monthAt, out var bare) || bare || !SpacedOnLine(monthAt))
        {
            return false;
        }

        int month;
        if (_tokens.TryNumber(monthAt, 2, out month) && IsGluedSymbol(monthAt + 1, '.') && !(_tokens.Glued(monthAt + 2) && _tokens.IsNumber(monthAt + 2)))
        {
            next = monthAt + 2;
        }
        else if (_tokens.IsWord(monthAt) && _lexicon.NumberWords is { } reader && reader.TryReadWord(_tokens.TextOf(monthAt), out var word)
            && word.Kind == Lexicon.NumberWordKind.Ordinal && word.Value == Math.Floor(word.Value))
        {
            month = (int)word.Value;
            next = monthAt + 1;
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day > CalendarMath.MaxDaysInMonth(month))
        {
            return false;
        }

        int? year = null;
        if (SpacedOnLine(next) && TryYearToken(next, out var written, out _, out var afterYear))
        {
            if (day > CalendarMath.DaysInMonth(written, month))
            {
                return false;
            }

            year = written;
            next = afterYear;
        }

        point = new DatePoint(year, month, day);
        return true;
    }

    /// <summary>A month name with a day after it, where the language writes it so: "Dec 19 2015", "May 2nd 2018".</summary>
    private bool TryMonthDay(int index, out DatePoint point, out int next) =>
        TryMonthPoint(index, out point, out next) && point.Day is not null;

    /// <summary>
    /// A four-digit number from 1900 to 2100 that stands on its own, optionally with a second
    /// year after a slash ("2024/25", the following year).
    /// </summary>
    /// <param name="joined">The number follows a range hyphen ("2022-2024"), so it need not stand free on the left.</param>
    internal bool TryYearToken(int index, out int year, out int? second, out int next, bool joined = false)
    {
        year = 0;
        second = null;
        next = index;
        if (_tokens.IsWord(index))
        {
            return TryYearWords(index, out year, out next);
        }

        if (_tokens.Digits(index) != 4 || !_tokens.TryNumber(index, 4, out year) || year is < FirstYear or > LastYear ||
            !(joined || _tokens.FreeOnLeft(index)))
        {
            return false;
        }

        if (IsGluedSymbol(index + 1, '/') && _tokens.Glued(index + 2) && _tokens.Digits(index + 2) is 2 or 4)
        {
            _tokens.TryNumber(index + 2, 4, out var written);
            var following = _tokens.Digits(index + 2) == 2 ? (year / 100 * 100) + written : written;
            if (following != year + 1 || !_tokens.FreeOnRight(index + 2))
            {
                return false;
            }

            second = following;
            next = index + 3;
            return true;
        }

        // A glued year range "2022-2024" (or "2014-Dec 19 2015") is read by the range connector.
        var rangeFollows = IsGluedSymbol(index + 1, '-') && _tokens.Glued(index + 2)
            && (_tokens.Digits(index + 2) == 4 || (_tokens.IsWord(index + 2) && Contains(_lexicon.Months, index + 2)));
        if (!rangeFollows && !_tokens.FreeOnRight(index))
        {
            return false;
        }

        next = index + 1;
        return true;
    }

    /// <summary>
    /// A year in words: "nineteen eighty six", "nineteen hundred ninety three", "seventeen hundred
    /// thirty three", "two thousand", "two thousand and fifteen", "twenty twenty". Two words at least.
    /// </summary>
    private bool TryYearWords(int index, out int year, out int next)
    {
        year = 0;
        next = index;
        if (_lexicon.NumberWords is not { } reader || !TryTwoDigitWords(index, out var high, out var after) || !SpacedOnLine(after) || !_tokens.IsWord(after))
        {
            return false;
        }

        var low = 0;
        if (reader.TryReadWord(_tokens.TextOf(after), out var scale) && scale.Kind is Lexicon.NumberWordKind.Magnitude or Lexicon.NumberWordKind.Multiplier)
        {
            // "two thousand [and fifteen]", "nineteen hundred [and] ninety three"
            var thousands = scale.Value == 1000 && high is 1 or 2;
            if (!thousands && !(scale.Value == 100 && high is >= 10 and <= 29))
            {
                return false;
            }

            year = (int)(high * scale.Value);
            next = after + 1;
            var lowAt = next;
            if (SpacedOnLine(lowAt) && Match(_lexicon.RangeConnectors, lowAt, out var isList, out var afterAnd) && isList)
            {
                lowAt = afterAnd;
            }

            if (SpacedOnLine(lowAt) && TryTwoDigitWords(lowAt, out low, out var afterLow))
            {
                next = afterLow;
            }
        }
        else if (high is >= 10 and <= 29 && TryTwoDigitWords(after, out low, out var afterLow) && low >= 10)
        {
            // "nineteen eighty six", "twenty twenty"
            year = high * 100;
            next = afterLow;
        }
        else
        {
            return false;
        }

        year += low;
        return year is >= 1000 and <= 2999;
    }

    /// <summary>A year or a range of points that may follow a resolved point.</summary>
    private Core? PointCore(DatePoint point, int next, LeadRole? role)
    {
        if (TryRange(point, next, role, out var range))
        {
            return range;
        }

        var kind = point.Precision == DatePrecision.Year ? TimeMentionKind.Year : TimeMentionKind.Date;
        var form = point.Year is null ? DateForm.NoYear : DateForm.Fixed;
        if (point.TryResolve(_reference, out var date))
        {
            return Core.Point(next, kind, date) with { Form = form };
        }

        // A written year that does not fit (29 February of a common year) is no date at all.
        return point.Year is null ? Core.Unresolved(next, kind) with { Form = form } : null;
    }

    /// <summary>"Januar bis März 2024", "im Januar und Februar", "2022-2024", "vom 1. März bis 3. April".</summary>
    private bool TryRange(DatePoint first, int next, LeadRole? role, out Core range)
    {
        range = default;
        if (!_tokens.SameLine(next) || !Match(_lexicon.RangeConnectors, next, out var list, out var start) ||
            !_tokens.SameLine(start))
        {
            return false;
        }

        if (Match(_lexicon.Articles, start, out _, out var afterArticle) && _tokens.SameLine(afterArticle))
        {
            start = afterArticle;
        }

        var joined = _tokens.IsSymbol(start - 1, '-') && _tokens.Glued(start);
        if (UntilToday(first, start) is { } untilToday)
        {
            range = untilToday;
            return true;
        }

        DatePoint last;
        int end;
        switch (first.Precision)
        {
            case DatePrecision.Year:
                if (!TryYearToken(start, out var year, out var slash, out end, joined) || slash is not null)
                {
                    return false;
                }

                last = new DatePoint(year, null, null);
                break;
            case DatePrecision.Month:
                if (!TryMonthPoint(start, out last, out end))
                {
                    return false;
                }

                break;
            default:
                if (!TryNamedDay(start, out last, out end, joined) && !TryNumericDay(start, out last, out end, joined)
                    && !TrySlashDay(start, out last, out end, out _, joined) && !TryMonthDay(start, out last, out end)
                    && !(TrySlashDay(start, out last, out end, out _, joined, '-') && last.Year is not null))
                {
                    // "April 9th through 17th", "November 18-19": a second day of the first one's month.
                    if (!TryDayNumber(start, joined, out var lastDay, out end, out _) || lastDay <= first.Day
                        || (_tokens.SameLine(end) && _tokens.IsWord(end) && !_tokens.Glued(end) && Contains(_lexicon.Months, end)))
                    {
                        return false;
                    }

                    last = first with { Day = lastDay };
                }

                break;
        }

        // "und" lists dates unless "zwischen" opened a range, the first point takes its year
        // from the second, or the years follow each other.
        if (list && role != LeadRole.Range && first.Year is not null &&
            !(first.Precision == DatePrecision.Year && last.Year == first.Year + 1))
        {
            return false;
        }

        if (RangeCore(first, last, end) is not { } found)
        {
            return false;
        }

        range = found;
        return true;
    }

    /// <summary>"between Jan 2019 and today", "from 2019-aug-01 to today": a period from a point to a day named from the reference date.</summary>
    private Core? UntilToday(DatePoint first, int index)
    {
        if (!_tokens.IsWord(index) || !first.TryResolve(_reference, out var from)
            || (KindsAt(index) & (WordKinds.Deictic | WordKinds.Now)) == 0
            || (DeicticDay(index) ?? NowCore(index)) is not { Start: { } day } until || Compare(from, day) > 0)
        {
            return null;
        }

        return new Core(until.Next, TimeMentionKind.Period, from, day) { BetweenPoints = true };
    }

    /// <summary>
    /// A period between two points of the same precision. A missing year is taken from the other
    /// point (a year earlier or later where the months run over a new year), or from the
    /// reference date for the first point.
    /// </summary>
    private Core? RangeCore(DatePoint first, DatePoint last, int next)
    {
        // "5/1-5/7, 2020": a year after the range is both points'.
        if (first.Year is null && last.Year is null && first.Precision == DatePrecision.Day && _tokens.IsSymbol(next, ',') && SpacedOnLine(next + 1)
            && _tokens.Digits(next + 1) == 4 && TryYearToken(next + 1, out var shared, out var second, out var afterYear) && second is null)
        {
            first = first.WithYear(shared);
            last = last.WithYear(shared);
            next = afterYear;
        }

        if (first.Precision == DatePrecision.Year)
        {
            return last.Year >= first.Year
                ? new Core(next, TimeMentionKind.Period, new PartialDate(first.Year!.Value), new PartialDate(last.Year!.Value)) { BetweenPoints = true }
                : null;
        }

        if (first.Year is null && last.Year is { } lastYear)
        {
            first = first.WithYear(first.DayOfYearKey > last.DayOfYearKey ? lastYear - 1 : lastYear);
        }
        else if (first.Year is { } firstYear && last.Year is null)
        {
            last = last.WithYear(last.DayOfYearKey < first.DayOfYearKey ? firstYear + 1 : firstYear);
        }
        else if (first.Year is null)
        {
            if (!first.TryResolve(_reference, out var resolved))
            {
                return Core.Unresolved(next, TimeMentionKind.Period);
            }

            first = first.WithYear(resolved.Year);
            last = last.WithYear(last.DayOfYearKey < first.DayOfYearKey ? resolved.Year + 1 : resolved.Year);
        }

        if (!first.TryResolve(null, out var start) || !last.TryResolve(null, out var end) || Compare(start, end) > 0)
        {
            return null;
        }

        return new Core(next, TimeMentionKind.Period, start, end) { BetweenPoints = true };
    }

    private static int Compare(PartialDate a, PartialDate b) =>
        (a.Year, a.Month ?? 0, a.Day ?? 0).CompareTo((b.Year, b.Month ?? 0, b.Day ?? 0));

    /// <summary>
    /// What follows a four-digit number makes it a count rather than a year: a noun ("2000
    /// Soldaten"), a unit ("2000 km"), or "bis"/"und" before another number ("2000 bis 3000").
    /// </summary>
    private bool LooksLikeCount(int next)
    {
        if (!_tokens.SameLine(next))
        {
            return false;
        }

        if (Match(_lexicon.NotYearAfter, next, out _, out var after))
        {
            var conjunction = Contains(_lexicon.RangeConnectors, next) || Contains(_lexicon.UnitConnectors, next);
            if (!conjunction)
            {
                return true;
            }

            // "2000 and 3000 soldiers" counts; "in 2007 and 2009" lists years: a second year that nothing counted follows.
            return _tokens.IsNumber(after) && _tokens.SameLine(after)
                && !(TryYearToken(after, out _, out _, out var afterSecond) && !(_tokens.SameLine(afterSecond) && (Contains(_lexicon.NotYearAfter, afterSecond) || _tokens.IsCapitalized(afterSecond))));
        }

        return _tokens.IsCapitalized(next) && !_tokens.Glued(next);
    }

    /// <summary>A year without a preposition stands at the start of a line or sentence, or after "(", ",", ";", ":".</summary>
    private bool LeftAllowsBareYear(int index)
    {
        if (!_tokens.SameLine(index) || !_tokens.Has(index - 1))
        {
            return true;
        }

        var before = index - 1;
        if (_tokens.IsSymbol(before, '(') || _tokens.IsSymbol(before, ',') || _tokens.IsSymbol(before, ';') || _tokens.IsSymbol(before, ':'))
        {
            return true;
        }

        return !_tokens.Glued(index) && (_tokens.IsSymbol(before, '.') || _tokens.IsSymbol(before, '!') || _tokens.IsSymbol(before, '?'));
    }
}
