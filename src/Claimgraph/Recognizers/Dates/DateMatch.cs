namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// A time expression found by <see cref="DateScanner"/>: where it ends (the token after it) and what it means.
/// <see cref="CoreIndex"/> is the first token after a preposition that only places the expression
/// ("am", "im", "für"); <see cref="Count"/> and <see cref="Unit"/> give the length of a duration.
/// </summary>
internal readonly record struct DateMatch(int Next, TimeMentionKind Kind, PartialDate? Start, PartialDate? End, double? Count = null, DateUnit? Unit = null)
{
    public int CoreIndex { get; init; } = -1;

    public bool BetweenPoints { get; init; }

    /// <summary>The count of a duration is a vague word's guess ("einige", "a few").</summary>
    public bool Approximate { get; init; }

    public ClockTime? Time { get; init; }

    public DateForm Form { get; init; }

    public TimeBound Bound { get; init; }

    public PartialDate? Anchor { get; init; }
}
