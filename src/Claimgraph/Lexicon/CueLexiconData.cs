namespace Claimgraph.Lexicon;

/// <summary>The cues.yaml of a language pack, as written.</summary>
internal sealed class CueLexiconData
{
    public Dictionary<string, List<string>> Relations { get; set; } = [];
    public Dictionary<string, List<string>> LossesOfPeople { get; set; } = [];
    public List<string> LossesOfEquipment { get; set; } = [];
    public List<string> Receive { get; set; } = [];
    public List<string> Share { get; set; } = [];
    public List<string> Inflicted { get; set; } = [];
    public List<string> Subsets { get; set; } = [];

    public List<string> HeadingAnaphors { get; set; } = [];

    public Dictionary<string, Dictionary<string, List<string>>> SplitRelations { get; set; } = [];

    public Dictionary<string, List<string>> Accusations { get; set; } = [];

    public Dictionary<string, List<string>> SplitLossesOfEquipment { get; set; } = [];

    public List<string> Partitives { get; set; } = [];

    public List<string> PlaceAnaphors { get; set; } = [];

    public List<string> GappingLinks { get; set; } = [];

    public List<string> CountryAnaphors { get; set; } = [];

    public List<string> OwnFrontDestinations { get; set; } = [];

    public List<string> Stockpiles { get; set; } = [];

    public List<string> Carrying { get; set; } = [];

    public List<string> Sightings { get; set; } = [];

    public List<string> SpeakerCountryAnaphors { get; set; } = [];

    public List<string> StateNouns { get; set; } = [];

    public List<string> Increments { get; set; } = [];

    public List<string> PackageNouns { get; set; } = [];

    public List<string> AidNouns { get; set; } = [];

    public List<string> FundNouns { get; set; } = [];

    public List<string> AdditionNouns { get; set; } = [];

    public List<string> PackagePronouns { get; set; } = [];

    public List<string> LossPronouns { get; set; } = [];

    public List<string> CollectiveGivers { get; set; } = [];

    public List<string> PackageReportOpeners { get; set; } = [];

    public List<string> PackageDeterminers { get; set; } = [];

    public List<string> PackageValueNouns { get; set; } = [];

    public List<string> PackagePossessives { get; set; } = [];

    public List<string> ValueLinks { get; set; } = [];
    public List<string> OfferPeriods { get; set; } = [];

    public List<string> GroupSizes { get; set; } = [];

    public List<string> FundedProduction { get; set; } = [];

    public List<string> WeaponUse { get; set; } = [];

    public List<string> SendingVerbs { get; set; } = [];

    public List<string> TargetPrepositions { get; set; } = [];

    public List<string> PlaceTargetPrepositions { get; set; } = [];

    public List<string> Demonstratives { get; set; } = [];

    public List<string> AmountLinks { get; set; } = [];

    public List<string> ComparisonMarkers { get; set; } = [];

    public List<string> FiringRates { get; set; } = [];

    public List<string> ComparisonSubjects { get; set; } = [];

    public List<string> ComparisonPrepositions { get; set; } = [];
    public List<string> CountLinks { get; set; } = [];

    public List<string> PlanModals { get; set; } = [];

    public List<string> PlanEndings { get; set; } = [];

    public List<string> PlanTimes { get; set; } = [];

    public List<string> PlanBounds { get; set; } = [];

    public List<string> PlanPeriods { get; set; } = [];

    public List<string> PerfectInfinitives { get; set; } = [];

    public List<string> ClaimModals { get; set; } = [];

    public List<string> SubordinateModals { get; set; } = [];

    public List<string> PossibilityHedges { get; set; } = [];

    public List<string> IncrementAdverbs { get; set; } = [];

    public List<string> EnemyNouns { get; set; } = [];
    public List<string> EnemySubjectDeterminers { get; set; } = [];

    public List<string> OwnSideWords { get; set; } = [];

    public List<string> ForceNouns { get; set; } = [];

    public List<string> ForceLinks { get; set; } = [];
    public List<string> DeathLinks { get; set; } = [];

    public List<string> FirstPersonPlural { get; set; } = [];
    public List<string> FirstPersonSubjects { get; set; } = [];

    public List<string> SpeakerImpersonals { get; set; } = [];

    public List<string> Summaries { get; set; } = [];

    public List<string> Additions { get; set; } = [];

    public List<string> GappedAdditions { get; set; } = [];

    public List<string> ConversionWords { get; set; } = [];

    public List<string> PriceVerbs { get; set; } = [];

    public List<string> LandStates { get; set; } = [];

    public List<string> CostNouns { get; set; } = [];

    public List<string> PayNouns { get; set; } = [];

    public List<string> MarketNouns { get; set; } = [];

    public List<string> OtherWars { get; set; } = [];

    public List<string> ConditionalOpeners { get; set; } = [];

    public List<string> HolderLinks { get; set; } = [];

    public List<string> ConditionalConjunctions { get; set; } = [];

    public List<string> SubjunctiveVerbs { get; set; } = [];
    public List<string> RatioOpeners { get; set; } = [];

    public List<string> RatioVerbs { get; set; } = [];

    public List<string> FocusParticles { get; set; } = [];

    public List<string> PartOfWhole { get; set; } = [];

    public List<string> RemainderWords { get; set; } = [];

    public List<string> OwnTypeWords { get; set; } = [];

    public List<string> ProductionNouns { get; set; } = [];
    public List<string> CapacityNouns { get; set; } = [];
    public List<string> PlantNouns { get; set; } = [];

    public List<string> PriceUnits { get; set; } = [];

    public List<string> PerHeadNouns { get; set; } = [];

    public List<string> HedgedCauses { get; set; } = [];

    public List<string> HearsayInfinitives { get; set; } = [];

    public List<string> HearsayCopulas { get; set; } = [];

    public List<string> InterviewAddresses { get; set; } = [];

    public List<string> HearsayParticiples { get; set; } = [];
    public List<string> AttackNouns { get; set; } = [];

    public List<string> AttackPrepositions { get; set; } = [];

    public List<string> CaptivityNouns { get; set; } = [];

    public List<string> JammingNouns { get; set; } = [];
    public List<string> PartitiveOpeners { get; set; } = [];
    public List<string> SubsetOpeners { get; set; } = [];
    public List<string> Hedges { get; set; } = [];
    public List<string> ReportedSpeech { get; set; } = [];

    public List<string> ReportedSpeechEndings { get; set; } = [];

    public List<string> PreteriteSubjunctives { get; set; } = [];

    public List<string> PresentTimeAdverbs { get; set; } = [];
}
