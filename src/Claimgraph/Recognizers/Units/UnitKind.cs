namespace Claimgraph.Recognizers.Units;

/// <summary>What a unit of measurement measures.</summary>
public enum UnitKind
{
    Length,
    Area,
    Volume,
    Weight,
    Speed,
    Information,
    Angle,
}
