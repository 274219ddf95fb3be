using Claimgraph.Text;

namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// A time expression found in a text. <see cref="Span"/> covers the whole expression with the
/// words that open it ("in den vergangenen Wochen", "am 21. Dezember"); <see cref="Text"/> is
/// that part of the text. <see cref="Start"/> and <see cref="End"/> give the time meant, both
/// inclusive and as precise as the text is; a single day, month or year has
/// <c>Start == End</c>. They are null where the text does not fix them: a relative expression
/// without a reference date, a duration that is not anchored, a time of day.
/// </summary>
public sealed record TimeMention(
    TextSpan Span,
    PartialDate? Start,
    PartialDate? End,
    TimeMentionKind Kind,
    string Text)
{
    /// <summary>
    /// The expression without a preposition that only places it ("am 21. Dezember" → "21.
    /// Dezember", "für drei Monate" → "drei Monate"); the same as <see cref="Span"/> when the
    /// opening word changes the meaning ("seit", "vor", "zwischen").
    /// </summary>
    public TextSpan Core { get; init; } = Span;

    /// <summary>A period between two written points ("2014 bis 2018", "Januar bis März"), not one computed from a word ("letzte Woche").</summary>
    public bool BetweenPoints { get; init; }

    /// <summary>For a duration with a count, its length ("drei Jahre" = 3 years); otherwise null.</summary>
    public TimeLength? Length { get; init; }

    /// <summary>The time of day written with a day ("am 14. Oktober um 8:00", "tomorrow 8am"); otherwise null.</summary>
    public ClockTime? Time { get; init; }

    /// <summary>How much of the date the text fixes: a year written or implied, no year, or only a day of the week.</summary>
    public DateForm Form { get; init; }

    /// <summary>An open stretch before or after the point named ("bis März 2008", "ab Ende 1989", "seit 2001").</summary>
    public TimeBound Bound { get; init; }

    /// <summary>
    /// For a bounded mention, the point it is bounded by as the text names it, before a part of it
    /// is taken ("ab Ende 1989" → 1989, "since late July" → July); otherwise null.
    /// </summary>
    public PartialDate? Anchor { get; init; }
}
