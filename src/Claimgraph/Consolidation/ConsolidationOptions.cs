namespace Claimgraph.Consolidation;

/// <summary>The tolerances of consolidation (docs/consolidation.md explains each).</summary>
public sealed record ConsolidationOptions
{
    public static ConsolidationOptions Default { get; } = new();

    /// <summary>Relative tolerance within which two numbers are one report ("knapp 50" and "50").</summary>
    public double ReportTolerance { get; init; } = 0.1;

    /// <summary>Days two claims of one origin may lie apart and still be one report.</summary>
    public int ReportSlackDays { get; init; } = 14;

    /// <summary>Relative gap beyond which two intervals disagree.</summary>
    public double DisagreementTolerance { get; init; } = 0.25;

    /// <summary>Days two reports may lie apart and still be about the same time.</summary>
    public int OverlapSlackDays { get; init; } = 14;
}
