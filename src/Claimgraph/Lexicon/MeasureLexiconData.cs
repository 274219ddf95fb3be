namespace Claimgraph.Lexicon;

/// <summary>The measures.yaml of a language pack, as written.</summary>
internal sealed class MeasureLexiconData
{
    public Dictionary<string, List<string>> Counted { get; set; } = [];
    public List<ModifiedMeasureData> Modified { get; set; } = [];
    public List<string> NotCounted { get; set; } = [];
    public List<string> People { get; set; } = [];
    public List<string> Containers { get; set; } = [];
    public List<string> ContainerLinks { get; set; } = [];
    public List<string> SystemStandIns { get; set; } = [];

    public List<string> CountNouns { get; set; } = [];
    public List<string> PhraseAdverbs { get; set; } = [];

    public List<string> TerritoryNouns { get; set; } = [];

    public List<string> MixedOrigins { get; set; } = [];

    public List<string> MixedMarkers { get; set; } = [];
    public Dictionary<string, List<string>> Units { get; set; } = [];
    public Dictionary<string, List<string>> Properties { get; set; } = [];
    public List<string> CaliberUnits { get; set; } = [];
    public List<string> MoneyUnits { get; set; } = [];
    public Dictionary<string, Dictionary<string, string>> CurrencyByCountry { get; set; } = [];
    public List<string> LengthUnits { get; set; } = [];
    public List<string> RangeAdverbs { get; set; } = [];
    public List<string> ReachVerbs { get; set; } = [];
    public List<string> DistanceNouns { get; set; } = [];
    public List<string> TargetVerbs { get; set; } = [];
    public List<string> SizeAdjectives { get; set; } = [];
    public List<string> DimensionNouns { get; set; } = [];
    public List<string> DimensionAdjectives { get; set; } = [];
    public List<string> AdvanceBy { get; set; } = [];
    public List<string> EchoVerbs { get; set; } = [];
    public List<string> EchoSubjects { get; set; } = [];
    public List<string> RouteFrom { get; set; } = [];
    public List<string> RouteTo { get; set; } = [];
    public List<string> RatePrepositions { get; set; } = [];
    public List<string> FireRatePeriods { get; set; } = [];
    public List<string> AreaUnits { get; set; } = [];
    public List<string> CapacityUnits { get; set; } = [];
}

internal sealed class ModifiedMeasureData
{
    public string Adjective { get; set; } = "";
    public string Head { get; set; } = "";
    public string Measure { get; set; } = "";
}
