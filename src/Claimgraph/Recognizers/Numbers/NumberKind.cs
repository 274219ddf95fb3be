namespace Claimgraph.Recognizers.Numbers;

/// <summary>Whether a number counts or ranks.</summary>
public enum NumberKind
{
    /// <summary>"17", "siebzehn", "2,7 Milliarden", "two thirds", "-1.5".</summary>
    Cardinal,

    /// <summary>"17.", "17th", "siebzehnte", "twenty-first".</summary>
    Ordinal,
}
