namespace Claimgraph.Recognizers.Dates;

/// <summary>The shape of a dates.yaml file, as YamlDotNet reads it (underscored names).</summary>
internal sealed class DateLexiconFile
{
    public Dictionary<int, List<string>> Months { get; set; } = [];

    public Dictionary<int, List<string>> Weekdays { get; set; } = [];

    public List<string> WeekdaySuffixes { get; set; } = [];

    public List<RangeEntry> Seasons { get; set; } = [];

    public List<YearPointEntry> YearPoints { get; set; } = [];

    public List<PartEntry> Parts { get; set; } = [];

    public List<HolidayEntry> Holidays { get; set; } = [];

    public RelativeEntry Relative { get; set; } = new();

    public List<UnitEntry> Units { get; set; } = [];

    public List<RelativeNounEntry> RelativeNouns { get; set; } = [];

    /// <summary>Words that name a length of time: "den ganzen Tag" = 1 day, "Dreiviertelstunde" = 0.75 hours.</summary>
    public List<UnitPhraseEntry> UnitPhrases { get; set; } = [];

    /// <summary>Days of a week a word names: "Wochenende" = [6, 7].</summary>
    public List<WeekPartEntry> WeekParts { get; set; } = [];

    public List<OffsetEntry> DeicticDays { get; set; } = [];

    public List<string> YearNouns { get; set; } = [];

    public List<string> DecadeSuffixes { get; set; } = [];

    public List<string> DecadeNouns { get; set; } = [];

    public List<string> CenturyNouns { get; set; } = [];

    /// <summary>Decades in words and their last two digits: "nineties" 90 (of the 1900s).</summary>
    public Dictionary<string, double> DecadeWords { get; set; } = [];

    public Dictionary<string, double> Numbers { get; set; } = [];

    public Dictionary<string, double> VagueNumbers { get; set; } = [];

    /// <summary>Fractions joined to a count: "and a half" = 0.5.</summary>
    public Dictionary<string, double> CountFractions { get; set; } = [];

    public Dictionary<string, List<string>> Prepositions { get; set; } = [];

    public List<string> Articles { get; set; } = [];

    public List<string> RangeConnectors { get; set; } = [];

    public List<string> ListConnectors { get; set; } = [];

    public List<string> UnitConnectors { get; set; } = [];

    public List<string> NotYearAfter { get; set; } = [];

    public List<string> ClockWords { get; set; } = [];

    /// <summary>Halves of the day after an hour and the hours they add: "am" 0, "pm" 12.</summary>
    public Dictionary<string, List<string>> Meridiem { get; set; } = [];

    /// <summary>Parts of the day before or after a time, with the hours they add: "frühmorgens" 0, "spätabend" 12.</summary>
    public Dictionary<string, List<string>> DayParts { get; set; } = [];

    /// <summary>Words after a year for its first or second half: "dieses Jahr früher" (first), "später" (second).</summary>
    public Dictionary<string, List<string>> YearHalves { get; set; } = [];

    public Dictionary<string, List<string>> CountQualifiers { get; set; } = [];

    /// <summary>Words between minutes and the hour they count from or to: "past" (from), "to" (to).</summary>
    public Dictionary<string, List<string>> ClockRelations { get; set; } = [];

    /// <summary>Words for minutes before "past"/"to": "half" 30, "quarter" 15.</summary>
    public Dictionary<string, double> ClockMinutes { get; set; } = [];

    /// <summary>Words between a day and its time of day: "um", "at".</summary>
    public List<string> ClockLeads { get; set; } = [];

    /// <summary>Words for the moment of speaking: "jetzt", "right now".</summary>
    public List<string> Now { get; set; } = [];

    public List<string> UntilNow { get; set; } = [];

    public List<string> CurrentUnitArticles { get; set; } = [];

    public Dictionary<string, List<string>> PointBounds { get; set; } = [];

    /// <summary>Prepositions kept in a mention's core span although they only place it ("ab", "bis").</summary>
    public List<string> CoreKeeps { get; set; } = [];

    /// <summary>Words after a count of units that set it before or after the reference date ("ago", "from now").</summary>
    public Dictionary<string, List<string>> Postpositions { get; set; } = [];

    /// <summary>Words between a count of units and the day it counts from: "2 weeks before Christmas" (ago), "3 days after January 12th" (later).</summary>
    public Dictionary<string, List<string>> AnchoredOffsets { get; set; } = [];

    /// <summary>Written after a day number: "21st", "3rd".</summary>
    public List<string> DaySuffixes { get; set; } = [];

    /// <summary>Between a week and the month or year it is counted in: "first week of 2015", "letzte Woche im Juli".</summary>
    public List<string> WeekOfJoiners { get; set; } = [];

    /// <summary>Between a month and its year: "28 june in 2020".</summary>
    public List<string> YearJoiners { get; set; } = [];

    /// <summary>Between a day and its month: "the 9th of May".</summary>
    public List<string> DayMonthJoiners { get; set; } = [];

    /// <summary>Whether the day may follow the month: "May 9", "December 21, 2024".</summary>
    public bool DayAfterMonth { get; set; }

    /// <summary>A period after digits marks a day ("21. Dezember"); false where it only ends the sentence ("January 15.").</summary>
    public bool DayPeriod { get; set; } = true;

    /// <summary>The order of a date written with slashes: "dmy" (29/2/2020) or "mdy" (2/29/2020).</summary>
    public string SlashOrder { get; set; } = "";

    public DatelineEntry Dateline { get; set; } = new();

    public sealed class RangeEntry
    {
        public List<string> Words { get; set; } = [];

        public List<int> Months { get; set; } = [];
    }

    public sealed class YearPointEntry
    {
        public List<string> Words { get; set; } = [];

        public List<int> Months { get; set; } = [];

        public string Resolve { get; set; } = "past";
    }

    public sealed class HolidayEntry
    {
        public List<string> Words { get; set; } = [];

        /// <summary>"12-25"; or empty with <see cref="Easter"/>.</summary>
        public string? Date { get; set; }

        /// <summary>Days from Easter Sunday.</summary>
        public int? Easter { get; set; }

        /// <summary>The nth weekday of a month: [month, ISO weekday, n] (n = -1: the last).</summary>
        public List<int>? NthWeekday { get; set; }

        /// <summary>Days after the nth weekday ("Black Friday" = 1 after Thanksgiving).</summary>
        public int Offset { get; set; }
    }

    public sealed class PartEntry
    {
        public List<string> Words { get; set; } = [];

        public List<int> Months { get; set; } = [];

        public List<int> Days { get; set; } = [];

        /// <summary>Optional: the ISO days of a week the part means ("earlier in the week" = 1 to 3).</summary>
        public List<int> Weekdays { get; set; } = [];
    }

    public sealed class RelativeEntry
    {
        public List<string> Past { get; set; } = [];

        public List<string> Future { get; set; } = [];

        public List<string> Current { get; set; } = [];

        public List<string> BeforeLast { get; set; } = [];

        public List<string> AfterNext { get; set; } = [];

        /// <summary>Past words for the nearest weekday before the reference date ("this past").</summary>
        public List<string> NearPast { get; set; } = [];

        /// <summary>Future words for the nearest weekday after the reference date ("kommenden", "this coming").</summary>
        public List<string> NearFuture { get; set; } = [];
    }

    public sealed class UnitEntry
    {
        public string Unit { get; set; } = "";

        public List<string> Singular { get; set; } = [];

        public List<string> Plural { get; set; } = [];

        public int Vague { get; set; } = 1;

        public string Precision { get; set; } = "day";

        public string VaguePrecision { get; set; } = "day";
    }

    public sealed class RelativeNounEntry
    {
        public List<string> Words { get; set; } = [];

        public string Unit { get; set; } = "";

        public int Offset { get; set; }
    }

    public sealed class UnitPhraseEntry
    {
        public List<string> Words { get; set; } = [];

        public string Unit { get; set; } = "";

        public double Count { get; set; } = 1;
    }

    public sealed class WeekPartEntry
    {
        public List<string> Words { get; set; } = [];

        public List<int> Days { get; set; } = [];
    }

    public sealed class OffsetEntry
    {
        public List<string> Words { get; set; } = [];

        public int Offset { get; set; }
    }

    public sealed class DatelineEntry
    {
        public List<string> Labels { get; set; } = [];

        public List<string> TimeSeparators { get; set; } = [];
    }
}
