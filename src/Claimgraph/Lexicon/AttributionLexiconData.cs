namespace Claimgraph.Lexicon;

/// <summary>The attribution.yaml of a language pack, as written.</summary>
internal sealed class AttributionLexiconData
{
    public List<string> Prepositions { get; set; } = [];
    public List<string> Postpositions { get; set; } = [];
    public List<string> PostpositionIdioms { get; set; } = [];
    public List<string> Chain { get; set; } = [];
    public List<string> SpeechVerbs { get; set; } = [];
    public List<string> PhraseBreaks { get; set; } = [];
    public Dictionary<string, InstitutionData> Institutions { get; set; } = [];
    public List<string> Continuation { get; set; } = [];
    public List<string> NeuterPronouns { get; set; } = [];

    public List<string> PluralPronouns { get; set; } = [];

    public List<string> Demonstratives { get; set; } = [];
    public List<string> SourceLabels { get; set; } = [];

    public List<string> TopicLabels { get; set; } = [];
    public List<string> CompoundPersons { get; set; } = [];
    public List<string> EvidenceNouns { get; set; } = [];
    public List<string> PaperParts { get; set; } = [];

    public List<string> OwningInstitutions { get; set; } = [];
    public List<string> CasualtyCounters { get; set; } = [];
    public List<string> Askers { get; set; } = [];
    public List<string> SeparableParticles { get; set; } = [];
    public Dictionary<string, List<string>> SplitSpeechVerbs { get; set; } = [];
    public Dictionary<string, List<string>> Commitments { get; set; } = [];
    public List<string> SelfReference { get; set; } = [];

    public List<string> FirstPerson { get; set; } = [];

    public List<string> PossessiveSpeakers { get; set; } = [];

    public List<string> DativePronounSpeakers { get; set; } = [];


    public List<string> PossessiveOffices { get; set; } = [];

    public List<string> RankTitles { get; set; } = [];

    public List<string> PossessiveSubjects { get; set; } = [];

    public List<string> GoverningOfficials { get; set; } = [];

    public List<string> ImpersonalSubjects { get; set; } = [];
    public List<string> ImpersonalPointers { get; set; } = [];

    public List<string> CollectiveSpeakers { get; set; } = [];

    public List<string> SubjectFirstVerbs { get; set; } = [];
    public List<string> HoldingVerbs { get; set; } = [];
    public List<string> TallyVerbs { get; set; } = [];

    public List<string> ImpersonalSourcePrepositions { get; set; } = [];

    public List<string> GenitiveDeterminers { get; set; } = [];
    public List<string> PhraseLinks { get; set; } = [];
    public List<string> PersonLinks { get; set; } = [];

    public List<string> NameParticles { get; set; } = [];

    public List<string> PlaceLinks { get; set; } = [];

    public List<string> PublicationPlaces { get; set; } = [];

    public List<string> PronounSpeakers { get; set; } = [];

    public List<string> AfterCommaOnly { get; set; } = [];

    public List<string> IndefiniteSpeakers { get; set; } = [];

    public List<string> CompoundPrepositions { get; set; } = [];

    public List<string> DefiniteDeterminers { get; set; } = [];

    public List<string> MinistryNouns { get; set; } = [];

    public PersonBackReferenceData PersonBackReferences { get; set; } = new();
    public List<string> BackReference { get; set; } = [];
    public List<string> CommitmentParticiples { get; set; } = [];
    public List<string> ReportRelatives { get; set; } = [];
    public List<string> BeliefVerbs { get; set; } = [];
    public List<string> BriefingVerbs { get; set; } = [];
    public List<string> PostViewWords { get; set; } = [];
    public List<string> AddresseeDeterminers { get; set; } = [];

    public List<string> ObjectDeterminers { get; set; } = [];

    public List<string> CitingVerbs { get; set; } = [];
}

internal sealed class InstitutionData
{
    public string Type { get; set; } = "unknown";
    public List<string> Nouns { get; set; } = [];
}

internal sealed class PersonBackReferenceData
{
    public List<string> Determiners { get; set; } = [];

    public List<string> Heads { get; set; } = [];

    public List<string> PeopleDeterminers { get; set; } = [];
}
