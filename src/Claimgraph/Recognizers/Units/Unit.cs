namespace Claimgraph.Recognizers.Units;

/// <summary>A unit of measurement: its canonical name ("Kilometer", "Square meter") and what it measures.</summary>
public sealed record Unit(string Name, UnitKind Kind);
