using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// The words of one language's time expressions (month and weekday names, seasons, relative
/// words, units, number words, prepositions, dateline labels), read from a dates.yaml file.
/// Immutable; safe to share between threads.
/// </summary>
public sealed class DateLexicon
{
    // The German lexicon takes its number words from the German pack's numbers.yaml.
    private static readonly Lazy<DateLexicon> LazyGerman = new(() => Lexicon.LanguagePack.Load("de", Lexicon.EmbeddedLexiconSource.Instance).Dates);

    private DateLexicon(DateLexiconFile file, Lexicon.INumberWordReader? numberWords)
    {
        NumberWords = numberWords;
        MonthWords = Map(file.Months).SelectMany(pair => Words(pair.Value)).Select(word => word.TrimEnd('.')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Months = Table(Map(file.Months).SelectMany(pair => Words(pair.Value).Select(word => Pair(word, Check(pair.Key, 1, 12, "month")))));
        var weekdays = Map(file.Weekdays)
            .SelectMany(pair => Words(pair.Value).Select(word => Pair(word, Check(pair.Key, 1, 7, "weekday"))))
            .ToList();
        Weekdays = Table(weekdays);
        // Compounds ("Samstagabend") are made of full names, not of abbreviations ("So", "Mo.").
        WeekdayNames = weekdays.Where(pair => pair.Key.Length > 3 && !pair.Key.EndsWith('.')).ToArray();
        WeekdaySuffixes = new HashSet<string>(Words(file.WeekdaySuffixes), StringComparer.OrdinalIgnoreCase);
        Seasons = Table(Entries(file.Seasons).SelectMany(entry =>
        {
            var range = Range(entry.Months, "season");
            return Words(entry.Words).Select(word => Pair(word, range));
        }));
        YearPoints = Table(Entries(file.YearPoints).SelectMany(entry =>
        {
            var point = new YearPoint(Range(entry.Months, "year point"), Enum<YearResolution>(entry.Resolve, "resolve"));
            return Words(entry.Words).Select(word => Pair(word, point));
        }));
        Holidays = Table(Entries(file.Holidays).SelectMany(entry =>
        {
            var holiday = HolidayOf(entry);
            return Words(entry.Words).Select(word => Pair(word, holiday));
        }));
        Parts = Table(Entries(file.Parts).SelectMany(entry =>
        {
            var days = Range(entry.Days, "part days");
            var weekdays = entry.Weekdays is { Count: > 0 } ? Range(entry.Weekdays, "part weekdays") : new MonthRange(0, 0);
            if (weekdays.First is < 0 or > 7 || weekdays.Last is < 0 or > 7 || weekdays.First > weekdays.Last)
            {
                throw new FormatException($"Invalid part weekdays [{weekdays.First}, {weekdays.Last}] in date lexicon: give ISO days 1 to 7.");
            }

            var part = new DatePart(Range(entry.Months, "part"), days.First, days.Last, weekdays.First, weekdays.Last);
            return Words(entry.Words).Select(word => Pair(word, part));
        }));
        var relative = file.Relative ?? new DateLexiconFile.RelativeEntry();
        Directions = Table(
            Words(relative.Past).Select(word => Pair(word, -1))
                .Concat(Words(relative.Future).Select(word => Pair(word, 1)))
                .Concat(Words(relative.Current).Select(word => Pair(word, 0)))
                .Concat(Words(relative.BeforeLast).Select(word => Pair(word, -2)))
                .Concat(Words(relative.AfterNext).Select(word => Pair(word, 2)))
                .Concat(Words(relative.NearPast).Select(word => Pair(word, -1)))
                .Concat(Words(relative.NearFuture).Select(word => Pair(word, 1))));
        NearDirections = Set(Words(relative.NearPast).Concat(Words(relative.NearFuture)));
        var unitWords = new List<KeyValuePair<string, UnitWord>>();
        foreach (var entry in Entries(file.Units))
        {
            var info = new UnitInfo(
                Enum<DateUnit>(entry.Unit, "unit"),
                Math.Max(1, entry.Vague),
                Enum<DatePrecision>(entry.Precision, "precision"),
                Enum<DatePrecision>(entry.VaguePrecision, "vague_precision"));
            unitWords.AddRange(Words(entry.Singular).Select(word => Pair(word, new UnitWord(info, false))));
            unitWords.AddRange(Words(entry.Plural).Select(word => Pair(word, new UnitWord(info, true))));
        }

        Units = Table(unitWords);
        var unitInfos = unitWords.Select(pair => pair.Value.Info).DistinctBy(info => info.Unit).ToDictionary(info => info.Unit);
        UnitPhrases = Table(Entries(file.UnitPhrases).SelectMany(entry =>
        {
            var unit = Enum<DateUnit>(entry.Unit, "unit");
            var length = unitInfos.TryGetValue(unit, out var info) && entry.Count > 0
                ? new UnitLength(info, entry.Count)
                : throw new FormatException($"Invalid unit phrase in date lexicon: unit '{entry.Unit}' must be one of units, count above 0.");
            return Words(entry.Words).Select(word => Pair(word, length));
        }));
        RelativeNouns = Table(Entries(file.RelativeNouns).SelectMany(entry =>
        {
            var noun = new RelativeNoun(Enum<DateUnit>(entry.Unit, "unit"), entry.Offset);
            return Words(entry.Words).Select(word => Pair(word, noun));
        }));
        WeekParts = Table(Entries(file.WeekParts).SelectMany(entry =>
        {
            var days = Range(entry.Days, "week part days");
            var part = days.First >= 1 && days.Last <= 7 ? new WeekPart(days.First, days.Last) : throw new FormatException("Invalid week part days in date lexicon: give ISO days 1 to 7.");
            return Words(entry.Words).Select(word => Pair(word, part));
        }));
        DeicticDays = Table(Entries(file.DeicticDays).SelectMany(entry => Words(entry.Words).Select(word => Pair(word, entry.Offset))));
        YearNouns = Set(file.YearNouns);
        DecadeSuffixes = Set(file.DecadeSuffixes);
        DecadeNouns = Set(file.DecadeNouns);
        CenturyNouns = Set(file.CenturyNouns);
        DecadeWords = Values(file.DecadeWords);
        Numbers = Values(file.Numbers);
        CountFractions = Values(file.CountFractions);
        VagueNumbers = Values(file.VagueNumbers);
        Prepositions = Roles(file.Prepositions, "preposition role");
        Articles = Set(file.Articles);
        RangeConnectors = Table(
            Words(file.RangeConnectors).Select(word => Pair(word, false))
                .Concat(Words(file.ListConnectors).Select(word => Pair(word, true))));
        UnitConnectors = Set(file.UnitConnectors);
        NotYearAfter = Set(file.NotYearAfter);
        ClockWords = Set(file.ClockWords);
        Meridiem = Halves(file.Meridiem, "meridiem");
        DayParts = Halves(file.DayParts, "day part");
        ClockLeads = Set(file.ClockLeads);
        YearHalves = Keyed(file.YearHalves, "year half", ("first", 1), ("second", 2));
        CountQualifiers = Keyed(file.CountQualifiers, "count qualifier", ("more", 1), ("less", -1));
        ClockRelations = Keyed(file.ClockRelations, "clock relation", ("past", 1), ("to", -1));
        ClockMinutes = Values(file.ClockMinutes);
        Now = Set(file.Now);
        UntilNow = Set(file.UntilNow);
        CurrentUnitArticles = Set(file.CurrentUnitArticles);
        PointBounds = Roles(file.PointBounds, "point bound role", LeadRole.Before, LeadRole.After);
        CoreKeeps = Set(file.CoreKeeps);
        Postpositions = Roles(file.Postpositions, "postposition role");
        AnchoredOffsets = Roles(file.AnchoredOffsets, "anchored offset role", LeadRole.Ago, LeadRole.Later);
        DaySuffixes = Set(file.DaySuffixes);
        DayMonthJoiners = Set(file.DayMonthJoiners);
        YearJoiners = Set(file.YearJoiners);
        WeekOfJoiners = Set(file.WeekOfJoiners);
        DayAfterMonth = file.DayAfterMonth;
        DayPeriod = file.DayPeriod;
        MonthFirstSlashes = string.Equals(file.SlashOrder, "mdy", StringComparison.OrdinalIgnoreCase);
        DayFirstSlashes = string.Equals(file.SlashOrder, "dmy", StringComparison.OrdinalIgnoreCase);
        _starts = new Lexicon.WordStarts(new IEnumerable<string>[]
        {
            Months.FirstWords, Weekdays.FirstWords, Seasons.FirstWords, YearPoints.FirstWords, Parts.FirstWords, Directions.FirstWords,
            Units.FirstWords, UnitPhrases.FirstWords, Holidays.FirstWords, RelativeNouns.FirstWords, WeekParts.FirstWords, DeicticDays.FirstWords, YearNouns.FirstWords, Numbers.FirstWords,
            VagueNumbers.FirstWords, Prepositions.FirstWords, Now.FirstWords, WeekdayNames.Select(p => p.Key),
        }.SelectMany(words => words));

        _weekdayStarts = new Lexicon.WordStarts(WeekdayNames.Select(p => p.Key));
        var kinds = new Dictionary<string, WordKinds>(StringComparer.OrdinalIgnoreCase);
        void Mark<T>(PhraseTable<T> table, WordKinds kind)
        {
            table.Kind = kind;
            foreach (var word in table.FirstWords)
            {
                kinds[word] = kinds.GetValueOrDefault(word) | kind;
            }
        }

        Mark(DeicticDays, WordKinds.Deictic);
        Mark(RelativeNouns, WordKinds.RelativeNoun);
        Mark(YearNouns, WordKinds.YearNoun);
        Mark(Parts, WordKinds.Part);
        Mark(Holidays, WordKinds.Holiday);
        Mark(WeekParts, WordKinds.WeekPart);
        Mark(YearPoints, WordKinds.YearPoint);
        Mark(Directions, WordKinds.Direction);
        Mark(Seasons, WordKinds.Season);
        Mark(Weekdays, WordKinds.Weekday);
        Mark(Months, WordKinds.Month);
        Mark(Units, WordKinds.Unit);
        Mark(UnitPhrases, WordKinds.UnitPhrase);
        Mark(DecadeWords, WordKinds.DecadeWord);
        Mark(Numbers, WordKinds.Count);
        Mark(VagueNumbers, WordKinds.Count);
        Mark(Prepositions, WordKinds.Preposition);
        Mark(Now, WordKinds.Now);
        Mark(UntilNow, WordKinds.UntilNow);
        Mark(CountQualifiers, WordKinds.CountQualifier);
        FirstWordKinds = new Lexicon.WordTable<WordKinds>(kinds);
        // Every time expression but a bare number ends in one of these words (prepositions, articles,
        // counts and directions only lead into one).
        ClosingWords = Lexicon.WordTable.Set(new IEnumerable<string>[]
        {
            DeicticDays.LastWords, RelativeNouns.LastWords, YearNouns.LastWords, Parts.LastWords, Holidays.LastWords, WeekParts.LastWords,
            YearPoints.LastWords, Seasons.LastWords, Weekdays.LastWords, Months.LastWords, Units.LastWords, UnitPhrases.LastWords,
            DecadeWords.LastWords, DecadeNouns.LastWords, CenturyNouns.LastWords, Now.LastWords, UntilNow.LastWords,
        }.SelectMany(words => words));
        DateWords = new Lexicon.WordClass(form => ClosingWords.Contains(form) || IsWeekdayCompound(form));
        // Asked of the lower-case form, which matches a phrase's first word whenever the word as written does (the
        // tables ignore case): a word outside the class is plain (DateToken.Plain) and costs the scanner no lookup.
        PhraseWords = new Lexicon.WordClass(form => StartsPhrase(form) || MayBeNumberWord(form));

        var dateline = file.Dateline ?? new DateLexiconFile.DatelineEntry();
        DatelineLabels = Set(dateline.Labels);
        DatelineLabelStarts = System.Buffers.SearchValues.Create([.. DatelineLabels.FirstWords], StringComparison.OrdinalIgnoreCase);
        DatelineTimeSeparators = Set(dateline.TimeSeparators);
    }

    private readonly Lexicon.WordStarts _starts;
    private readonly Lexicon.WordStarts _weekdayStarts;

    /// <summary>
    /// Whether a time expression may start with this word: it starts like a word of the lexicon
    /// or a number word. A cheap filter for the words of a text, almost none of which open one.
    /// </summary>
    internal bool MayStart(ReadOnlySpan<char> word) =>
        _starts.MayStart(word) || (NumberWords is Lexicon.NumberWordReader reader && reader.MayBeNumber(word));

    /// <summary>Whether the word is the first word of a phrase of the lexicon, or a weekday with a time of day ("Samstagabend").</summary>
    internal bool StartsPhrase(ReadOnlySpan<char> word)
    {
        return FirstWordKinds.Contains(word) || IsWeekdayCompound(word);
    }

    /// <summary>A weekday with a time of day: "Samstagabend".</summary>
    internal bool IsWeekdayCompound(ReadOnlySpan<char> word)
    {
        if (!_weekdayStarts.MayStart(word))
        {
            return false;
        }

        foreach (var (name, _) in WeekdayNames)
        {
            if (word.Length > name.Length && word.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word may be a number word (a count or an ordinal day).</summary>
    internal bool MayBeNumberWord(ReadOnlySpan<char> word) => NumberWords is Lexicon.NumberWordReader reader && reader.MayBeNumber(word);

    /// <summary>The German lexicon, from the embedded Resources/de/dates.yaml.</summary>
    public static DateLexicon German => LazyGerman.Value;

    internal PhraseTable<int> Months { get; }

    /// <summary>For each word that starts a phrase of the lexicon, the tables it starts phrases in: one lookup per word instead of one per table.</summary>
    internal Lexicon.WordTable<WordKinds> FirstWordKinds { get; }

    /// <summary>The last words of the phrases that name a time (months, weekdays, units, "gestern", "Ende", "Woche").</summary>
    internal Lexicon.WordTable<bool> ClosingWords { get; }

    /// <summary>The words near which a time expression is looked for: closing words and weekday compounds (a bit of the pack's cue index).</summary>
    internal Lexicon.WordClass DateWords { get; }

    /// <summary>
    /// The words a time expression may be read at: the first words of the phrases, weekdays with a time of day and
    /// possible number words (a bit of the pack's cue index; <see cref="DateTokens.MarkPlainWords"/>).
    /// </summary>
    internal Lexicon.WordClass PhraseWords { get; }

    /// <summary>The month names and abbreviations (without period), for the sentence splitter.</summary>
    public IReadOnlyList<string> MonthWords { get; }

    /// <summary>
    /// The language's number words (numbers.yaml), for counts ("zwei Wochen", "ein halbes Jahr")
    /// and ordinal days ("am zweiten Mai"); dates.yaml's own numbers table only adds to them.
    /// </summary>
    internal Lexicon.INumberWordReader? NumberWords { get; }

    internal PhraseTable<int> Weekdays { get; }

    /// <summary>Weekday names with their ISO day numbers, for compounds ("Samstagabend").</summary>
    internal KeyValuePair<string, int>[] WeekdayNames { get; }

    internal IReadOnlySet<string> WeekdaySuffixes { get; }

    internal PhraseTable<MonthRange> Seasons { get; }

    internal PhraseTable<YearPoint> YearPoints { get; }

    internal PhraseTable<DatePart> Parts { get; }

    internal PhraseTable<Holiday> Holidays { get; }

    /// <summary>-1 for past, +1 for future, 0 for the current unit.</summary>
    internal PhraseTable<int> Directions { get; }

    /// <summary>Direction words that mean the nearest weekday ("kommenden Samstag"), not that day of the next or last week.</summary>
    internal PhraseTable<bool> NearDirections { get; }

    internal PhraseTable<UnitWord> Units { get; }

    internal PhraseTable<UnitLength> UnitPhrases { get; }

    internal PhraseTable<RelativeNoun> RelativeNouns { get; }

    internal PhraseTable<WeekPart> WeekParts { get; }

    internal PhraseTable<int> DeicticDays { get; }

    internal PhraseTable<bool> YearNouns { get; }

    internal PhraseTable<bool> DecadeSuffixes { get; }

    internal PhraseTable<bool> DecadeNouns { get; }

    /// <summary>"nineties" (90): a decade of the 1900s in words.</summary>
    internal PhraseTable<double> DecadeWords { get; }

    /// <summary>"century" after an ordinal: "the 21st century".</summary>
    internal PhraseTable<bool> CenturyNouns { get; }

    internal PhraseTable<double> Numbers { get; }

    internal PhraseTable<double> VagueNumbers { get; }

    internal PhraseTable<double> CountFractions { get; }

    internal PhraseTable<LeadRole> Prepositions { get; }

    internal PhraseTable<bool> Articles { get; }

    /// <summary>Words that join two points into a period; the value is true for list words ("und").</summary>
    internal PhraseTable<bool> RangeConnectors { get; }

    internal PhraseTable<bool> UnitConnectors { get; }

    internal PhraseTable<bool> NotYearAfter { get; }

    internal PhraseTable<bool> ClockWords { get; }

    /// <summary>"am" (0) and "pm" (12): the hours a half of the day adds.</summary>
    internal PhraseTable<int> Meridiem { get; }

    internal PhraseTable<bool> ClockLeads { get; }

    /// <summary>Words after a year for its first (1) or second (2) half.</summary>
    internal PhraseTable<int> YearHalves { get; }

    /// <summary>"past" (1), "to" (-1) between minutes and an hour: "ten past eight", "quarter to nine".</summary>
    internal PhraseTable<int> ClockRelations { get; }

    /// <summary>"half" (30), "quarter" (15) before "past"/"to".</summary>
    internal PhraseTable<double> ClockMinutes { get; }

    /// <summary>"more than" (1), "less than" (-1) before a count of units.</summary>
    internal PhraseTable<int> CountQualifiers { get; }

    /// <summary>Parts of the day around a time and the hours they add: "frühmorgens" 0, "spätabend" 12.</summary>
    internal PhraseTable<int> DayParts { get; }

    internal PhraseTable<bool> Now { get; }

    /// <summary>"to date", "till current date": from what was named up to the moment of speaking.</summary>
    internal PhraseTable<bool> UntilNow { get; }

    /// <summary>Articles that, between a preposition and a singular unit, name the reference date's unit: "for the day", "of the year".</summary>
    internal PhraseTable<bool> CurrentUnitArticles { get; }

    /// <summary>After a point, what makes it the bound of an open stretch: "and later" (after), "or earlier" (before).</summary>
    internal PhraseTable<LeadRole> PointBounds { get; }

    internal PhraseTable<bool> CoreKeeps { get; }

    internal PhraseTable<LeadRole> Postpositions { get; }

    internal PhraseTable<LeadRole> AnchoredOffsets { get; }

    internal PhraseTable<bool> DaySuffixes { get; }

    internal PhraseTable<bool> DayMonthJoiners { get; }

    internal PhraseTable<bool> YearJoiners { get; }

    internal PhraseTable<bool> WeekOfJoiners { get; }

    internal bool DayAfterMonth { get; }

    internal bool DayPeriod { get; }

    internal bool MonthFirstSlashes { get; }

    internal bool DayFirstSlashes { get; }

    internal PhraseTable<bool> DatelineLabels { get; }

    /// <summary>The first words of <see cref="DatelineLabels"/>.</summary>
    internal System.Buffers.SearchValues<string> DatelineLabelStarts { get; }

    internal PhraseTable<bool> DatelineTimeSeparators { get; }

    /// <summary>Reads a lexicon from the text of a dates.yaml file.</summary>
    /// <exception cref="FormatException">The text is not a valid lexicon.</exception>
    public static DateLexicon Parse(string yaml) => Parse(yaml, null);

    /// <summary>Reads a lexicon from the text of a dates.yaml file, with the language's number words.</summary>
    /// <exception cref="FormatException">The text is not a valid lexicon.</exception>
    public static DateLexicon Parse(string yaml, Lexicon.INumberWordReader? numberWords)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        DateLexiconFile? file;
        try
        {
            file = deserializer.Deserialize<DateLexiconFile>(yaml);
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException or InvalidOperationException
            or InvalidCastException or OverflowException)
        {
            // YamlDotNet reports most errors as YamlException, but a few (an invalid tag URI:
            // "!!int]") escape as ArgumentException.
            throw new FormatException($"Invalid date lexicon: {exception.Message}", exception);
        }

        return new DateLexicon(file ?? new DateLexiconFile(), numberWords);
    }

    private static KeyValuePair<string, T> Pair<T>(string word, T value) => new(word, value);

    // Words by half of the day ("am" / "pm") with the hours that half adds (0 / 12).
    private static PhraseTable<int> Halves(Dictionary<string, List<string>>? halves, string what) => Keyed(halves, what, ("am", 0), ("pm", 12));

    /// <summary>Word lists under one of two keys, each key standing for a number: "more: [...]" 1, "less: [...]" -1.</summary>
    private static PhraseTable<int> Keyed(Dictionary<string, List<string>>? lists, string what, (string Key, int Value) first, (string Key, int Value) second) =>
        Table(Map(lists).SelectMany(pair =>
        {
            var key = pair.Key.ToLowerInvariant();
            var value = key == first.Key ? first.Value
                : key == second.Key ? second.Value
                : throw new FormatException($"Invalid {what} '{pair.Key}' in date lexicon: give {first.Key} or {second.Key}.");
            return Words(pair.Value).Select(word => Pair(word, value));
        }));

    /// <summary>Word lists under the role they play ("before: [...]"), restricted to <paramref name="allowed"/> when any are given.</summary>
    private static PhraseTable<LeadRole> Roles(Dictionary<string, List<string>>? lists, string what, params LeadRole[] allowed) =>
        Table(Map(lists).SelectMany(pair =>
        {
            var role = Enum<LeadRole>(pair.Key, what);
            return allowed.Length == 0 || allowed.Contains(role)
                ? Words(pair.Value).Select(word => Pair(word, role))
                : throw new FormatException($"Invalid {what} '{pair.Key}' in date lexicon: give {string.Join(" or ", allowed.Select(r => r.ToString().ToLowerInvariant()))}.");
        }));

    /// <summary>Phrases with a number each: "a couple of: 2".</summary>
    private static PhraseTable<double> Values(Dictionary<string, double>? values) =>
        Table(Map(values).Where(pair => !string.IsNullOrWhiteSpace(pair.Key)).Select(pair => Pair(pair.Key, pair.Value)));

    private static PhraseTable<T> Table<T>(IEnumerable<KeyValuePair<string, T>> pairs) => new(pairs);

    private static PhraseTable<bool> Set(IEnumerable<string?>? words) => new(Words(words).Select(word => Pair(word, true)));

    // An empty node in the YAML ("months:", "words: [~]") reads as null: treat it as empty.
    private static IEnumerable<string> Words(IEnumerable<string?>? words) =>
        words is null ? [] : words.Where(word => !string.IsNullOrWhiteSpace(word)).Select(word => word!);

    private static IEnumerable<T> Entries<T>(IEnumerable<T?>? entries)
        where T : class =>
        entries is null ? [] : entries.Where(entry => entry is not null).Select(entry => entry!);

    private static IEnumerable<KeyValuePair<TKey, TValue>> Map<TKey, TValue>(Dictionary<TKey, TValue>? map)
        where TKey : notnull =>
        map ?? [];

    private static Holiday HolidayOf(DateLexiconFile.HolidayEntry entry)
    {
        if (entry.Easter is { } offset)
        {
            return new Holiday(0, 0, offset);
        }

        if (entry.NthWeekday is { Count: 3 } nth)
        {
            return nth[0] is >= 1 and <= 12 && nth[1] is >= 1 and <= 7 && (nth[2] is >= 1 and <= 5 || nth[2] == -1) && Math.Abs(entry.Offset) <= 7
                ? new Holiday(nth[0], 0, null, nth[1], nth[2], entry.Offset)
                : throw new FormatException("Invalid holiday nth_weekday in date lexicon: give [month, ISO weekday, n] with n 1 to 5 or -1.");
        }

        var parts = (entry.Date ?? "").Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], out var month) && int.TryParse(parts[1], out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= CalendarMath.MaxDaysInMonth(month))
        {
            return new Holiday(month, day, null);
        }

        throw new FormatException($"Invalid holiday date '{entry.Date}' in date lexicon: give \"MM-DD\", easter: days or nth_weekday: [month, weekday, n].");
    }

    private static int Check(int value, int min, int max, string what) =>
        value >= min && value <= max ? value : throw new FormatException($"Invalid {what} number {value} in date lexicon.");

    private static MonthRange Range(List<int>? values, string what) =>
        values is { Count: 2 } && values[0] <= values[1]
            ? new MonthRange(values[0], values[1])
            : throw new FormatException($"Invalid {what} range in date lexicon: give [first, last].");

    private static T Enum<T>(string? text, string what)
        where T : struct, Enum =>
        text is not null && System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new FormatException($"Invalid {what} '{text}' in date lexicon.");
}
