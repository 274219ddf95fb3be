namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// Expressions resolved against the reference date: relative units ("in den vergangenen
/// Wochen"), named days ("gestern"), weekdays, seasons, named points and parts of a year.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>
    /// "Allerheiligen", "Pfingsten 2022", "Heilige Drei Könige im Jahr 2020", "Christmas": a named
    /// day; without a year the most recent one not after the reference date.
    /// </summary>
    private Core? HolidayCore(int index)
    {
        if (!Match(_lexicon.Holidays, index, out var holiday, out var next))
        {
            return null;
        }

        int? year = null;
        var yearAt = next;
        if (SpacedOnLine(yearAt) && Match(_lexicon.Prepositions, yearAt, out _, out var afterPreposition))
        {
            if (Match(_lexicon.Articles, afterPreposition, out _, out var afterArticle))
            {
                afterPreposition = afterArticle;
            }

            if (Match(_lexicon.YearNouns, afterPreposition, out _, out var afterNoun))
            {
                yearAt = afterNoun;
            }
            else
            {
                yearAt = afterPreposition;
            }
        }

        if (SpacedOnLine(yearAt) && TryYearToken(yearAt, out var written, out _, out var afterYear))
        {
            year = written;
            next = afterYear;
        }
        else if (SpacedOnLine(yearAt) && _reference is { } now && Match(_lexicon.Directions, yearAt, out var direction, out var afterDirection)
            && Match(_lexicon.YearNouns, afterDirection, out _, out var afterYearNoun) && CalendarMath.IsYear(now.Year + direction))
        {
            // "Augsburger Friedensfest letzten Jahres", "independence day of this year".
            year = now.Year + direction;
            next = afterYearNoun;
        }

        if (year is { } y)
        {
            return HolidayWeekend(holiday.In(y), next) ?? Core.Point(next, TimeMentionKind.Date, PartialDate.From(holiday.In(y), DatePrecision.Day));
        }

        if (_reference is not { } today || today.Year <= 1)
        {
            return Core.Unresolved(next, TimeMentionKind.Date);
        }

        var date = holiday.In(today.Year);
        if (date > today)
        {
            date = holiday.In(today.Year - 1);
        }

        return HolidayWeekend(date, next) ?? Core.Point(next, TimeMentionKind.Date, PartialDate.From(date, DatePrecision.Day)) with { Form = DateForm.NoYear };
    }

    /// <summary>"Labor Day weekend", "halloween weekend 2021": the weekend of a named day, when a weekend word follows it.</summary>
    private Core? HolidayWeekend(DateOnly day, int next)
    {
        if (!SpacedOnLine(next) || !Match(_lexicon.WeekParts, next, out var days, out var end) || days.FirstDay != 6)
        {
            return null;
        }

        if (SpacedOnLine(end) && TryYearToken(end, out var year, out _, out var afterYear) && year == day.Year)
        {
            end = afterYear;
        }

        return WeekendAround(day, end);
    }

    /// <summary>
    /// The weekend a named day belongs to, with the day: a Monday or Tuesday ends the weekend before
    /// it (Saturday to Labor Day), a day from Wednesday on begins the one after it (Thanksgiving to Sunday).
    /// </summary>
    private static Core? WeekendAround(DateOnly day, int next)
    {
        var weekday = CalendarMath.IsoDay(day);
        var (first, last) = weekday <= 2 ? (-(weekday + 1), 0) : (weekday == 7 ? -1 : 0, 7 - weekday);
        return CalendarMath.TryAddDays(day, first, out var from) && CalendarMath.TryAddDays(day, last, out var to)
            ? new Core(next, TimeMentionKind.Period, PartialDate.From(from, DatePrecision.Day), PartialDate.From(to, DatePrecision.Day)) { TakesArticle = true }
            : null;
    }

    /// <summary>"jetzt", "right now", "at the moment": the moment of speaking.</summary>
    private Core? NowCore(int index) =>
        Match(_lexicon.Now, index, out _, out var next)
            ? _reference is { } today ? Core.Point(next, TimeMentionKind.Now, PartialDate.From(today, DatePrecision.Day)) : Core.Unresolved(next, TimeMentionKind.Now)
            : null;

    /// <summary>"Wochenende", "unter der Woche", "the weekend": those days of the reference date's week; "the weekend of Thanksgiving 2023".</summary>
    private Core? WeekPartCore(int index)
    {
        if (!Match(_lexicon.WeekParts, index, out var days, out var next))
        {
            return null;
        }

        if (days.FirstDay == 6 && SpacedOnLine(next) && Match(_lexicon.DayMonthJoiners, next, out _, out var holidayAt) && SpacedOnLine(holidayAt)
            && HolidayCore(holidayAt) is { Start: { Month: { } month, Day: { } day } start } holiday)
        {
            return WeekendAround(new DateOnly(start.Year, month, day), holiday.Next);
        }

        return DaysOfWeek(days, 0, next);
    }

    /// <summary>Days of the week <paramref name="offset"/> weeks from the reference date's.</summary>
    private Core DaysOfWeek(WeekPart days, int offset, int next)
    {
        if (_reference is { } today
            && CalendarMath.TryAddDays(today, (7L * offset) - CalendarMath.IsoDay(today) + days.FirstDay, out var first)
            && CalendarMath.TryAddDays(first, days.LastDay - days.FirstDay, out var last))
        {
            return new Core(next, TimeMentionKind.Period, PartialDate.From(first, DatePrecision.Day), PartialDate.From(last, DatePrecision.Day));
        }

        return Core.Unresolved(next, TimeMentionKind.Period);
    }

    /// <summary>"gestern", "heute", "vorgestern".</summary>
    private Core? DeicticDay(int index)
    {
        if (!Match(_lexicon.DeicticDays, index, out var offset, out var next))
        {
            return null;
        }

        // "tomorrow, 13/04/21": a date written after the day is the day meant.
        if (_tokens.IsSymbol(next, ',') && SpacedOnLine(next + 1) && TryDayAfterWeekday(next + 1, out var written, out var afterWritten)
            && PointCore(written, afterWritten, LeadRole.At) is { Kind: TimeMentionKind.Date, Start.Day: not null } apposition)
        {
            return apposition;
        }

        return _reference is { } today && CalendarMath.TryAddDays(today, offset, out var day)
            ? Core.Point(next, TimeMentionKind.Date, PartialDate.From(day, DatePrecision.Day))
            : Core.Unresolved(next, TimeMentionKind.Date);
    }

    /// <summary>"im Vorjahr", "im Vormonat".</summary>
    private Core? RelativeNounCore(int index) =>
        Match(_lexicon.RelativeNouns, index, out var noun, out var next)
            ? CalendarUnit(noun.Unit, noun.Offset, next)
            : null;

    /// <summary>
    /// A direction word and what it points at: a count of units ("vergangenen zwei Wochen"), a
    /// plural unit ("vergangenen Wochen"), a singular unit ("vergangene Woche"), a season, a
    /// month or a weekday ("kommenden Samstag").
    /// </summary>
    private Core? DirectionCore(int index)
    {
        if (!Match(_lexicon.Directions, index, out var direction, out var next) || !SpacedOnLine(next))
        {
            return null;
        }

        if (TryCount(next, out var count, out var afterCount) && SpacedOnLine(afterCount) &&
            Match(_lexicon.Units, afterCount, out var countedUnit, out var end))
        {
            return (direction < 0 && count.Kind == CountKind.Exact ? CountedOf(true, count.Value, countedUnit.Info.Unit, end) : null)
                ?? Span(direction, count, countedUnit.Info, end);
        }

        if (Match(_lexicon.Units, next, out var unit, out end))
        {
            if (direction < 0 && WeekOf(next, -1) is { } lastWeek)
            {
                return lastWeek;
            }

            if (!unit.Plural)
            {
                // "next week Mon", "next week on Tuesday", "previous week - Monday": that day of the week.
                return unit.Info.Unit == DateUnit.Week && WeekdayAfter(end, out var day, out var afterDay)
                    ? WeekdayOfWeek(day, direction, afterDay)
                    : CalendarUnit(unit.Info.Unit, direction, end);
            }

            // "in den kommenden Tagen und Wochen": the longer unit sets the span.
            var info = unit.Info;
            if (SpacedOnLine(end) && Match(_lexicon.UnitConnectors, end, out _, out var afterConnector) &&
                SpacedOnLine(afterConnector) && Match(_lexicon.Units, afterConnector, out var second, out var afterSecond) &&
                second.Plural)
            {
                end = afterSecond;
                if (second.Info.Unit > info.Unit)
                {
                    info = second.Info;
                }
            }

            return Span(direction, new Count(info.Vague, CountKind.None), info, end);
        }

        if (Match(_lexicon.Seasons, next, out var season, out end))
        {
            return SeasonByDirection(season, end, direction);
        }

        if (Match(_lexicon.Months, next, out var month, out end))
        {
            var range = new MonthRange(month, month);
            if (_reference is not { } today ||
                !CalendarMath.TryMonth(range.FirstIndex(CalendarMath.AnchorByDirection(range, today, direction)), out var resolved))
            {
                return Core.Unresolved(end, TimeMentionKind.Date);
            }

            return Core.Point(end, TimeMentionKind.Date, resolved);
        }

        if (TryWeekdayWord(next, out var weekday, out end))
        {
            // "next Monday", "letzten Freitag": that day of the next or last week; "kommenden Montag",
            // "this past Wednesday": the nearest one.
            // "this friday 5/12": a date written after the weekday is the day meant, in the reference year when it names none.
            if (DateAfterWeekday(weekday, end, null) is { Start: { Month: { } writtenMonth, Day: { } writtenDay } writtenDate } written)
            {
                return written.Form == DateForm.NoYear && _reference is { } now && now.Year != writtenDate.Year
                    && writtenDay <= CalendarMath.DaysInMonth(now.Year, writtenMonth)
                    ? Core.Point(written.Next, TimeMentionKind.Date, new PartialDate(now.Year, writtenMonth, writtenDay)) with { Form = DateForm.NoYear }
                    : written;
            }

            var nearest = Contains(_lexicon.NearDirections, index);
            return nearest || direction == 0 ? Weekday(weekday, direction, end) : WeekdayOfWeek(weekday, direction, end);
        }

        // "this 5/12", "next 6th of April": a day written without a year, in the year the direction names.
        if ((_tokens.IsNumber(next) || MayBeNumberWordAt(next))
            && (TrySlashDay(next, out var point, out end, out _) || TryNamedDay(next, out point, out end)) && point.Year is null
            && point is { Month: { } pointMonth, Day: { } pointDay })
        {
            if (_reference is not { } now)
            {
                return Core.Unresolved(end, TimeMentionKind.Date);
            }

            var year = now.Year + direction;
            return CalendarMath.IsYear(year) && pointDay <= CalendarMath.DaysInMonth(year, pointMonth)
                ? Core.Point(end, TimeMentionKind.Date, new PartialDate(year, pointMonth, pointDay))
                : null;
        }

        if (Match(_lexicon.Holidays, next, out var holiday, out end))
        {
            // "last easter", "next new year day": the one before or after the reference date, or this year's.
            if (_reference is not { } now || now.Year is <= 1 or >= CalendarMath.MaxYear)
            {
                return Core.Unresolved(end, TimeMentionKind.Date);
            }

            var day = holiday.In(now.Year);
            if (direction < 0 && day >= now)
            {
                day = holiday.In(now.Year - 1);
            }
            else if (direction > 0 && day <= now)
            {
                day = holiday.In(now.Year + 1);
            }

            return Core.Point(end, TimeMentionKind.Date, PartialDate.From(day, DatePrecision.Day));
        }

        if (Match(_lexicon.WeekParts, next, out var days, out end))
        {
            // "kommendes Wochenende": the nearest one still ahead (this week's if it has not begun).
            if (Contains(_lexicon.NearDirections, index) && _reference is { } today)
            {
                var day = CalendarMath.IsoDay(today);
                direction = direction > 0 ? (day < days.FirstDay ? 0 : 1) : (day > days.LastDay ? 0 : -1);
            }

            return DaysOfWeek(days, direction, end);
        }

        return null;
    }

    /// <summary>"im Frühjahr", "Sommer 2024", "Winter 2023/24"; without a year only after a preposition.</summary>
    private Core? SeasonCore(int index, bool context)
    {
        if (!Match(_lexicon.Seasons, index, out var season, out var next))
        {
            return null;
        }

        if (SpacedOnLine(next) && TryYearToken(next, out var year, out _, out var end))
        {
            return MonthRangeCore(season, end, year, CurrentYear);
        }

        // "the 1st quarter of 2013", "the first quarter of the year"
        if (SpacedOnLine(next) && Match(_lexicon.WeekOfJoiners, next, out _, out var anchorAt) && SpacedOnLine(anchorAt))
        {
            switch (AnchorPeriod(anchorAt, out var first, out var last, out end))
            {
                case true when first.Month == 1 && last.Month == 12:
                    return MonthRangeCore(season, end, first.Year, CurrentYear) with { TakesArticle = true };
                case false:
                    return Core.Unresolved(end, TimeMentionKind.Period) with { TakesArticle = true };
            }
        }

        // "q1-2019"
        if (IsGluedSymbol(next, '-') && _tokens.Glued(next + 1) && TryYearToken(next + 1, out year, out _, out end, joined: true))
        {
            return MonthRangeCore(season, end, year, CurrentYear);
        }

        return context ? PastSeason(season, next) : null;
    }

    // The lambdas live in methods of their own: a lambda that captures a local makes the compiler
    // allocate the captured state on entry to the scope that declares it, for every word scanned.
    private Core SeasonByDirection(MonthRange season, int next, int direction) =>
        MonthRangeCore(season, next, null, reference => CalendarMath.AnchorByDirection(season, reference, direction));

    private Core PastSeason(MonthRange season, int next) =>
        MonthRangeCore(season, next, null, reference => CalendarMath.AnchorPast(season, reference));

    private Core YearPointByResolution(YearPoint point, int next) =>
        MonthRangeCore(point.Months, next, null, reference => point.Resolve switch
        {
            YearResolution.Current => reference.Year,
            YearResolution.Nearest => CalendarMath.AnchorNearest(point.Months, reference),
            _ => CalendarMath.AnchorPast(point.Months, reference),
        });

    /// <summary>"Jahresbeginn", "Jahreswechsel 2025", "Jahreswechsel 2024/25".</summary>
    private Core? YearPointCore(int index)
    {
        if (!Match(_lexicon.YearPoints, index, out var point, out var next))
        {
            return null;
        }

        if (SpacedOnLine(next) && TryYearToken(next, out var year, out var second, out var end))
        {
            // With two years the range covers both: the turn of the year ends in the second.
            var anchor = second is { } following && point.Months.First < 1 ? following : year;
            return MonthRangeCore(point.Months, end, anchor, CurrentYear);
        }

        return YearPointByResolution(point, next);
    }

    /// <summary>
    /// "Ende Oktober", "Anfang 2025", "Mitte des Monats", "Ende letzten Jahres": days of a month or
    /// months of a year.
    /// </summary>
    private Core? PartCore(int index)
    {
        if (!Match(_lexicon.Parts, index, out var part, out var next) || !SpacedOnLine(next))
        {
            return null;
        }

        var withArticle = false;
        if (Match(_lexicon.Articles, next, out _, out var afterArticle) && SpacedOnLine(afterArticle))
        {
            next = afterArticle;
            withArticle = true;
        }

        if (part.FirstDay > 15 && EndOfDay(next) is { } endOfDay)
        {
            return endOfDay;
        }

        if (TryMonthPoint(next, out var month, out var end))
        {
            var form = month.Year is null ? DateForm.NoYear : DateForm.Fixed;
            return month.TryResolve(_reference, out var resolved)
                ? PartOfMonth(part, resolved.Year, resolved.Month ?? 1, end) is { } days ? days with { Whole = resolved, Form = form } : null
                : month.Year is null ? Core.Unresolved(end, TimeMentionKind.Period) with { Form = form } : null;
        }

        if (TryYearToken(next, out var year, out _, out end))
        {
            return PartOfYear(part, year, end) is { } months ? months with { Whole = new PartialDate(year) } : null;
        }

        var direction = 0;
        var unitAt = next;
        if (Match(_lexicon.Directions, next, out var written, out var afterDirection) && SpacedOnLine(afterDirection))
        {
            direction = written;
            unitAt = afterDirection;
        }
        else if (!withArticle)
        {
            return null;
        }

        if (!Match(_lexicon.Units, unitAt, out var unit, out end) || unit.Plural ||
            !(unit.Info.Unit is DateUnit.Month or DateUnit.Year || (unit.Info.Unit == DateUnit.Week && part.FirstWeekday > 0)))
        {
            return null;
        }

        if (_reference is not { } today)
        {
            return Core.Unresolved(end, TimeMentionKind.Period);
        }

        // "later this week", "earlier previous week": days of the week.
        if (unit.Info.Unit == DateUnit.Week)
        {
            return CalendarMath.TryAddDays(today, (7L * direction) - CalendarMath.IsoDay(today) + part.FirstWeekday, out var firstDay)
                && CalendarMath.TryAddDays(firstDay, part.LastWeekday - part.FirstWeekday, out var lastDay)
                ? new Core(end, TimeMentionKind.Period, PartialDate.From(firstDay, DatePrecision.Day), PartialDate.From(lastDay, DatePrecision.Day))
                : null;
        }

        if (unit.Info.Unit == DateUnit.Year)
        {
            return PartOfYear(part, today.Year + direction, end) is { } months ? months with { Whole = new PartialDate(today.Year + direction) } : null;
        }

        return CalendarMath.TryAddMonths(today, direction, out var monthDate) && PartOfMonth(part, monthDate.Year, monthDate.Month, end) is { } partDays
            ? partDays with { Whole = new PartialDate(monthDate.Year, monthDate.Month) }
            : null;
    }

    /// <summary>"end of tomorrow", "end of the sunday", "end of (the) day": the last second of a day.</summary>
    private Core? EndOfDay(int index)
    {
        Core? day = null;
        if ((KindsAt(index) & WordKinds.Deictic) != 0)
        {
            day = DeicticDay(index);
        }
        else if (TryWeekdayWord(index, out var weekday, out var afterWeekday))
        {
            day = Weekday(weekday, -1, afterWeekday) with { Form = DateForm.Weekday };
        }
        else if (Match(_lexicon.Units, index, out var unit, out var afterUnit) && !unit.Plural && unit.Info.Unit == DateUnit.Day)
        {
            day = _reference is { } today ? Core.Point(afterUnit, TimeMentionKind.Date, PartialDate.From(today, DatePrecision.Day)) : Core.Unresolved(afterUnit, TimeMentionKind.Date);
        }

        return day is { Kind: TimeMentionKind.Date } found ? found with { Time = new ClockTime(new TimeOnly(23, 59, 59), ClockPrecision.Second) } : null;
    }

    /// <summary>"am Samstag", "Samstagabend", "Dienstag, 15. Oktober 2024".</summary>
    private Core? WeekdayCore(int index, LeadRole? role)
    {
        if (!TryWeekdayWord(index, out var weekday, out var next))
        {
            return null;
        }

        if (DateAfterWeekday(weekday, next, role) is { } date)
        {
            return date;
        }

        if (WeekdayOfNamedWeek(weekday, next) is { } ofWeek)
        {
            return ofWeek;
        }

        if (WeekdayOfCountedDay(weekday, next) is { } counted)
        {
            return counted;
        }

        // Alone only after a preposition ("am Samstag") or with a time of day ("dienstag 11:00 uhr").
        return role is not null || TryClockAfter(next, out _, out _) ? Weekday(weekday, -1, next) with { Form = DateForm.Weekday } : null;
    }

    /// <summary>
    /// The date written after a weekday, which fixes the day: "Dienstag, 15. Oktober 2024", "Friday
    /// 7-6", "Friday-Jun-15", "friday (jun-15)", "this friday 5/12", "Mon 13th".
    /// </summary>
    private Core? DateAfterWeekday(int weekday, int next, LeadRole? role)
    {
        var dateAt = next;
        var closing = false;
        if (_tokens.SameLine(dateAt) && (_tokens.IsSymbol(dateAt, ',') || IsGluedSymbol(dateAt, '-')))
        {
            dateAt++;
        }
        else if (_tokens.SameLine(dateAt) && _tokens.IsSymbol(dateAt, '('))
        {
            dateAt++;
            closing = true;
        }

        if (Match(_lexicon.Articles, dateAt, out _, out var afterArticle))
        {
            dateAt = afterArticle;
        }

        if (!_tokens.SameLine(dateAt))
        {
            return null;
        }

        Core? date = null;
        if (TryDayAfterWeekday(dateAt, out var point, out var end))
        {
            date = PointCore(point, end, role);
        }
        else if (DelimitedDate(dateAt, role) is { } delimited)
        {
            date = delimited;
        }
        else if (!closing)
        {
            return WeekdayDayOfMonth(weekday, dateAt);
        }

        if (date is { } found && closing)
        {
            return _tokens.IsSymbol(found.Next, ')') ? found with { Next = found.Next + 1 } : null;
        }

        return date;
    }

    /// <summary>
    /// "Friday 31", "Mon 13th", "tuesday the eleventh": a weekday and a day of the month without
    /// the month. The month is the reference date's if the day falls on that weekday there, else
    /// the latest month before it where it does. A bare number needs nothing but punctuation or a
    /// time of day after it ("Friday 7 people" is no date).
    /// </summary>
    private Core? WeekdayDayOfMonth(int weekday, int dayAt)
    {
        if ((_tokens.IsNumber(dayAt) && TryClock(dayAt, true, false, out _, out _)) || !TryDayNumber(dayAt, false, out var day, out var next, out var bare)
            || (bare && _tokens.SameLine(next) && (_tokens.IsNumber(next) || (_tokens.IsWord(next) && !Contains(_lexicon.ClockLeads, next)))))
        {
            return null;
        }

        if (_reference is not { } today)
        {
            return Core.Unresolved(next, TimeMentionKind.Date);
        }

        for (var back = 0; back < 28; back++)
        {
            if (CalendarMath.TryAddMonths(today, -back, out var month) && day <= CalendarMath.DaysInMonth(month.Year, month.Month)
                && CalendarMath.IsoDay(new DateOnly(month.Year, month.Month, day)) == weekday)
            {
                return Core.Point(next, TimeMentionKind.Date, new PartialDate(month.Year, month.Month, day));
            }
        }

        return null;
    }

    /// <summary>"Monday two weeks from now", "Thursday, two years from now": that weekday in the week of the day counted to.</summary>
    private Core? WeekdayOfCountedDay(int weekday, int index)
    {
        if (_tokens.IsSymbol(index, ',') && _tokens.SameLine(index))
        {
            index++;
        }

        if (!SpacedOnLine(index) || !(_tokens.IsNumber(index) || MayBeNumberWordAt(index)) || MatchCore(index, null) is not { Unit: not null }
            || Nested(index, null) is not { Kind: TimeMentionKind.Date, Bound: TimeBound.None, Time: null, Start: { Month: { } month, Day: { } day } start } counted)
        {
            return null;
        }

        var date = new DateOnly(start.Year, month, day);
        return CalendarMath.TryAddDays(date, weekday - CalendarMath.IsoDay(date), out var inWeek)
            ? Core.Point(counted.Next, TimeMentionKind.Date, PartialDate.From(inWeek, DatePrecision.Day))
            : null;
    }

    /// <summary>A weekday after a week: directly, after "on", or after a dash.</summary>
    private bool WeekdayAfter(int index, out int weekday, out int next)
    {
        weekday = 0;
        next = index;
        if (!_tokens.SameLine(index))
        {
            return false;
        }

        if (_tokens.IsSymbol(index, '-') && !_tokens.Glued(index))
        {
            index++;
        }
        else if (Match(_lexicon.Prepositions, index, out var role, out var afterPreposition) && role == LeadRole.At)
        {
            index = afterPreposition;
        }

        return SpacedOnLine(index) && TryWeekdayWord(index, out weekday, out next);
    }

    /// <summary>"monday of the following week", "tuesday of next week": a weekday of a week named after it.</summary>
    private Core? WeekdayOfNamedWeek(int weekday, int index)
    {
        if (!SpacedOnLine(index) || !Match(_lexicon.WeekOfJoiners, index, out _, out var weekAt) || !SpacedOnLine(weekAt))
        {
            return null;
        }

        if (Match(_lexicon.Articles, weekAt, out _, out var afterArticle) && SpacedOnLine(afterArticle))
        {
            weekAt = afterArticle;
        }

        return Match(_lexicon.Directions, weekAt, out var direction, out var unitAt) && SpacedOnLine(unitAt)
            && Match(_lexicon.Units, unitAt, out var unit, out var end) && !unit.Plural && unit.Info.Unit == DateUnit.Week
            ? WeekdayOfWeek(weekday, direction, end) with { KeepsLead = true }
            : null;
    }

    /// <summary>A weekday word, alone or joined with a time of day ("Samstagabend").</summary>
    private bool TryWeekdayWord(int index, out int weekday, out int next)
    {
        if (Match(_lexicon.Weekdays, index, out weekday, out next))
        {
            return true;
        }

        weekday = 0;
        next = index;
        // "Samstagabend": only a word that starts with a weekday's name is tried against the names.
        if (_tokens.IsWord(index) && IsWeekdayCompoundAt(index))
        {
            var word = _tokens.TextOf(index);
            foreach (var (name, day) in _lexicon.WeekdayNames)
            {
                if (word.Length > name.Length && word.StartsWith(name, StringComparison.OrdinalIgnoreCase) &&
                    _lexicon.WeekdaySuffixes.Contains(word[name.Length..].ToString()))
                {
                    weekday = day;
                    next = index + 1;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The weekday before the reference date (direction -1, also the default), after it (+1) or
    /// in its week (0).
    /// </summary>
    private Core Weekday(int weekday, int direction, int next)
    {
        if (_reference is not { } today)
        {
            return Core.Unresolved(next, TimeMentionKind.Date);
        }

        var current = CalendarMath.IsoDay(today);
        var days = direction switch
        {
            < 0 => -(((current - weekday + 6) % 7) + 1),
            > 0 => ((weekday - current + 6) % 7) + 1,
            _ => weekday - current,
        };

        return CalendarMath.TryAddDays(today, days, out var date)
            ? Core.Point(next, TimeMentionKind.Date, PartialDate.From(date, DatePrecision.Day))
            : Core.Unresolved(next, TimeMentionKind.Date);
    }

    /// <summary>
    /// "first week of 2015", "3rd week of Jan", "the 15th day of next month", "the third month of
    /// 2021": an ordinal and a week, day or month of a month or year.
    /// </summary>
    private Core? OrdinalWeek(int index)
    {
        if (!TryDayNumber(index, false, out var nth, out var next, out var bare) || bare || nth > 53 || !SpacedOnLine(next))
        {
            return null;
        }

        // "the 21st century", "15th century"
        if (nth >= 2 && Match(_lexicon.CenturyNouns, next, out _, out var afterCentury))
        {
            var firstYear = (nth - 1) * 100;
            return CalendarMath.IsYear(firstYear + 99)
                ? new Core(afterCentury, TimeMentionKind.Period, new PartialDate(firstYear), new PartialDate(firstYear + 99)) { TakesArticle = true }
                : null;
        }

        // "the first 2 weeks of 2021", "first ten days of last year"
        if (nth == 1 && TryCount(next, out var count, out var afterCount) && count.Kind == CountKind.Exact && SpacedOnLine(afterCount)
            && Match(_lexicon.Units, afterCount, out var unit, out var afterUnit) && unit.Plural)
        {
            return CountedOf(false, count.Value, unit.Info.Unit, afterUnit);
        }

        return WeekOf(next, nth);
    }

    /// <summary>
    /// The first or last <paramref name="count"/> days, whole weeks or months of a month or year:
    /// "the last 3 weeks of this year", "the last four months of 2021", "first ten days of last year".
    /// </summary>
    private Core? CountedOf(bool fromEnd, double count, DateUnit unit, int joinerAt)
    {
        if (count is < 1 or > 366 || count != Math.Floor(count) || unit is not (DateUnit.Day or DateUnit.Week or DateUnit.Month)
            || !SpacedOnLine(joinerAt) || !Match(_lexicon.WeekOfJoiners, joinerAt, out _, out var anchorAt) || !SpacedOnLine(anchorAt))
        {
            return null;
        }

        switch (AnchorPeriod(anchorAt, out var first, out var last, out var end))
        {
            case null:
                return null;
            case false:
                return Core.Unresolved(end, TimeMentionKind.Period) with { TakesArticle = true };
        }

        var n = (int)count;
        DateOnly from, to;
        switch (unit)
        {
            case DateUnit.Day:
                (from, to) = fromEnd ? (last.AddDays(1 - n), last) : (first, first.AddDays(n - 1));
                break;
            case DateUnit.Month:
                (from, to) = fromEnd ? (new DateOnly(last.Year, last.Month, 1).AddMonths(1 - n), last) : (first, first.AddMonths(n).AddDays(-1));
                break;
            default:
                if (!WeekBounds(first, last, out var firstMonday, out var lastMonday))
                {
                    return null;
                }

                (from, to) = fromEnd ? (lastMonday.AddDays(-7 * (n - 1)), lastMonday.AddDays(6)) : (firstMonday, firstMonday.AddDays((7 * n) - 1));
                break;
        }

        if (from < first || to > last)
        {
            return null;
        }

        var precision = unit == DateUnit.Month ? DatePrecision.Month : DatePrecision.Day;
        return new Core(end, TimeMentionKind.Period, PartialDate.From(from, precision), PartialDate.From(to, precision)) { TakesArticle = true };
    }

    /// <summary>"week 31", "the week 3 of 2027", "week 27 of last year": an ISO week of a year, the reference date's when none is named.</summary>
    private Core? WeekNumber(int index)
    {
        if (!Match(_lexicon.Units, index, out var unit, out var next) || unit.Plural || unit.Info.Unit != DateUnit.Week
            || !SpacedOnLine(next) || _tokens.Digits(next) is not (1 or 2) || !_tokens.FreeOnLeft(next) || !_tokens.FreeOnRight(next)
            || !_tokens.TryNumber(next, 2, out var week) || week is < 1 or > 53)
        {
            return null;
        }

        var end = next + 1;
        int year;
        if (SpacedOnLine(end) && Match(_lexicon.WeekOfJoiners, end, out _, out var anchorAt) && SpacedOnLine(anchorAt)
            && AnchorPeriod(anchorAt, out var first, out var last, out var afterAnchor) is { } resolved)
        {
            if (!resolved)
            {
                return Core.Unresolved(afterAnchor, TimeMentionKind.Period);
            }

            if (first.Month != 1 || last.Month != 12)
            {
                return null;
            }

            year = first.Year;
            end = afterAnchor;
        }
        else if (_tokens.SameLine(end) && _tokens.IsWord(end) && !_tokens.Glued(end) && !Contains(_lexicon.RangeConnectors, end) && !Contains(_lexicon.UnitConnectors, end))
        {
            return null;
        }
        else if (_reference is { } today)
        {
            year = today.Year;
        }
        else
        {
            return Core.Unresolved(end, TimeMentionKind.Period);
        }

        if (year is < 2 or > 9998 || week > System.Globalization.ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        var monday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new Core(end, TimeMentionKind.Period, PartialDate.From(monday, DatePrecision.Day), PartialDate.From(monday.AddDays(6), DatePrecision.Day));
    }

    /// <summary>The first and last Monday of the weeks that belong to a month or year (their Thursday falls in it).</summary>
    private static bool WeekBounds(DateOnly first, DateOnly last, out DateOnly firstMonday, out DateOnly lastMonday)
    {
        lastMonday = default;
        if (!CalendarMath.TryAddDays(first, 1 - CalendarMath.IsoDay(first), out firstMonday)
            || !CalendarMath.TryAddDays(last, 1 - CalendarMath.IsoDay(last), out lastMonday))
        {
            return false;
        }

        if (firstMonday.AddDays(3) < first)
        {
            firstMonday = firstMonday.AddDays(7);
        }

        if (lastMonday.AddDays(3) > last)
        {
            lastMonday = lastMonday.AddDays(-7);
        }

        return true;
    }

    /// <summary>"week of", "Woche im", "day of", "month of": a singular unit and the word that joins it to what it is counted in.</summary>
    private bool TryUnitOf(int unitAt, out DateUnit unit, out int anchorAt)
    {
        anchorAt = unitAt;
        unit = default;
        if (!Match(_lexicon.Units, unitAt, out var found, out var next) || found.Plural
            || found.Info.Unit is not (DateUnit.Week or DateUnit.Day or DateUnit.Month)
            || !SpacedOnLine(next) || !Match(_lexicon.WeekOfJoiners, next, out _, out anchorAt) || !SpacedOnLine(anchorAt))
        {
            return false;
        }

        unit = found.Info.Unit;
        return true;
    }

    /// <summary>"the week of April 10th", "the week of the 18th": the Monday-to-Sunday week of a day.</summary>
    private Core? WeekOfDay(int weekAt)
    {
        if (!TryUnitOf(weekAt, out var unit, out var dayAt) || unit != DateUnit.Week)
        {
            return null;
        }

        if (Match(_lexicon.Articles, dayAt, out _, out var afterArticle) && SpacedOnLine(afterArticle))
        {
            dayAt = afterArticle;
        }

        if (Nested(dayAt, LeadRole.At) is not { Kind: TimeMentionKind.Date, Unit: null } day)
        {
            return null;
        }

        if (day.Start is not { Month: { } month, Day: { } date } start)
        {
            return day.Start is null ? Core.Unresolved(day.Next, TimeMentionKind.Period) with { TakesArticle = true } : null;
        }

        var named = new DateOnly(start.Year, month, date);
        return CalendarMath.TryAddDays(named, 1 - CalendarMath.IsoDay(named), out var monday) && CalendarMath.TryAddDays(monday, 6, out var sunday)
            ? new Core(day.Next, TimeMentionKind.Period, PartialDate.From(monday, DatePrecision.Day), PartialDate.From(sunday, DatePrecision.Day)) { TakesArticle = true }
            : null;
    }

    /// <summary>
    /// "week of July", "Woche im Juli", "day of next month", "month of 2021" after an ordinal or
    /// "last": the <paramref name="nth"/> (-1: the last) day, month, or Monday-to-Sunday week whose
    /// Thursday falls in the month or year named.
    /// </summary>
    private Core? WeekOf(int weekAt, int nth)
    {
        if (!TryUnitOf(weekAt, out var unit, out var anchorAt))
        {
            return null;
        }

        switch (AnchorPeriod(anchorAt, out var first, out var last, out var end))
        {
            case null:
                return null;
            case false:
                return Core.Unresolved(end, TimeMentionKind.Period);
        }

        if (unit == DateUnit.Day)
        {
            var day = nth < 0 ? last : first.AddDays(nth - 1);
            return day > last ? null : Core.Point(end, TimeMentionKind.Date, PartialDate.From(day, DatePrecision.Day)) with { TakesArticle = true };
        }

        if (unit == DateUnit.Month)
        {
            // Months of a year only.
            var month = nth < 0 ? new DateOnly(last.Year, last.Month, 1) : first.AddMonths(nth - 1);
            return last.Month - first.Month < 11 || month > last ? null : Core.Point(end, TimeMentionKind.Date, PartialDate.From(month, DatePrecision.Month)) with { TakesArticle = true };
        }

        // Weeks belong to the month or year their Thursday falls in.
        if (!WeekBounds(first, last, out var firstMonday, out var lastMonday))
        {
            return null;
        }

        var monday = nth < 0 ? lastMonday : firstMonday.AddDays(7 * (nth - 1));
        return monday > lastMonday || !CalendarMath.TryAddDays(monday, 6, out var sunday)
            ? null
            : new Core(end, TimeMentionKind.Period, PartialDate.From(monday, DatePrecision.Day), PartialDate.From(sunday, DatePrecision.Day)) { TakesArticle = true };
    }

    /// <summary>
    /// The month or year something is counted in: "July", "2021", "next month", "last year", "the
    /// month" (the reference date's). True with its first and last day; false when it needs the
    /// reference date and there is none; null when there is no such month or year.
    /// </summary>
    private bool? AnchorPeriod(int anchorAt, out DateOnly first, out DateOnly last, out int end)
    {
        first = last = default;
        if (TryMonthPoint(anchorAt, out var month, out end, allowDay: false))
        {
            if (!month.TryResolve(_reference, out var resolved) || resolved.Month is not { } m)
            {
                return month.Year is null ? false : null;
            }

            first = new DateOnly(resolved.Year, m, 1);
            // The month's last day without adding a month (December 9999 has no month after it).
            last = new DateOnly(resolved.Year, m, DateTime.DaysInMonth(resolved.Year, m));
            return true;
        }

        if (TryYearToken(anchorAt, out var year, out _, out end))
        {
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year, 12, 31);
            return true;
        }

        var direction = 0;
        var unitAt = anchorAt;
        if (Match(_lexicon.Directions, anchorAt, out var written, out var afterDirection))
        {
            direction = written;
            unitAt = afterDirection;
        }
        else if (!Match(_lexicon.Articles, anchorAt, out _, out unitAt))
        {
            return null;
        }

        if (!Match(_lexicon.Units, unitAt, out var anchorUnit, out end) || anchorUnit.Plural || anchorUnit.Info.Unit is not (DateUnit.Month or DateUnit.Year))
        {
            return null;
        }

        if (_reference is not { } today)
        {
            return false;
        }

        if (anchorUnit.Info.Unit == DateUnit.Month)
        {
            if (!CalendarMath.TryAddMonths(today, direction, out var shifted))
            {
                return null;
            }

            first = new DateOnly(shifted.Year, shifted.Month, 1);
            last = new DateOnly(shifted.Year, shifted.Month, DateTime.DaysInMonth(shifted.Year, shifted.Month));
            return true;
        }

        if (!CalendarMath.IsYear(today.Year + direction))
        {
            return null;
        }

        first = new DateOnly(today.Year + direction, 1, 1);
        last = new DateOnly(first.Year, 12, 31);
        return true;
    }

    /// <summary>The weekday in the week <paramref name="offset"/> weeks from the reference date's.</summary>
    private Core WeekdayOfWeek(int weekday, int offset, int next) =>
        _reference is { } today && CalendarMath.TryAddDays(today, (7L * offset) + weekday - CalendarMath.IsoDay(today), out var date)
            ? Core.Point(next, TimeMentionKind.Date, PartialDate.From(date, DatePrecision.Day))
            : Core.Unresolved(next, TimeMentionKind.Date);

    /// <summary>A count of units before or after the reference date, ending or starting there.</summary>
    private Core Span(int direction, Count count, UnitInfo unit, int next)
    {
        var precision = count.Kind == CountKind.Exact ? unit.Precision : unit.VaguePrecision;
        if (unit.Unit == DateUnit.Quarter && _reference is { } now)
        {
            // Whole quarters before the current one, or after it: "the last 2 quarters", "the next quarter".
            var quarters = (int)Math.Clamp(Math.Round(count.Value), 1, 400);
            return (direction > 0 ? Quarters(now, 1, quarters) : Quarters(now, -quarters, quarters)) is { } whole
                ? whole with { Next = next }
                : Core.Unresolved(next, TimeMentionKind.Period);
        }

        if (_reference is not { } today ||
            !CalendarMath.TryShift(today, unit.Unit, count.Value, direction > 0 ? 1 : -1, out var other))
        {
            return Core.Unresolved(next, TimeMentionKind.Period);
        }

        // "the next 4 business days" start with the next one, "the previous 4 business days" end with the last one before today.
        if (unit.Unit == DateUnit.BusinessDay)
        {
            var sign = direction > 0 ? 1 : -1;
            var n = (long)Math.Clamp(Math.Round(count.Value), 1, 100_000);
            return CalendarMath.TryAddBusinessDays(today, sign, out var nearest) && CalendarMath.TryAddBusinessDays(nearest, sign * (n - 1), out var farthest)
                ? new Core(next, TimeMentionKind.Period, PartialDate.From(sign > 0 ? nearest : farthest, DatePrecision.Day), PartialDate.From(sign > 0 ? farthest : nearest, DatePrecision.Day))
                : Core.Unresolved(next, TimeMentionKind.Period);
        }

        // The next days start tomorrow: "die nächsten 3 Tage", "next five days".
        var first = today;
        if (direction > 0 && unit.Unit == DateUnit.Day && !CalendarMath.TryAddDays(today, 1, out first))
        {
            return Core.Unresolved(next, TimeMentionKind.Period);
        }

        // The next units are exactly the length counted: "the next 10 months" end the day before the
        // same day ten months on. The past ones run up to the reference date, which news reports
        // include ("in the past 24 hours" are yesterday and today).
        var (start, end) = direction > 0 ? (first, other) : (other, today);
        if (precision == DatePrecision.Day && direction > 0 && unit.Unit != DateUnit.Day && !CalendarMath.TryAddDays(end, -1, out end))
        {
            return Core.Unresolved(next, TimeMentionKind.Period);
        }

        return new Core(next, TimeMentionKind.Period, PartialDate.From(start, precision), PartialDate.From(end, precision));
    }

    /// <summary><paramref name="count"/> quarters from the one <paramref name="offset"/> quarters from the reference date's, by month.</summary>
    private static Core? Quarters(DateOnly today, int offset, int count)
    {
        var first = (today.Year * 12) + ((today.Month - 1) / 3 * 3) + (3 * offset);
        return CalendarMath.TryMonth(first, out var start) && CalendarMath.TryMonth(first + (3 * count) - 1, out var end)
            ? new Core(0, TimeMentionKind.Period, start, end)
            : null;
    }

    /// <summary>The calendar unit (week, month, year...) <paramref name="offset"/> units from the reference date's.</summary>
    private Core CalendarUnit(DateUnit unit, int offset, int next)
    {
        var kind = unit switch
        {
            DateUnit.Week or DateUnit.Quarter or DateUnit.Decade => TimeMentionKind.Period,
            DateUnit.Year => TimeMentionKind.Year,
            _ => TimeMentionKind.Date,
        };
        if (_reference is not { } today)
        {
            return Core.Unresolved(next, kind);
        }

        switch (unit)
        {
            case DateUnit.Week:
                if (CalendarMath.TryAddDays(today, (7L * offset) - CalendarMath.IsoDay(today) + 1, out var monday) &&
                    CalendarMath.TryAddDays(monday, 6, out var sunday))
                {
                    return new Core(next, kind, PartialDate.From(monday, DatePrecision.Day), PartialDate.From(sunday, DatePrecision.Day));
                }

                break;
            case DateUnit.Month:
                if (CalendarMath.TryAddMonths(today, offset, out var month))
                {
                    return Core.Point(next, kind, PartialDate.From(month, DatePrecision.Month));
                }

                break;
            case DateUnit.Quarter:
                if (Quarters(today, offset, 1) is { } quarter)
                {
                    return quarter with { Next = next };
                }

                break;
            case DateUnit.Year:
                if (CalendarMath.IsYear(today.Year + offset))
                {
                    return Core.Point(next, kind, new PartialDate(today.Year + offset));
                }

                break;
            case DateUnit.Decade:
                var first = (today.Year / 10 * 10) + (10 * offset);
                if (CalendarMath.IsYear(first) && CalendarMath.IsYear(first + 9))
                {
                    return new Core(next, kind, new PartialDate(first), new PartialDate(first + 9));
                }

                break;
            default:
                // "am nächsten Tag", "an diesem Tag" mostly count from a day the story names, not
                // from the reference date: found, but not resolved.
                break;
        }

        return Core.Unresolved(next, kind);
    }

    /// <summary>
    /// A range of months anchored in the year written in the text, or else in the year that
    /// <paramref name="resolve"/> picks for the reference date.
    /// </summary>
    private Core MonthRangeCore(MonthRange range, int next, int? written, Func<DateOnly, int> resolve)
    {
        int year;
        if (written is { } given)
        {
            year = given;
        }
        else if (_reference is { } today)
        {
            year = resolve(today);
        }
        else
        {
            return Core.Unresolved(next, TimeMentionKind.Period);
        }

        return CalendarMath.TryMonths(range, year, out var first, out var last)
            ? new Core(next, TimeMentionKind.Period, first, last)
            : Core.Unresolved(next, TimeMentionKind.Period);
    }

    private static int CurrentYear(DateOnly reference) => reference.Year;

    private Core? PartOfMonth(DatePart part, int year, int month, int next)
    {
        var days = CalendarMath.DaysInMonth(year, month);
        if (days == 0)
        {
            return null;
        }

        var first = Math.Min(part.FirstDay, days);
        var last = Math.Min(part.LastDay, days);
        return new Core(next, TimeMentionKind.Period, new PartialDate(year, month, first), new PartialDate(year, month, last));
    }

    private Core? PartOfYear(DatePart part, int year, int next) =>
        CalendarMath.TryMonths(part.Months, year, out var first, out var last)
            ? new Core(next, TimeMentionKind.Period, first, last)
            : null;
}
