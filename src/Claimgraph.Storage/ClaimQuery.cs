namespace Claimgraph.Storage;

/// <summary>Which claims to read: each given field must match (ignoring case); dates bound the document's publication day.</summary>
public sealed record ClaimQuery(
    string? Relation = null,
    string? Measure = null,
    string? Actor = null,
    string? Recipient = null,
    string? System = null,
    string? Location = null,
    string? Outlet = null,
    DateOnly? PublishedFrom = null,
    DateOnly? PublishedTo = null)
{
    public static ClaimQuery All { get; } = new();
}
