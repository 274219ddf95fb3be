namespace Claimgraph.Consolidation;

/// <summary>The tolerances of consolidation (docs/consolidation.md explains each).</summary>
public sealed record ConsolidationOptions
{
    public static ConsolidationOptions Default { get; } = new();

    /// <summary>Relative difference of stated values within which two claims are one report ("knapp 50" and "50"; not 41.000 and 45.000).</summary>
    public double ReportTolerance { get; init; } = 0.02;

    /// <summary>Days two claims of one origin may lie apart and still be one report.</summary>
    public int ReportSlackDays { get; init; } = 14;

    /// <summary>Relative gap beyond which two intervals disagree.</summary>
    public double DisagreementTolerance { get; init; } = 0.25;

    /// <summary>
    /// Relations whose numbers are a state at a time (troops present, a range), comparable whenever
    /// their times meet. The others (losses, supply, advance, other) add up over a period: "45.000 in
    /// November" and "720.000 since February 2022" do not contradict each other, so they are compared
    /// only when both texts name their periods and those periods are about the same.
    /// </summary>
    public IReadOnlySet<string> StockRelations { get; init; } = new HashSet<string>(["deployment", "capability"], StringComparer.Ordinal);

    /// <summary>Part of the longer period that the shorter must cover for two flow reports to be compared.</summary>
    public double SamePeriod { get; init; } = 0.5;

    /// <summary>Days two reports may lie apart and still be about the same time.</summary>
    public int OverlapSlackDays { get; init; } = 14;
}
