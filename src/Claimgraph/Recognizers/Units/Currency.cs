namespace Claimgraph.Recognizers.Units;

/// <summary>A currency: its canonical name ("Euro", "United States dollar", "Dollar" when the text leaves open which) and ISO code if known.</summary>
public sealed record Currency(string Name, string? Iso);
