namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// What the percentage recognizer reads besides an amount with a percent word ("27 %", "percent of 10").
/// </summary>
public sealed record PercentageOptions
{
    public static PercentageOptions Default { get; } = new();

    /// <summary>
    /// Percent mode: a proportion is a percentage — a part "in"/"out of"/"von" its whole ("one in
    /// three" = 33.3 %, "drei von vier" = 75 %) and a fraction taking its share of something ("a
    /// quarter of" = 25 %, "1/4 of", "ein Viertel der"). A bare fraction ("one third") stays a
    /// number. Scan with <see cref="NumberOptions.KeepProportionsApart"/> so that the part and
    /// the whole reach this recognizer as two numbers.
    /// </summary>
    public bool Proportions { get; init; }

    /// <summary>A percent word without an amount ("a percentage", "the % of increase") is reported, with no value.</summary>
    public bool WithoutAmount { get; init; }
}
