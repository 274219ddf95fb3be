namespace Claimgraph.Lexicon;

/// <summary>The language.yaml of a language pack, as written.</summary>
internal sealed class LanguageData
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public Dictionary<string, string> Engines { get; set; } = [];
    public Dictionary<string, string> Digits { get; set; } = [];
    public List<string> NounEndings { get; set; } = [""];
    public List<string> AdjectiveEndings { get; set; } = [""];
    public List<string> Determiners { get; set; } = [];
    public List<string> Conjunctions { get; set; } = [];
    public Dictionary<string, List<string>> RolePrepositions { get; set; } = [];
    public List<string> AgentHeads { get; set; } = [];
    public List<string> DativeDeterminers { get; set; } = [];
    public List<string> NonPartyNouns { get; set; } = [];

    public List<string> Comparatives { get; set; } = [];

    public List<string> ComparisonParticles { get; set; } = [];

    public List<string> RankPrepositions { get; set; } = [];
    public List<string> SpreadPrepositions { get; set; } = [];
    public List<string> TimeAttributePrepositions { get; set; } = [];
    public List<string> ParticipleEndings { get; set; } = [];
    public List<string> PlacePrepositions { get; set; } = [];
    public List<string> AirspacePrepositions { get; set; } = [];

    public List<string> ObstructionWords { get; set; } = [];

    public List<string> MemberNouns { get; set; } = [];

    public List<string> ScenePrepositions { get; set; } = [];
    public List<string> PeopleOriginPrepositions { get; set; } = [];
    public List<string> GroundNouns { get; set; } = [];
    public List<string> BeneficiaryPrepositions { get; set; } = [];
    public List<string> SupporterNouns { get; set; } = [];
    public List<string> PlacePartNouns { get; set; } = [];
    public List<string> InfinitiveParticles { get; set; } = [];
    public List<string> Subordinators { get; set; } = [];
    public List<string> RelativePronouns { get; set; } = [];
    public List<string> InstrumentPrepositions { get; set; } = [];

    public List<string> FiniteAuxiliaries { get; set; } = [];
    public List<string> MasculineNames { get; set; } = [];
    public List<string> MasculineNominatives { get; set; } = [];
    public string GenitivePluralAdjectiveEnding { get; set; } = "";
    public string GenitivePluralNounEnding { get; set; } = "";
    public List<string> FightPrepositions { get; set; } = [];
    public List<string> FightNouns { get; set; } = [];
    public bool NounsCapitalized { get; set; }
    public List<NameInflectionData> NameInflections { get; set; } = [];
    public Dictionary<string, string> SpellingVariants { get; set; } = [];
}

/// <summary>One entry of language.yaml's `name_inflections`, as written.</summary>
internal sealed class NameInflectionData
{
    public List<NameKind> Of { get; set; } = [];
    public string Suffix { get; set; } = "";
    public List<string> ExceptAfter { get; set; } = [];
    public List<string> OnlyAfter { get; set; } = [];
    public bool SingleWord { get; set; }
    public bool Genitive { get; set; }
}
