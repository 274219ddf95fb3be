using Claimgraph.Lexicon;

namespace Claimgraph.Extraction;

/// <summary>
/// What a quantity counts or measures: the measure, the unit, the tokens of the noun phrase,
/// and what the phrase itself says about owner and system ("nordkoreanische Soldaten", "Koksan").
/// <see cref="Mixed"/>: the phrase names owners of several countries ("russische und
/// nordkoreanische Soldaten"), so it has no single one. <see cref="Demonym"/>: the noun is a
/// people's name ("Nordkoreaner"), which counts troops only with a verb of deployment or loss.
/// </summary>
internal sealed record CountedNoun(
    string Measure,
    string? Unit,
    int Last,
    Entity? Owner,
    Entity? System,
    bool Mixed = false,
    bool Demonym = false);
