namespace Claimgraph.Lexicon;

/// <summary>
/// A known entity. <see cref="Id"/> is what claims carry (an ISO country code, or the canonical
/// name); <see cref="Country"/> is the state it belongs to (itself for a country), which is what
/// actor and recipient resolve to; <see cref="SourceType"/> is its type as a source. A <see cref="Maker"/>
/// (an arms company) stands for its country as a party, as a government body does.
/// </summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityKind Kind,
    string? Country,
    string SourceType,
    string? Measure = null,
    string? Adjective = null,
    bool Maker = false);
