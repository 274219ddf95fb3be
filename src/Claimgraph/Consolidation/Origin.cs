namespace Claimgraph.Consolidation;

/// <summary>
/// Where a claim comes from in the end: the last link of its attribution chain, or its outlet when
/// the text names no source (<see cref="IsOutlet"/>). <see cref="Key"/> is what origins are compared
/// by; <see cref="Name"/> is how to show it.
/// </summary>
public sealed record Origin(string Key, string Name, bool IsOutlet = false)
{
    public bool Equals(Origin? other) => other is not null && other.Key == Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => IsOutlet ? $"{Name} (own)" : Name;
}
