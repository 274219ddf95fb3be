namespace Claimgraph.Recognizers.Dates;

internal sealed partial class DateScanner
{
    /// <summary>
    /// What a pattern found, before the preposition is applied: where it ends, what it means, and
    /// for a count of units ("drei Jahren") the count and the unit, which only the preposition
    /// turns into a duration, an anchored duration or a date.
    /// </summary>
    private readonly record struct Core(
        int Next,
        TimeMentionKind Kind,
        PartialDate? Start,
        PartialDate? End,
        Count Count = default,
        UnitInfo? Unit = null)
    {
        /// <summary>A period between two written points ("2014 bis 2018", "vom 12. bis 22. Januar").</summary>
        public bool BetweenPoints { get; init; }

        /// <summary>How much of the date the text fixes.</summary>
        public DateForm Form { get; init; }

        /// <summary>The month or year a part was taken of ("Ende Oktober" → October), for a bound.</summary>
        public PartialDate? Whole { get; init; }

        /// <summary>An article before it belongs to the expression: "the last week of July", "der letzten Woche im Juli".</summary>
        public bool TakesArticle { get; init; }

        /// <summary>The preposition before it belongs to the expression: "on monday of the following week".</summary>
        public bool KeepsLead { get; init; }

        /// <summary>A time of day written with the day.</summary>
        public ClockTime? Time { get; init; }

        public static Core Point(int next, TimeMentionKind kind, PartialDate date) => new(next, kind, date, date);

        public static Core Unresolved(int next, TimeMentionKind kind) => new(next, kind, null, null);
    }
}
