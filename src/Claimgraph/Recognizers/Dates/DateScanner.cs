namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// Matches time expressions at token positions. Every pattern looks at a bounded number of
/// tokens ahead, so scanning a text is linear in its length.
/// </summary>
/// <remarks>
/// An expression is an optional preposition (with an optional article) and a core: a date, a
/// month, a year, a season, a part of a month or year, a relative expression, a count of units,
/// a clock time. The preposition belongs to the span and may change the meaning: "seit" turns a
/// point into a period up to the reference date and a count into an anchored duration, "vor"
/// turns a count into a date before the reference date.
/// </remarks>
internal sealed partial class DateScanner
{
    private DateLexicon _lexicon;
    private DateTokens _tokens;
    private DateOnly? _reference;
    // The time of day of the reference moment, when the caller knows it: "in 5 minutes" is a time on a day.
    private TimeOnly? _timeOfDay;
    // Set while a pattern reads a day inside another ("2 weeks before Christmas", "the week of April 10th"):
    // the inner reading may not nest again, so a chain of them cannot make the scan quadratic.
    private bool _nested;
    // What the lexicon says about the tokens near the one being matched (KindsAt, MayBeNumberWordAt, IsWeekdayCompoundAt).
    private TokenFactsMemo _facts;
    // The facts of word forms made from a sentence's words (FormFacts), direct-mapped by pooled form and first letter.
    private readonly FormFact[] _forms = new FormFact[1024];
    private DateLexicon? _formsLexicon;
    // The last expression found and the preposition that placed it, for the ones listed after it.
    private int _listedNext;
    private int _listedAt;
    private LeadRole? _listedRole;
    // The count of units read at a token: a number after a preposition is read with it and again on its own.
    private int _measureAt;
    private Core? _measure;

    [ThreadStatic]
    private static DateScanner? t_shared;

    public DateScanner(DateLexicon lexicon, DateTokens tokens, DateOnly? reference, TimeOnly? timeOfDay = null) =>
        Reset(lexicon, tokens, reference, timeOfDay);

    /// <summary>
    /// The calling thread's scanner, readied for these tokens: one scanner per thread serves every
    /// read of the recognizer and the dateline (a read ends before the next begins).
    /// </summary>
    public static DateScanner ForThisThread(DateLexicon lexicon, DateTokens tokens, DateOnly? reference, TimeOnly? timeOfDay = null)
    {
        if (t_shared is { } scanner)
        {
            scanner.Reset(lexicon, tokens, reference, timeOfDay);
            return scanner;
        }

        return t_shared = new DateScanner(lexicon, tokens, reference, timeOfDay);
    }

    /// <summary>
    /// Readies the scanner for other tokens, as if it were new: a recognizer keeps one scanner per
    /// thread rather than allocating one for each stretch of text it reads.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_lexicon), nameof(_tokens))]
    public void Reset(DateLexicon lexicon, DateTokens tokens, DateOnly? reference, TimeOnly? timeOfDay = null)
    {
        _lexicon = lexicon;
        _tokens = tokens;
        _reference = reference;
        _timeOfDay = timeOfDay;
        _nested = false;
        _facts = default;
        _listedNext = -1;
        _listedAt = -1;
        _listedRole = null;
        _measureAt = -1;
        _measure = null;
    }

    /// <summary>The time expression that starts at token <paramref name="index"/>, if any.</summary>
    public DateMatch? MatchAt(int index)
    {
        if (!_tokens.Has(index))
        {
            return null;
        }

        // A preposition that opens nothing is skipped at once, unless it also starts a phrase of its own ("at the moment").
        var found = MatchPlaced(index) ?? (KindsAt(index) == WordKinds.Preposition ? null : MatchBare(index)) ?? Listed(index);
        return found is null ? null : Extended(index, found);
    }

    /// <summary>What may follow an expression found at <paramref name="index"/> and belong to it (a time, a year half, a bound, a weekday), and the preposition it lists on with.</summary>
    private DateMatch? Extended(int index, DateMatch? found)
    {
        found = WithWeekdayAfter(WithPointBound(WithYearHalf(WithClock(found))));
        if (found is not { } match)
        {
            return null;
        }

        _listedNext = match.Next;
        if (match.CoreIndex > index && Match(_lexicon.Prepositions, index, out var role, out _))
        {
            _listedRole = role;
        }
        else if (match.CoreIndex != index || _listedAt != index)
        {
            // A day without a preposition lists on as if placed: "next week Mon or Tue".
            _listedRole = match is { Kind: TimeMentionKind.Date, Unit: null, Start.Day: not null } ? LeadRole.At : null;
        }

        return match;
    }

    /// <summary>
    /// The reference date's day, week, month or year, named by an article and the unit ("for the
    /// day", "of the year"); "the year to date" runs from its start up to the day before the reference date.
    /// </summary>
    private Core CurrentUnit(DateUnit unit, int next)
    {
        if (_reference is not { } today)
        {
            return Core.Unresolved(next, unit == DateUnit.Day ? TimeMentionKind.Date : TimeMentionKind.Period) with { TakesArticle = true };
        }

        var found = unit == DateUnit.Day
            ? Core.Point(next, TimeMentionKind.Date, PartialDate.From(today, DatePrecision.Day))
            : CalendarUnit(unit, 0, next);
        // Up to the day before: the reference date's own figures are not in yet.
        if (_tokens.SameLine(next) && Match(_lexicon.UntilNow, next, out _, out var afterNow) && found.Start is { } start
            && CalendarMath.TryAddDays(today, -1, out var yesterday))
        {
            var first = new PartialDate(start.Year, start.Month ?? 1, start.Day ?? 1);
            return new Core(afterNow, TimeMentionKind.Period, first, PartialDate.From(yesterday, DatePrecision.Day));
        }

        return found with { TakesArticle = true };
    }

    /// <summary>"in 3 days on Friday", "1st week of Oct. on Friday": the weekday in the week of the day or week found.</summary>
    private DateMatch? WithWeekdayAfter(DateMatch? found)
    {
        if (found is not { Bound: TimeBound.None, Unit: null, Time: null, Start: { Month: { } month, Day: { } day } start, End: { Month: { } lastMonth, Day: { } lastDay } end } match
            || !SpacedOnLine(match.Next) || !Match(_lexicon.Prepositions, match.Next, out var role, out var weekdayAt) || role != LeadRole.At
            || !SpacedOnLine(weekdayAt) || !TryWeekdayWord(weekdayAt, out var weekday, out var next) || (SpacedOnLine(next) && _tokens.IsWord(next)))
        {
            return found;
        }

        var first = new DateOnly(start.Year, month, day);
        var days = new DateOnly(end.Year, lastMonth, lastDay).DayNumber - first.DayNumber;
        if (!(days == 0 || (days == 6 && CalendarMath.IsoDay(first) == 1)) || !CalendarMath.TryAddDays(first, weekday - CalendarMath.IsoDay(first), out var date))
        {
            return found;
        }

        var point = PartialDate.From(date, DatePrecision.Day);
        return match with { Next = next, Kind = TimeMentionKind.Date, Start = point, End = point, BetweenPoints = false };
    }

    /// <summary>"2016 and later", "1/1/2016 and after": a point that bounds an open stretch, when the phrase ends the expression.</summary>
    private DateMatch? WithPointBound(DateMatch? found)
    {
        if (found is not { Bound: TimeBound.None, Unit: null, Time: null, Start: { } start } match || match.Start != match.End
            || match.Kind is TimeMentionKind.Now or TimeMentionKind.Duration || !SpacedOnLine(match.Next)
            || !Match(_lexicon.PointBounds, match.Next, out var role, out var next) || (SpacedOnLine(next) && _tokens.IsWord(next)))
        {
            return found;
        }

        return match with { Next = next, Kind = TimeMentionKind.Period, Bound = role == LeadRole.Before ? TimeBound.Before : TimeBound.After, Anchor = start };
    }

    /// <summary>"to date", "till date": an open stretch up to the moment of speaking.</summary>
    private DateMatch? UntilNow(int index) =>
        Match(_lexicon.UntilNow, index, out _, out var next) && !(SpacedOnLine(next) && (KindsAt(next) & WordKinds.Preposition) != 0)
            ? new DateMatch(next, TimeMentionKind.Now, null, null) { Bound = TimeBound.Before, CoreIndex = index }
            : null;

    /// <summary>
    /// "on Wednesday, Thursday or Friday", "in 2007 and 2009", "on 11/20, 11/22 or 11/25": an
    /// expression listed after one a preposition placed takes the same preposition.
    /// </summary>
    private DateMatch? Listed(int index)
    {
        if (_listedRole is not { } role || role is LeadRole.Since or LeadRole.Range || !_tokens.SameLine(index) || _tokens.Glued(index))
        {
            return null;
        }

        var separator = index - 1;
        if (!(_tokens.IsSymbol(separator, ',') || (_tokens.IsWord(separator) && Contains(_lexicon.UnitConnectors, separator))))
        {
            return null;
        }

        if (separator != _listedNext && !(separator == _listedNext + 1 && _tokens.IsSymbol(_listedNext, ',')))
        {
            return null;
        }

        _listedAt = index;
        return Finish(MatchCore(index, role), role) is { } listed && listed.Unit is null ? listed with { CoreIndex = index } : null;
    }

    /// <summary>"dieses Jahr früh", "dieses Jahr später": a year and a word after it for its first or second half.</summary>
    private DateMatch? WithYearHalf(DateMatch? found)
    {
        if (found is not { Kind: TimeMentionKind.Year, Start: { Month: null } year } match || match.End != year || match.Bound != TimeBound.None
            || !SpacedOnLine(match.Next) || !Match(_lexicon.YearHalves, match.Next, out var half, out var next))
        {
            return found;
        }

        var (first, last) = half == 1 ? (1, 6) : (7, 12);
        return match with { Next = next, Kind = TimeMentionKind.Period, Start = new PartialDate(year.Year, first), End = new PartialDate(year.Year, last) };
    }

    /// <summary>
    /// A count of units from a day the text names: "2 weeks before Christmas", "three weeks from
    /// tomorrow", "3 days after January 12th", "zwei Wochen vor Weihnachten". Null when no day follows.
    /// </summary>
    private DateMatch? AnchoredOffset(Core offset)
    {
        if (offset.Count.Kind != CountKind.Exact || offset.Unit is not { } unit || !SpacedOnLine(offset.Next)
            || !Match(_lexicon.AnchoredOffsets, offset.Next, out var role, out var anchorAt) || !SpacedOnLine(anchorAt))
        {
            return null;
        }

        if (Match(_lexicon.Articles, anchorAt, out _, out var afterArticle) && SpacedOnLine(afterArticle))
        {
            anchorAt = afterArticle;
        }

        if (Nested(anchorAt, null) is not { Kind: TimeMentionKind.Date, Unit: null, Bound: TimeBound.None, Time: null } anchor
            || anchor.Start is not { Day: { } day, Month: { } month } start)
        {
            return null;
        }

        var sign = role == LeadRole.Ago ? -1 : 1;
        return CalendarMath.TryShift(new DateOnly(start.Year, month, day), unit.Unit, offset.Count.Value, sign, out var shifted)
            ? new DateMatch(anchor.Next, TimeMentionKind.Date, PartialDate.From(shifted, DatePrecision.Day), PartialDate.From(shifted, DatePrecision.Day))
            {
                // The day counted from, for a qualified count ("less than 3 days after tomorrow").
                Anchor = start,
                Bound = sign < 0 ? TimeBound.Before : TimeBound.After,
            }
            : null;
    }

    /// <summary>A count of units and the day they start on: "2 weeks starting May 20th", "3 days, from today".</summary>
    private DateMatch? CountFromDay(Core counted, out LeadRole role)
    {
        role = default;
        var at = counted.Next;
        if (_tokens.IsSymbol(at, ',') && _tokens.SameLine(at))
        {
            at++;
        }

        if (counted.Count.Kind != CountKind.Exact || counted.Unit is not { Unit: >= DateUnit.Day } unit || !SpacedOnLine(at)
            || !Match(_lexicon.Prepositions, at, out role, out var dayAt) || role is not (LeadRole.After or LeadRole.Range) || !SpacedOnLine(dayAt)
            || Nested(dayAt, LeadRole.At) is not { Kind: TimeMentionKind.Date, Unit: null, Time: null, Start: { Month: { } month, Day: { } day } start } first
            || !CalendarMath.TryShift(new DateOnly(start.Year, month, day), unit.Unit, counted.Count.Value, 1, out var after)
            || !CalendarMath.TryAddDays(after, -1, out var last))
        {
            return null;
        }

        return new DateMatch(first.Next, TimeMentionKind.Period, start, PartialDate.From(last, DatePrecision.Day));
    }

    /// <summary>
    /// "more than 2 weeks before today" (an open stretch before that day), "less than 3 days after
    /// tomorrow" (the days from tomorrow to that day), "less than 2 hours" (a duration, the
    /// qualifier kept in the span).
    /// </summary>
    private DateMatch? QualifiedCount(int index)
    {
        if (!Match(_lexicon.CountQualifiers, index, out var sign, out var countAt) || !SpacedOnLine(countAt)
            || MatchCore(countAt, null) is not { Unit: not null } counted)
        {
            return null;
        }

        if (AnchoredOffset(counted) is { Start: { } day, Anchor: { } from } shifted)
        {
            if (sign > 0)
            {
                return new DateMatch(shifted.Next, TimeMentionKind.Period, null, null) { Bound = shifted.Bound, Anchor = day, CoreIndex = index };
            }

            var (first, last) = shifted.Bound == TimeBound.Before ? (day, from) : (from, day);
            return new DateMatch(shifted.Next, TimeMentionKind.Period, first, last) { BetweenPoints = true, CoreIndex = index };
        }

        return Finish(counted, null) is { Kind: TimeMentionKind.Duration } duration ? duration with { CoreIndex = index } : null;
    }

    /// <summary>The expression at <paramref name="index"/> read inside another pattern, with a preposition of <paramref name="role"/> assumed when one is given; never nested twice.</summary>
    private DateMatch? Nested(int index, LeadRole? role)
    {
        if (_nested)
        {
            return null;
        }

        _nested = true;
        try
        {
            return role is null ? MatchPlaced(index) ?? MatchBare(index) : Finish(MatchCore(index, role), role);
        }
        finally
        {
            _nested = false;
        }
    }

    /// <summary>
    /// A day and a time of day written with it, in either order: "am 14. Oktober um 8:00:31",
    /// "tomorrow 8am", "Wednesday at 3.30pm", "13:00 February 28, 2013".
    /// </summary>
    private DateMatch? WithClock(DateMatch? found)
    {
        if (found is not { } match || match.Unit is not null || match.Bound != TimeBound.None)
        {
            return found;
        }

        if (match.Kind == TimeMentionKind.Date && match.Start is null or { Day: not null } && match.Time is null
            && TryClockAfter(match.Next, out var clock, out var next))
        {
            // "Wed Oct 26 15:50:06 2016": the year after the time.
            if (match is { Form: DateForm.NoYear, Start: { Month: { } month, Day: { } dayOfMonth } } && SpacedOnLine(next)
                && _tokens.IsNumber(next) && TryYearToken(next, out var year, out var second, out var afterYear) && second is null
                && dayOfMonth <= CalendarMath.DaysInMonth(year, month))
            {
                var dated = new PartialDate(year, month, dayOfMonth);
                return match with { Next = afterYear, Time = clock, Start = dated, End = dated, Form = DateForm.Fixed };
            }

            return match with { Next = next, Time = clock };
        }

        if (match.Kind == TimeMentionKind.Time && match.Time is { } time && SpacedOnLine(match.Next)
            && (MatchPlaced(match.Next) ?? MatchBare(match.Next)) is { Kind: TimeMentionKind.Date, Unit: null, Time: null, Bound: TimeBound.None } day
            && day.Start is null or { Day: not null })
        {
            // "at 8.30pm today" keeps "at"; "at 13:00 February 28" places the date-time only.
            return day with { Time = time, CoreIndex = (KindsAt(match.Next) & WordKinds.Deictic) != 0 ? -1 : match.CoreIndex };
        }

        return found;
    }

    /// <summary>A time of day after a day: an optional comma, an optional word that leads to it ("um", "at"), and the time.</summary>
    private bool TryClockAfter(int index, out ClockTime clock, out int next)
    {
        clock = default;
        next = index;
        if (_tokens.IsSymbol(index, ',') && _tokens.SameLine(index))
        {
            index++;
        }

        // "am sonntag frühmorgens um 8:00", "sonntag spätabend um 10:00", "um 8:00 frühmorgens".
        var half = -1;
        if (SpacedOnLine(index) && Match(_lexicon.DayParts, index, out var before, out var afterPart))
        {
            half = before;
            index = afterPart;
        }

        var led = false;
        if (_tokens.SameLine(index) && Match(_lexicon.ClockLeads, index, out _, out var afterLead))
        {
            led = true;
            index = afterLead;
        }

        if (!SpacedOnLine(index) || !TryClock(index, true, led, out clock, out next))
        {
            return false;
        }

        if (half < 0 && SpacedOnLine(next) && Match(_lexicon.DayParts, next, out var after, out var afterTime))
        {
            half = after;
            next = afterTime;
        }

        if (half == 12 && clock.Value.Hour < 12)
        {
            clock = clock with { Value = clock.Value.AddHours(12) };
        }

        return true;
    }

    /// <summary>A preposition (with an optional article) and the expression it opens.</summary>
    private DateMatch? MatchPlaced(int index)
    {
        if (!Match(_lexicon.Prepositions, index, out var role, out var next) || !_tokens.SameLine(next))
        {
            return null;
        }

        var afterPreposition = next;
        if (Match(_lexicon.Articles, next, out _, out var afterArticle) && _tokens.SameLine(afterArticle))
        {
            next = afterArticle;
        }

        // A plain word starts no core, nor does one unlike any word of the lexicon.
        if (_tokens.IsWord(next) && (_tokens.IsPlain(next) || !MayStartAt(next)))
        {
            return null;
        }

        var core = MatchCore(next, role);
        if (core is { Unit: not null } && PlacedCount(core.Value, index, next, role) is { } placedCount)
        {
            return placedCount;
        }

        var joined = false;
        if (role is LeadRole.Range or LeadRole.Later or LeadRole.At && core is not null && JoinedRange(core.Value, role) is { } range)
        {
            core = range;
            joined = true;
        }

        if (core is null && next > afterPreposition)
        {
            core = CurrentUnitAfter(afterPreposition, next);
        }

        // A preposition before no expression ("von 50 Haubitzen") places nothing.
        if (core is null)
        {
            return null;
        }

        var kept = Match(_lexicon.CoreKeeps, index, out _, out var afterKept) && afterKept == afterPreposition;
        // "für drei Monate", "nach drei Tagen": the preposition only places a count.
        var counted = core?.Unit is not null;
        var placesOnly = !kept && core is not { KeepsLead: true } && role switch
        {
            LeadRole.At or LeadRole.Duration => !joined,
            // "in 2014 through 2018" is a range of two points with its preposition; "in 2014 through May 2nd 2018" joins two others.
            LeadRole.Later => !counted && (joined || core is not { BetweenPoints: true }),
            // "from October" only places the month; "from 2014 to 2018" is a range.
            LeadRole.Range => !joined && core is not { BetweenPoints: true },
            LeadRole.After or LeadRole.Before => counted,
            _ => false,
        };

        // An article before a day belongs to it after "für"/"for": "den 28.10.", "the 9th of May".
        var coreStart = core is { TakesArticle: true } || (role == LeadRole.Duration && !counted && core?.Kind == TimeMentionKind.Date && core?.Start is not { Day: null })
            ? afterPreposition
            : next;
        return Finish(core, role) is { } placed ? placed with { CoreIndex = placesOnly ? coreStart : index } : null;
    }

    /// <summary>
    /// A count placed by a preposition that makes it a day or a period: "in two days from today"
    /// (the preposition only places a count from a named day), "for 2 weeks starting May 20th",
    /// "for 3 days, from today" (that many units from the day; the suite keeps "for" before the
    /// second but not before the first).
    /// </summary>
    private DateMatch? PlacedCount(Core counted, int index, int next, LeadRole role)
    {
        if (role is LeadRole.Later or LeadRole.At && AnchoredOffset(counted) is { } fromDay)
        {
            return fromDay with { CoreIndex = next, Anchor = null, Bound = TimeBound.None };
        }

        return role == LeadRole.Duration && CountFromDay(counted, out var startRole) is { } fromStart
            ? fromStart with { CoreIndex = startRole == LeadRole.Range ? index : next }
            : null;
    }

    /// <summary>"for the day", "of the year": after a preposition and an article of <c>current_unit_articles</c>, a singular unit is the reference date's.</summary>
    private Core? CurrentUnitAfter(int articleAt, int unitAt)
    {
        if (!Contains(_lexicon.CurrentUnitArticles, articleAt) || !Match(_lexicon.Units, unitAt, out var unit, out var next) || unit.Plural
            || unit.Info.Unit is not (DateUnit.Day or DateUnit.Week or DateUnit.Month or DateUnit.Year)
            || (SpacedOnLine(next) && (_tokens.IsNumber(next) || Contains(_lexicon.WeekOfJoiners, next) || Contains(_lexicon.YearJoiners, next))))
        {
            return null;
        }

        return CurrentUnit(unit.Info.Unit, next);
    }

    /// <summary>
    /// "from 2007 to the end of 2008", "between now and November 15th", "in 2014 through May 2nd
    /// 2018", "from this May to Oct 2020": two expressions of any kind joined by a range connector
    /// ("and" only after "between"), where the patterns for two written points of one precision found none. The period runs from
    /// the first one's start to the second one's end; a second day or month without a year is the
    /// next one not before the first.
    /// </summary>
    private Core? JoinedRange(Core first, LeadRole? role)
    {
        if (first.Unit is null && first.Time is null && !first.BetweenPoints && first.Start is { } since && first.Kind is not (TimeMentionKind.Duration or TimeMentionKind.Time)
            && _tokens.SameLine(first.Next) && _reference is { } today && Match(_lexicon.UntilNow, first.Next, out _, out var afterNow)
            && Compare(since, PartialDate.From(today, DatePrecision.Day)) <= 0)
        {
            // "from March to date", "from 2010-01-01 till current date"
            return new Core(afterNow, TimeMentionKind.Period, since, PartialDate.From(today, DatePrecision.Day)) { BetweenPoints = true };
        }

        if (first.Unit is not null || first.Time is not null || first.BetweenPoints || first.Start is not { } from
            || first.Kind is TimeMentionKind.Duration or TimeMentionKind.Time || !_tokens.SameLine(first.Next)
            || !Match(_lexicon.RangeConnectors, first.Next, out var list, out var secondAt) || (list && role != LeadRole.Range) || !_tokens.SameLine(secondAt)
            || Nested(secondAt, null) is not { Unit: null, Time: null, Bound: TimeBound.None, Start: { } start, End: { } end } second
            || second.Kind is TimeMentionKind.Duration or TimeMentionKind.Time)
        {
            return null;
        }

        if (second.Form == DateForm.NoYear && Compare(end, from) < 0 && end.Year < CalendarMath.MaxYear)
        {
            start = NextYear(start);
            end = NextYear(end);
        }

        return Compare(from, end) <= 0
            ? new Core(second.Next, TimeMentionKind.Period, from, end) { BetweenPoints = start == end && second.Kind != TimeMentionKind.Now, Form = first.Form }
            : null;
    }

    private static PartialDate NextYear(PartialDate date) =>
        date with { Year = date.Year + 1, Day = date.Day is { } day && date.Month is { } month ? Math.Min(day, CalendarMath.DaysInMonth(date.Year + 1, month)) : null };

    /// <summary>An expression without a preposition; a count of units may take a word after it ("three days ago", "two weeks from now").</summary>
    private DateMatch? MatchBare(int index)
    {
        var bare = MatchCore(index, null);
        if (bare is null && _tokens.IsWord(index) && Match(_lexicon.Articles, index, out _, out var afterArticle) && SpacedOnLine(afterArticle)
            && MatchCore(afterArticle, null) is { TakesArticle: true } withArticle)
        {
            bare = withArticle;
        }

        if (bare is null && (KindsAt(index) & WordKinds.CountQualifier) != 0)
        {
            return QualifiedCount(index);
        }

        if (bare is null && (KindsAt(index) & WordKinds.UntilNow) != 0)
        {
            return UntilNow(index);
        }

        if (bare is { Unit: not null } offset && AnchoredOffset(offset) is { } shifted)
        {
            return shifted with { CoreIndex = index, Anchor = null, Bound = TimeBound.None };
        }

        if (bare is { Unit: not null } counted && _tokens.SameLine(counted.Next)
            && Match(_lexicon.Postpositions, counted.Next, out var after, out var afterPostposition))
        {
            return Finish(counted with { Next = afterPostposition }, after) is { } post ? post with { CoreIndex = index } : null;
        }

        return Finish(bare, null) is { } match ? match with { CoreIndex = index } : null;
    }

    private Core? MatchCore(int index, LeadRole? role)
    {
        if (_tokens.IsNumber(index))
        {
            return _tokens.FreeOnLeft(index) ? NumberCore(index, role) : NamePartBefore(index) ? IsoDate(index) : null;
        }

        return _tokens.IsWord(index) ? WordCore(index, role) : null;
    }

    private Core? NumberCore(int index, LeadRole? role) =>
        (_tokens.Glued(index + 1) ? JoinedNumberCore(index, role) : null)
        ?? Clock(index)
        ?? Decade(index)
        ?? NamedDay(index, role)
        ?? Measure(index)
        ?? YearCore(index, role)
        ?? DayOfMonth(index, role);

    // "2024-10-05", "21." / "21st" before a week ("21. Woche"), "29/2", "02-02-2020", "17.11.2024",
    // "Dec-2018": each needs a symbol or suffix glued to the number, so a number followed by a space
    // ("von 50 Haubitzen") is not tried as any of them. A method of its own, so that their
    // temporaries are not cleared for every number (see WordCore).
    private Core? JoinedNumberCore(int index, LeadRole? role) =>
        IsoDate(index)
        ?? OrdinalWeek(index)
        ?? SlashDate(index, role)
        ?? DashedDate(index, role)
        ?? NumericDate(index, role)
        ?? DelimitedDate(index, role);

    private Core? WordCore(int index, LeadRole? role)
    {
        var context = role is not null;
        var kinds = KindsAt(index);
        return (MayBeNumberWordAt(index) ? NumberWordCore(index) : null)
            ?? (Has(kinds, WordKinds.Now) ? NowCore(index) : null)
            ?? (Has(kinds, WordKinds.Deictic) ? DeicticDay(index) : null)
            ?? (IsCount(index, kinds) ? NamedDay(index, role) : null)
            ?? (Has(kinds, WordKinds.RelativeNoun) ? RelativeNounCore(index) : null)
            ?? (Has(kinds, WordKinds.WeekPart) ? WeekPartCore(index) : null)
            ?? (Has(kinds, WordKinds.YearNoun) ? YearNounCore(index, role) : null)
            ?? (Has(kinds, WordKinds.Part) ? PartCore(index) : null)
            ?? (Has(kinds, WordKinds.Holiday) ? HolidayCore(index) : null)
            ?? (Has(kinds, WordKinds.YearPoint) ? YearPointCore(index) : null)
            ?? (Has(kinds, WordKinds.Direction) ? DirectionCore(index) : null)
            ?? (Has(kinds, WordKinds.Season) ? SeasonCore(index, context) : null)
            ?? WeekdayCore(index, role)
            ?? (Has(kinds, WordKinds.Month) ? DelimitedDate(index, role) ?? MonthCore(index, role) : null)
            ?? (context || Has(kinds, WordKinds.DecadeWord) ? YearsInWordsCore(index, role, kinds) : null)
            ?? (IsCount(index, kinds) ? Measure(index) : null)
            ?? (Has(kinds, WordKinds.Unit) ? WeekCore(index) : null)
            ?? (Has(kinds, WordKinds.UnitPhrase) ? UnitPhraseCore(index) : null)
            ?? (Has(kinds, WordKinds.Unit) ? BarePlural(index, role) : null);
    }

    private static bool Has(WordKinds kinds, WordKinds kind) => (kinds & kind) != 0;

    // A word starts a day number ("zweiten Mai") or a count ("drei Jahre", "einige Tage") only as
    // the first word of a count phrase or as a number word; asked before the patterns build anything.
    private bool IsCount(int index, WordKinds kinds) => Has(kinds, WordKinds.Count) || ReadNumberWord(index, out _);

    // The groups of WordCore live in methods of their own: every alternative of its chain is a
    // temporary in its frame, which is cleared on each call.
    private Core? NumberWordCore(int index) => OrdinalWeek(index) ?? WordClockBeforeDay(index);

    private Core? YearsInWordsCore(int index, LeadRole? role, WordKinds kinds) =>
        (role is not null ? YearWordsCore(index, role) : null) ?? (Has(kinds, WordKinds.DecadeWord) ? DecadeWordCore(index, role is not null) : null);

    private Core? WeekCore(int index) => WeekOfDay(index) ?? WeekNumber(index);

    /// <summary>"five-thirty tomorrow evening": a time of day in words before the day, with a part of the day after it.</summary>
    private Core? WordClockBeforeDay(int index)
    {
        if (!ReadNumberWord(index, out _) || !TryClockWords(index, false, out var clock, out var next) || !SpacedOnLine(next)
            || Nested(next, null) is not { Kind: TimeMentionKind.Date, Unit: null, Time: null, Bound: TimeBound.None, Start.Day: not null } day)
        {
            return null;
        }

        var end = day.Next;
        if (SpacedOnLine(end) && Match(_lexicon.DayParts, end, out var half, out var afterPart))
        {
            end = afterPart;
            if (half == 12 && clock.Value.Hour < 12)
            {
                clock = clock with { Value = clock.Value.AddHours(12) };
            }
        }

        return new Core(end, TimeMentionKind.Date, day.Start, day.End) { Time = clock, Form = day.Form };
    }

    /// <summary>Applies what the preposition does to the core.</summary>
    private DateMatch? Finish(Core? found, LeadRole? role)
    {
        if (found is not { } core)
        {
            return null;
        }

        if (core.Unit is { } unit)
        {
            return MeasureWithRole(core, unit, role);
        }

        var point = core.Start == core.End ? core.Start : null;
        if (role == LeadRole.Since && core.Kind is not (TimeMentionKind.Duration or TimeMentionKind.Time or TimeMentionKind.Now))
        {
            var end = core.Start is { } start && _reference is { } today ? PartialDate.From(today, start.Precision) : (PartialDate?)null;
            return new DateMatch(core.Next, TimeMentionKind.Period, core.Start, end) { Bound = TimeBound.Since, Anchor = core.Whole ?? point, Form = core.Form };
        }

        var bound = core.BetweenPoints || core.Kind is TimeMentionKind.Duration or TimeMentionKind.Time or TimeMentionKind.Now
            ? TimeBound.None
            : role switch
            {
                LeadRole.Before or LeadRole.Ago => TimeBound.Before,
                LeadRole.After => TimeBound.After,
                _ => TimeBound.None,
            };
        return new DateMatch(core.Next, core.Kind, core.Start, core.End)
        {
            BetweenPoints = core.BetweenPoints,
            Form = core.Form,
            Time = core.Time,
            Bound = bound,
            Anchor = bound == TimeBound.None ? null : core.Whole ?? point,
        };
    }

    private DateMatch? MeasureWithRole(Core core, UnitInfo unit, LeadRole? role)
    {
        var count = core.Count;
        var precision = count.Kind == CountKind.Exact ? unit.Precision : unit.VaguePrecision;
        var value = count.Kind == CountKind.None ? unit.Vague : count.Value;
        switch (role)
        {
            case LeadRole.Since:
                if (count.Kind != CountKind.None && _reference is { } today &&
                    CalendarMath.TryShift(today, unit.Unit, value, -1, out var from))
                {
                    return new DateMatch(core.Next, TimeMentionKind.Duration, PartialDate.From(from, precision), PartialDate.From(today, precision), Length(count), unit.Unit) { Approximate = count.Kind == CountKind.Vague };
                }

                return new DateMatch(core.Next, TimeMentionKind.Duration, null, null, Length(count), unit.Unit) { Approximate = count.Kind == CountKind.Vague };
            case LeadRole.Later or LeadRole.Ago when count.Kind == CountKind.Exact && unit.Unit <= DateUnit.Hour && ClockOffset(value, unit.Unit, role == LeadRole.Later ? 1 : -1) is { } moment:
                var day = PartialDate.From(DateOnly.FromDateTime(moment), DatePrecision.Day);
                return new DateMatch(core.Next, TimeMentionKind.Date, day, day) { Time = new ClockTime(TimeOnly.FromDateTime(moment), ClockPrecision.Second) };
            case LeadRole.Later when count.Kind != CountKind.None:
                var laterKind = precision == DatePrecision.Year ? TimeMentionKind.Year : TimeMentionKind.Date;
                if (_reference is { } from2 && CalendarMath.TryShift(from2, unit.Unit, value, 1, out var later))
                {
                    var date = PartialDate.From(later, precision);
                    return new DateMatch(core.Next, laterKind, date, date);
                }

                return new DateMatch(core.Next, laterKind, null, null);
            case LeadRole.Ago:
                var kind = precision == DatePrecision.Year ? TimeMentionKind.Year : TimeMentionKind.Date;
                if (count.Kind != CountKind.None && _reference is { } now &&
                    CalendarMath.TryShift(now, unit.Unit, value, -1, out var then))
                {
                    var agoDate = PartialDate.From(then, precision);
                    return new DateMatch(core.Next, kind, agoDate, agoDate);
                }

                return new DateMatch(core.Next, kind, null, null);
            default:
                return count.Kind == CountKind.None ? null : new DateMatch(core.Next, TimeMentionKind.Duration, null, null, Length(count), unit.Unit) { Approximate = count.Kind == CountKind.Vague };
        }
    }

    /// <summary>The reference moment shifted by a count of hours, minutes or seconds; null without a time of day.</summary>
    private DateTime? ClockOffset(double count, DateUnit unit, int sign)
    {
        if (_reference is not { } today || _timeOfDay is not { } time || count is < 0 or > 100_000)
        {
            return null;
        }

        var seconds = sign * Math.Round(count * unit switch { DateUnit.Hour => 3600, DateUnit.Minute => 60, _ => 1 });
        var moment = today.ToDateTime(time);
        return seconds < 0 && moment - DateTime.MinValue < TimeSpan.FromSeconds(-seconds) || seconds > 0 && DateTime.MaxValue - moment < TimeSpan.FromSeconds(seconds)
            ? null
            : moment.AddSeconds(seconds);
    }

    private static double? Length(Count count) => count.Kind == CountKind.None ? null : count.Value;

    /// <summary>"drei Jahre", "120 Tage", "einigen Wochen": a count and a unit, remembered for the next pattern that asks at the same token.</summary>
    private Core? Measure(int index)
    {
        if (index != _measureAt)
        {
            _measureAt = index;
            _measure = ReadMeasure(index);
        }

        return _measure;
    }

    private Core? ReadMeasure(int index)
    {
        if (!TryCount(index, out var count, out var next))
        {
            return null;
        }

        // "one and a half hours", "one hour and a half": a fraction joined to the count.
        var joined = false;
        if (SpacedOnLine(next) && Match(_lexicon.CountFractions, next, out var fraction, out var afterFraction))
        {
            count = count with { Value = count.Value + fraction };
            next = afterFraction;
            joined = true;
        }

        // "the 2 next days", "10 previous weeks": a direction between the count and the unit.
        if (!joined && SpacedOnLine(next) && Match(_lexicon.Directions, next, out var direction, out var unitAt) && direction != 0
            && SpacedOnLine(unitAt) && Match(_lexicon.Units, unitAt, out var directed, out var afterDirected) && directed.Plural)
        {
            return Span(direction, count, directed.Info, afterDirected);
        }

        // "3.5years": a unit glued to the number.
        var glued = _tokens.SameLine(next) && _tokens.Glued(next) && _tokens.IsWord(next) && _tokens.IsNumber(next - 1);
        if (!(SpacedOnLine(next) || glued) || !Match(_lexicon.Units, next, out var unit, out var end))
        {
            return null;
        }

        if (SpacedOnLine(end) && !joined && Match(_lexicon.CountFractions, end, out var after, out var afterUnit))
        {
            count = count with { Value = count.Value + after };
            end = afterUnit;
        }

        return new Core(end, TimeMentionKind.Duration, null, null, count, unit.Info);
    }

    /// <summary>"den ganzen Tag", "Dreiviertelstunde", "a fortnight": a phrase that names a length of time.</summary>
    private Core? UnitPhraseCore(int index) =>
        Match(_lexicon.UnitPhrases, index, out var length, out var next)
            ? new Core(next, TimeMentionKind.Duration, null, null, new Count(length.Count, CountKind.Exact), length.Info)
            : null;

    /// <summary>"seit Jahren", "vor Wochen": a plural unit without a count, only after "seit" or "vor".</summary>
    private Core? BarePlural(int index, LeadRole? role)
    {
        if (role is not (LeadRole.Since or LeadRole.Ago) ||
            !Match(_lexicon.Units, index, out var unit, out var next) || !unit.Plural)
        {
            return null;
        }

        return new Core(next, TimeMentionKind.Duration, null, null, new Count(0, CountKind.None), unit.Info);
    }

    /// <summary>A count: digits ("120", "2,5", "1.000"), a number word ("zwei", "zweieinhalb") or a vague word ("einigen").</summary>
    private bool TryCount(int index, out Count count, out int next)
    {
        count = default;
        next = index;
        if (_tokens.IsNumber(index))
        {
            if (!_tokens.FreeOnLeft(index) || !_tokens.TryNumber(index, 6, out var whole))
            {
                return false;
            }

            double value = whole;
            var last = index;
            for (var groups = 0; groups < 3 && IsGluedSymbol(last + 1, '.') && _tokens.Digits(last + 2) == 3 && _tokens.Glued(last + 2); groups++)
            {
                _tokens.TryNumber(last + 2, 3, out var group);
                value = (value * 1000) + group;
                last += 2;
            }

            // A decimal comma, or a decimal point that groups no thousands: "2,5", "123.45".
            if ((IsGluedSymbol(last + 1, ',') || (IsGluedSymbol(last + 1, '.') && _tokens.Digits(last + 2) is 1 or 2))
                && _tokens.Glued(last + 2) && _tokens.TryNumber(last + 2, 3, out var fraction))
            {
                value += fraction / Math.Pow(10, _tokens.Digits(last + 2));
                last += 2;
            }

            if (!_tokens.FreeOnRight(last) && !(_tokens.IsWord(last + 1) && Contains(_lexicon.Units, last + 1)))
            {
                return false;
            }

            count = new Count(value, CountKind.Exact);
            next = last + 1;
            return true;
        }

        // The longer phrase wins: "ein paar" (vague) over "ein" (one).
        var exact = Match(_lexicon.Numbers, index, out var number, out var afterNumber);
        var vague = Match(_lexicon.VagueNumbers, index, out var guess, out var afterGuess);
        if (vague && (!exact || afterGuess > afterNumber))
        {
            count = new Count(guess, CountKind.Vague);
            next = afterGuess;
            return true;
        }

        if (exact)
        {
            count = new Count(number, CountKind.Exact);
            next = afterNumber;
            return true;
        }

        if (!vague && TryNumberWords(index, out var read, out var afterRead))
        {
            count = new Count(read, CountKind.Exact);
            next = afterRead;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A count in number words from the language's number lexicon: "zwei", "zweieinhalb",
    /// "einem" (the article as one), "ein halbes" / "einem halben" (one half).
    /// </summary>
    private bool TryNumberWords(int index, out double value, out int next)
    {
        value = 0;
        next = index;
        if (_lexicon.NumberWords is not { } reader || !ReadNumberWord(index, out var word))
        {
            return false;
        }

        switch (word.Kind)
        {
            case Lexicon.NumberWordKind.Article:
                if (_tokens.IsWord(index + 1) && reader.TryReadWord(_tokens.TextOf(index + 1), out var half) && half.Kind == Lexicon.NumberWordKind.Fraction)
                {
                    value = 1 / half.Value;
                    next = index + 2;
                    return true;
                }

                value = 1;
                next = index + 1;
                return true;
            case Lexicon.NumberWordKind.Cardinal when word.Value > 0:
                value = word.Value;
                next = index + 1;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The phrase of <paramref name="table"/> that starts at token <paramref name="index"/>, if any. A word whose kinds
    /// lack the table's (<see cref="PhraseTable{T}.Kind"/>) starts none there: most are let go by the facts already
    /// remembered for the token, without a lookup in the table.
    /// </summary>
    private bool Match<T>(PhraseTable<T> table, int index, out T value, out int next)
    {
        if (table.Kind != WordKinds.None && _tokens.IsWord(index) && (KindsAt(index) & table.Kind) == 0)
        {
            value = default!;
            next = index;
            return false;
        }

        return table.Match(_tokens, index, out value, out next);
    }

    /// <summary>The token at <paramref name="index"/> begins some phrase of <paramref name="table"/> (see <see cref="Match"/>).</summary>
    private bool Contains<T>(PhraseTable<T> table, int index) => Match(table, index, out _, out _);

    /// <summary>The phrase tables the word at <paramref name="index"/> starts phrases in, remembered for the next questions about it.</summary>
    internal WordKinds KindsAt(int index) => FactsAt(index).Kinds;

    /// <summary>Whether the token at <paramref name="index"/> may be a number word (<see cref="DateLexicon.MayBeNumberWord"/>), remembered.</summary>
    private bool MayBeNumberWordAt(int index)
    {
        ref var facts = ref FactsAt(index);
        if (facts.NumberWord == 0)
        {
            facts.NumberWord = _lexicon.MayBeNumberWord(_tokens.TextOf(index)) ? (sbyte)1 : (sbyte)-1;
        }

        return facts.NumberWord > 0;
    }

    /// <summary>Whether the token at <paramref name="index"/> is a weekday with a time of day (<see cref="DateLexicon.IsWeekdayCompound"/>), remembered.</summary>
    private bool IsWeekdayCompoundAt(int index)
    {
        ref var facts = ref FactsAt(index);
        if (facts.WeekdayCompound == 0)
        {
            facts.WeekdayCompound = _lexicon.IsWeekdayCompound(_tokens.TextOf(index)) ? (sbyte)1 : (sbyte)-1;
        }

        return facts.WeekdayCompound > 0;
    }

    /// <summary>The facts about the token at <paramref name="index"/>: its kinds are looked up the first time it is asked about since its slot was last taken.</summary>
    private ref TokenFacts FactsAt(int index)
    {
        ref var facts = ref _facts[index & (TokenFactsMemo.Size - 1)];
        if (facts.Tag != index + 1 && _tokens.IsPlain(index))
        {
            // Most words of a window: the sentence's masks have answered all three questions.
            facts = new TokenFacts { Tag = index + 1, Kinds = WordKinds.None, NumberWord = -1, WeekdayCompound = -1 };
        }
        else if (facts.Tag != index + 1 && _tokens.LowerOf(index) is { } lower)
        {
            // A word made from a sentence's word: its facts are kept per pooled form (and first letter as written).
            facts = FormFacts(index, lower);
            facts.Tag = index + 1;
        }
        else if (facts.Tag != index + 1)
        {
            var kinds = _tokens.IsWord(index) && _lexicon.FirstWordKinds.TryGet(_tokens.TextOf(index), out var found) ? found : WordKinds.None;
            facts = new TokenFacts { Tag = index + 1, Kinds = kinds };
        }

        return ref facts;
    }

    /// <summary>
    /// All the lexicon says of a word that is not plain, kept per pooled lower-case form and the first letter as
    /// written: the rest of the word as written equals the rest of its lower-case form, so these two tell the word.
    /// The words a window asks about are few and frequent ("im", "seit", "ein", months), so most are answered here
    /// without a lookup in the lexicon's tables.
    /// </summary>
    private TokenFacts FormFacts(int index, string lower)
    {
        var text = _tokens.TextOf(index);
        var first = text[0];
        if (!ReferenceEquals(_formsLexicon, _lexicon))
        {
            Array.Clear(_forms);
            _formsLexicon = _lexicon;
        }

        ref var kept = ref _forms[(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(lower) ^ (first * 0x9E37)) & (_forms.Length - 1)];
        if (ReferenceEquals(kept.Form, lower) && kept.First == first)
        {
            return kept.Facts;
        }

        if (!text[1..].SequenceEqual(lower.AsSpan(1)))
        {
            var kinds = _lexicon.FirstWordKinds.TryGet(text, out var found) ? found : WordKinds.None;
            return new TokenFacts { Kinds = kinds };
        }

        var facts = new TokenFacts
        {
            Kinds = _lexicon.FirstWordKinds.TryGet(text, out var wordKinds) ? wordKinds : WordKinds.None,
            NumberWord = _lexicon.MayBeNumberWord(text) ? (sbyte)1 : (sbyte)-1,
            WeekdayCompound = _lexicon.IsWeekdayCompound(text) ? (sbyte)1 : (sbyte)-1,
            MayStart = _lexicon.MayStart(text) ? (sbyte)1 : (sbyte)-1,
        };
        facts.NumberWordRead = _lexicon.NumberWords is { } reader && reader.TryReadWord(text, out facts.Word) ? (sbyte)1 : (sbyte)-1;
        kept = new FormFact(lower, first, facts);
        return facts;
    }

    /// <summary>The facts of a word form (<see cref="FormFacts"/>).</summary>
    private readonly record struct FormFact(string? Form, char First, TokenFacts Facts);

    /// <summary>Whether the word at <paramref name="index"/> may start an expression (<see cref="DateLexicon.MayStart"/>), remembered.</summary>
    private bool MayStartAt(int index)
    {
        ref var facts = ref FactsAt(index);
        if (facts.MayStart == 0)
        {
            facts.MayStart = _lexicon.MayStart(_tokens.TextOf(index)) ? (sbyte)1 : (sbyte)-1;
        }

        return facts.MayStart > 0;
    }

    /// <summary>
    /// Whether a time expression may start at the token: a number or symbol, a word that starts a
    /// phrase of the lexicon (or a weekday with a time of day), or a number word with such a word
    /// right after it ("zwei Wochen", "zweiten Mai", "ein halbes Jahr").
    /// </summary>
    public bool MayOpenAt(int index)
    {
        if (!_tokens.IsWord(index))
        {
            // Punctuation opens nothing; numbers and other symbols (">= 2019") may.
            return _tokens.IsNumber(index) || !IsPunctuation(index);
        }

        // Common words that open only a phrase of their own or a direction ("to date", "more than",
        // "that week") are checked for it here, so that "to", "more" and "that" cost one lookup.
        switch (KindsAt(index))
        {
            case WordKinds.UntilNow:
                return Contains(_lexicon.UntilNow, index);
            case WordKinds.CountQualifier:
                return Contains(_lexicon.CountQualifiers, index);
            case WordKinds.Direction:
                return _tokens.IsNumber(index + 1) || OpensPhrase(index + 1)
                    || (_tokens.IsWord(index + 1) && MayBeNumberWordAt(index + 1));
            case WordKinds.Count:
                // "another day", "a few weeks", "einige Tage": a count opens only with a unit or another word of a phrase after it.
                return OpensPhrase(index + 1) || OpensPhrase(index + 2) || OpensPhrase(index + 3);
        }

        return OpensPhrase(index)
            || (MayBeNumberWordAt(index) && (OpensPhrase(index + 1) || OpensPhrase(index + 2) || OpensPhrase(index + 3)));
    }

    private bool OpensPhrase(int index) =>
        _tokens.IsWord(index) && (KindsAt(index) != WordKinds.None || IsWeekdayCompoundAt(index));

    /// <summary>
    /// The token read as a number word, remembered with its facts: the patterns ask about the tokens around the one
    /// they start at, in turns, so one remembered token was read again and again.
    /// </summary>
    private bool ReadNumberWord(int index, out Lexicon.NumberWord word)
    {
        ref var facts = ref FactsAt(index);
        if (facts.NumberWordRead == 0)
        {
            // A plain word reads as none: the reader reads no word its starts let go (NumberWordReader.TryReadWord).
            var read = _lexicon.NumberWords is { } reader && _tokens.IsWord(index)
                && !(_tokens.IsPlain(index) && reader is Lexicon.NumberWordReader)
                && reader.TryReadWord(_tokens.TextOf(index), out facts.Word);
            facts.NumberWordRead = read ? (sbyte)1 : (sbyte)-1;
        }

        word = facts.Word;
        return facts.NumberWordRead > 0;
    }

    private bool IsPunctuation(int index) =>
        _tokens.Has(index) && _tokens[index].Kind == DateTokenKind.Symbol
        && _tokens.Text[_tokens[index].Start] is ',' or '.' or ';' or ':' or '"' or '(' or ')' or '!' or '?';

    private bool IsGluedSymbol(int index, char symbol) => _tokens.IsSymbol(index, symbol) && _tokens.Glued(index);

    /// <summary>The next token is on the same line after a space (not glued, not on a new line).</summary>
    private bool SpacedOnLine(int index) => _tokens.SameLine(index) && !_tokens.Glued(index);
}
