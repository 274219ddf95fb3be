using Claimgraph.Lexicon;
using Claimgraph.Recognizers;

namespace Claimgraph.Consolidation;

/// <summary>
/// The values a quantity's wording admits: "rund 12.000" is [10.800, 13.200], "höchstens 4.000"
/// [0, 4.000], "über 10.000" [10.000, ∞), "Tausende" [1.000, 10.000]. Compared with a relative
/// tolerance, so that "knapp 50" and "50", or "Tausende" and "über 10.000", fit together.
/// </summary>
public readonly record struct NumberInterval(double Low, double High)
{
    /// <summary>How far "about", "almost" reach below or around the stated value.</summary>
    public const double Vagueness = 0.1;

    public static NumberInterval? Of(Quantity quantity)
    {
        var v = quantity.Value;
        switch (quantity.Qualifier)
        {
            case Qualifier.Range when quantity.Low is { } low && quantity.High is { } high:
                return new NumberInterval(Math.Min(low, high), Math.Max(low, high));
            case Qualifier.Range:
                return null;
        }

        if (v is not { } value)
        {
            return quantity.Low is { } l && quantity.High is { } h ? new NumberInterval(l, h) : null;
        }

        return quantity.Qualifier switch
        {
            Qualifier.About => new NumberInterval(value * (1 - Vagueness), value * (1 + Vagueness)),
            Qualifier.Almost => new NumberInterval(value * (1 - Vagueness), value),
            Qualifier.Over or Qualifier.AtLeast => new NumberInterval(value, double.PositiveInfinity),
            Qualifier.UpTo => new NumberInterval(0, value),
            Qualifier.Several => new NumberInterval(value, value * 10),
            _ => new NumberInterval(value, value),
        };
    }

    /// <summary>Whether the intervals meet once each is widened by <paramref name="tolerance"/> (relative).</summary>
    public bool Fits(NumberInterval other, double tolerance) =>
        Low <= other.High * (1 + tolerance) && other.Low <= High * (1 + tolerance);

    /// <summary>The interval of a total after an increment from this interval: [low + low', high + high'].</summary>
    public NumberInterval Plus(NumberInterval increment) => new(Low + increment.Low, High + increment.High);

    public double Width => High - Low;

    public override string ToString() =>
        double.IsPositiveInfinity(High) ? $"≥{Low:#,0.##}" : Low == High ? $"{Low:#,0.##}" : $"{Low:#,0.##}–{High:#,0.##}";
}
