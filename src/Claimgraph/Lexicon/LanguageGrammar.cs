namespace Claimgraph.Lexicon;

/// <summary>The grammar facts of a language the shared pipeline needs (from language.yaml).</summary>
public sealed record LanguageGrammar(
    string Code,
    string Name,
    DigitConventions Digits,
    IReadOnlyList<string> NounEndings,
    IReadOnlyList<string> AdjectiveEndings,
    IReadOnlySet<string> Determiners,
    bool CompoundHeads,
    bool NounsCapitalized,
    IReadOnlyDictionary<string, string> RolePrepositions,
    IReadOnlyList<string> AgentHeads,
    IReadOnlySet<string> Conjunctions,
    FightLinks FightLinks,
    IReadOnlySet<string> DativeDeterminers,
    IReadOnlyList<string> NonPartyNouns,
    IReadOnlySet<string> BeneficiaryPrepositions,
    IReadOnlySet<string> SupporterNouns,
    IReadOnlySet<string> InfinitiveParticles)
{
    /// <summary>Words that open a subordinate clause before its subject ("Als die EU … versprach").</summary>
    public IReadOnlySet<string> Subordinators { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Relative pronouns, which right after a comma open a relative clause ("Die KN-23, die … verglichen wird, hat …").</summary>
    public IReadOnlySet<string> RelativePronouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions of the means, which before a relative pronoun open a relative clause on the weapons used ("…, mit denen Russland … beschoss").</summary>
    public IReadOnlySet<string> InstrumentPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Inflected forms the entity lexicon adds to names ("Russlands", "Nordkoreanern").</summary>
    public IReadOnlyList<NameInflection> NameInflections { get; init; } = [];

    /// <summary>Letters another spelling of the language writes otherwise (Swiss German "ss" for "ß"): the entity lexicon adds names in that spelling too.</summary>
    public IReadOnlyDictionary<string, string> SpellingVariants { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Finite auxiliaries and modals: after the clause's first word the subject follows them ("Insgesamt hat die EU …"); one second in a later clause makes it a main clause.</summary>
    public IReadOnlySet<string> FiniteAuxiliaries { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Names used with a masculine article ("der Iran"): "der" before them is no dative.</summary>
    public IReadOnlySet<string> MasculineNames { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Articles that are a nominative before a masculine name ("der"), where a dative before a feminine one.</summary>
    public IReadOnlySet<string> MasculineNominatives { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The ending of a strong adjective before a plural in the genitive without an article ("westlicher"); empty: none.</summary>
    public string GenitivePluralAdjectiveEnding { get; init; } = "";

    /// <summary>The ending of a noun in the plural genitive after such an adjective or a linking word ("Experten"); empty: none.</summary>
    public string GenitivePluralNounEnding { get; init; } = "";

    /// <summary>Comparatives before a comparison particle ("mehr als Frankreich"): the country after them is a standard of comparison.</summary>
    public IReadOnlySet<string> Comparatives { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The particles joining a comparative to what it compares with ("als").</summary>
    public IReadOnlySet<string> ComparisonParticles { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions of a ranking ("auf Platz zwei hinter den USA"): a country named after them is what a figure is ranked against.</summary>
    public IReadOnlySet<string> RankPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions of where or over what ("über elf Regionen"): a count of no measure after one is no whole a part after it takes part of.</summary>
    public IReadOnlySet<string> SpreadPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions of time that open an extended attribute a participle closes ("der seit August 2023 gelieferten Granaten").</summary>
    public IReadOnlySet<string> TimeAttributePrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Endings of an inflected past participle before its noun ("versprochenen", "gelieferten"): a year right before one dates it.</summary>
    public IReadOnlyList<string> ParticipleEndings { get; init; } = [];

    /// <summary>Prepositions that place a claim by a town or region ("vor Lyman", "um Pokrowsk"): a place right after one is a destination.</summary>
    public IReadOnlySet<string> PlacePrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions that say where weapons came down, before a side's adjective in another clause ("in ukrainischen Städten", "außerhalb des israelischen Luftraums"): the side is no owner.</summary>
    public IReadOnlySet<string> AirspacePrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words of blocking ("Veto", "blockiert"): a country right after one (behind a source preposition) holds a claim up, no party to it.</summary>
    public IReadOnlySet<string> ObstructionWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns of a body's members ("Die Außenminister der EU"): an organisation in the genitive after one that opens its clause acts through them.</summary>
    public IReadOnlySet<string> MemberNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The prepositions that name where events happen with a country after them ("in der Ukraine").</summary>
    public IReadOnlySet<string> ScenePrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>After a noun for people, a country after one of these is their side: "zwei Soldaten aus Nordkorea".</summary>
    public IReadOnlySet<string> PeopleOriginPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns of taking or holding ground: "von" after them names the place fought over ("zur Befreiung von Kursk").</summary>
    public IReadOnlySet<string> GroundNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns for a part of a place ("im Osten der Ukraine"): a country in their genitive takes the role of the preposition before them.</summary>
    public IReadOnlySet<string> PlacePartNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
