namespace Claimgraph.Cli.Commands;

/// <summary>What every consolidation query shares: the store, the language data for origin names, the format, and the variable filter.</summary>
public sealed record QuerySettings(
    string Store,
    string Format,
    string Language,
    IReadOnlyList<string> Lexicons,
    string? Relation = null,
    string? Measure = null,
    string? Actor = null,
    string? Recipient = null,
    string? System = null,
    string? Location = null,
    string? Outlet = null)
{
    public Storage.ClaimQuery Query => new(Relation, Measure, Actor, Recipient, System, Location, Outlet);
}
