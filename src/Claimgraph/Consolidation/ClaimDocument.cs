namespace Claimgraph.Consolidation;

/// <summary>
/// What consolidation needs to know about the document a claim comes from: a key unique in the
/// corpus (a store id or content hash), its name, outlet and publication time (either may be unknown).
/// </summary>
public sealed record ClaimDocument(string Key, string Name, string? Outlet, DateTimeOffset? Published, string? Title = null, string? Url = null)
{
    /// <summary>The outlet, or for a document without one the document's name in brackets: what "echoed by" lists.</summary>
    public string OutletLabel => Outlet ?? $"[{Name}]";
}
