namespace Claimgraph.Cli.Commands;

/// <summary>What every consolidation query shares: the store, the format, the language data for origin names, and which claims to read.</summary>
public sealed record QuerySettings(
    string Store,
    string Format,
    string Language,
    IReadOnlyList<string> Lexicons,
    Storage.ClaimQuery Query);
