namespace Claimgraph.Consolidation;

/// <summary>Two reports on one variable about the same time whose numbers cannot both be right; <see cref="Low"/> is the lower one.</summary>
public sealed record Disagreement(VariableKey Variable, Report Low, Report High)
{
    /// <summary>How many times the higher lower bound exceeds the lower upper bound.</summary>
    public double Ratio => Low.Interval.High <= 0 ? double.PositiveInfinity : High.Interval.Low / Low.Interval.High;
}
