namespace Claimgraph.Consolidation;

/// <summary>
/// What consolidation needs to know about the document a claim comes from: a key unique in the
/// corpus (a store id or content hash), its name, outlet and publication time (either may be unknown).
/// <see cref="Republishers"/> are the outlets (labels) that published the same text too (a
/// syndicated or re-published copy the store keeps once): echoes of its claims, not new reports.
/// </summary>
public sealed record ClaimDocument(string Key, string Name, string? Outlet, DateTimeOffset? Published, string? Title = null, string? Url = null, IReadOnlyList<string>? Republishers = null)
{
    /// <summary>The outlet, or for a document without one the document's name in brackets: what "echoed by" lists.</summary>
    public string OutletLabel => Outlet ?? $"[{Name}]";

    /// <summary>Every outlet that published this text: its own and those that republished it.</summary>
    public IEnumerable<string> OutletLabels => Republishers is null ? [OutletLabel] : Republishers.Prepend(OutletLabel);
}
