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
    private const string GermanResource = "Claimgraph.Resources.de/dates.yaml";

    private static readonly Lazy<DateLexicon> LazyGerman = new(() => Parse(ReadResource(GermanResource)));

    private DateLexicon(DateLexiconFile file)
    {
        Months = Table(file.Months.SelectMany(pair => pair.Value.Select(word => Pair(word, Check(pair.Key, 1, 12, "month")))));
        var weekdays = file.Weekdays
            .SelectMany(pair => pair.Value.Select(word => Pair(word, Check(pair.Key, 1, 7, "weekday"))))
            .ToList();
        Weekdays = Table(weekdays);
        WeekdayNames = weekdays;
        WeekdaySuffixes = new HashSet<string>(file.WeekdaySuffixes, StringComparer.OrdinalIgnoreCase);
        Seasons = Table(file.Seasons.SelectMany(entry =>
        {
            var range = Range(entry.Months, "season");
            return entry.Words.Select(word => Pair(word, range));
        }));
        YearPoints = Table(file.YearPoints.SelectMany(entry =>
        {
            var point = new YearPoint(Range(entry.Months, "year point"), Enum<YearResolution>(entry.Resolve, "resolve"));
            return entry.Words.Select(word => Pair(word, point));
        }));
        Parts = Table(file.Parts.SelectMany(entry =>
        {
            var days = Range(entry.Days, "part days");
            var part = new DatePart(Range(entry.Months, "part"), days.First, days.Last);
            return entry.Words.Select(word => Pair(word, part));
        }));
        Directions = Table(
            file.Relative.Past.Select(word => Pair(word, -1))
                .Concat(file.Relative.Future.Select(word => Pair(word, 1)))
                .Concat(file.Relative.Current.Select(word => Pair(word, 0))));
        var units = new Dictionary<DateUnit, UnitInfo>();
        var unitWords = new List<KeyValuePair<string, UnitWord>>();
        foreach (var entry in file.Units)
        {
            var info = new UnitInfo(
                Enum<DateUnit>(entry.Unit, "unit"),
                Math.Max(1, entry.Vague),
                Enum<DatePrecision>(entry.Precision, "precision"),
                Enum<DatePrecision>(entry.VaguePrecision, "vague_precision"));
            units[info.Unit] = info;
            unitWords.AddRange(entry.Singular.Select(word => Pair(word, new UnitWord(info, false))));
            unitWords.AddRange(entry.Plural.Select(word => Pair(word, new UnitWord(info, true))));
        }

        Units = Table(unitWords);
        UnitInfos = units;
        RelativeNouns = Table(file.RelativeNouns.SelectMany(entry =>
        {
            var noun = new RelativeNoun(Enum<DateUnit>(entry.Unit, "unit"), entry.Offset);
            return entry.Words.Select(word => Pair(word, noun));
        }));
        DeicticDays = Table(file.DeicticDays.SelectMany(entry => entry.Words.Select(word => Pair(word, entry.Offset))));
        YearNouns = Set(file.YearNouns);
        DecadeSuffixes = Set(file.DecadeSuffixes);
        DecadeNouns = Set(file.DecadeNouns);
        Numbers = Table(file.Numbers.Select(pair => Pair(pair.Key, pair.Value)));
        VagueNumbers = Table(file.VagueNumbers.Select(pair => Pair(pair.Key, pair.Value)));
        Prepositions = Table(file.Prepositions.SelectMany(pair =>
        {
            var role = Enum<LeadRole>(pair.Key, "preposition role");
            return pair.Value.Select(word => Pair(word, role));
        }));
        Articles = Set(file.Articles);
        RangeConnectors = Table(
            file.RangeConnectors.Select(word => Pair(word, false))
                .Concat(file.ListConnectors.Select(word => Pair(word, true))));
        UnitConnectors = Set(file.UnitConnectors);
        NotYearAfter = Set(file.NotYearAfter);
        ClockWords = Set(file.ClockWords);
        DatelineLabels = Set(file.Dateline.Labels);
        DatelineTimeSeparators = Set(file.Dateline.TimeSeparators);
    }

    /// <summary>The German lexicon, from the embedded Resources/de/dates.yaml.</summary>
    public static DateLexicon German => LazyGerman.Value;

    internal PhraseTable<int> Months { get; }

    internal PhraseTable<int> Weekdays { get; }

    /// <summary>Weekday names with their ISO day numbers, for compounds ("Samstagabend").</summary>
    internal IReadOnlyList<KeyValuePair<string, int>> WeekdayNames { get; }

    internal IReadOnlySet<string> WeekdaySuffixes { get; }

    internal PhraseTable<MonthRange> Seasons { get; }

    internal PhraseTable<YearPoint> YearPoints { get; }

    internal PhraseTable<DatePart> Parts { get; }

    /// <summary>-1 for past, +1 for future, 0 for the current unit.</summary>
    internal PhraseTable<int> Directions { get; }

    internal PhraseTable<UnitWord> Units { get; }

    internal IReadOnlyDictionary<DateUnit, UnitInfo> UnitInfos { get; }

    internal PhraseTable<RelativeNoun> RelativeNouns { get; }

    internal PhraseTable<int> DeicticDays { get; }

    internal PhraseTable<bool> YearNouns { get; }

    internal PhraseTable<bool> DecadeSuffixes { get; }

    internal PhraseTable<bool> DecadeNouns { get; }

    internal PhraseTable<double> Numbers { get; }

    internal PhraseTable<double> VagueNumbers { get; }

    internal PhraseTable<LeadRole> Prepositions { get; }

    internal PhraseTable<bool> Articles { get; }

    /// <summary>Words that join two points into a period; the value is true for list words ("und").</summary>
    internal PhraseTable<bool> RangeConnectors { get; }

    internal PhraseTable<bool> UnitConnectors { get; }

    internal PhraseTable<bool> NotYearAfter { get; }

    internal PhraseTable<bool> ClockWords { get; }

    internal PhraseTable<bool> DatelineLabels { get; }

    internal PhraseTable<bool> DatelineTimeSeparators { get; }

    /// <summary>Reads a lexicon from the text of a dates.yaml file.</summary>
    /// <exception cref="FormatException">The text is not a valid lexicon.</exception>
    public static DateLexicon Parse(string yaml)
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
        catch (YamlException exception)
        {
            throw new FormatException($"Invalid date lexicon: {exception.Message}", exception);
        }

        return new DateLexicon(file ?? new DateLexiconFile());
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(DateLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static KeyValuePair<string, T> Pair<T>(string word, T value) => new(word, value);

    private static PhraseTable<T> Table<T>(IEnumerable<KeyValuePair<string, T>> pairs) => new(pairs);

    private static PhraseTable<bool> Set(IEnumerable<string> words) => new(words.Select(word => Pair(word, true)));

    private static int Check(int value, int min, int max, string what) =>
        value >= min && value <= max ? value : throw new FormatException($"Invalid {what} number {value} in date lexicon.");

    private static MonthRange Range(List<int> values, string what) =>
        values.Count == 2 && values[0] <= values[1]
            ? new MonthRange(values[0], values[1])
            : throw new FormatException($"Invalid {what} range in date lexicon: give [first, last].");

    private static T Enum<T>(string text, string what)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new FormatException($"Invalid {what} '{text}' in date lexicon.");
}
