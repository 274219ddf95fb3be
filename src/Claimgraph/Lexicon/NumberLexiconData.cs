namespace Claimgraph.Lexicon;

/// <summary>The numbers.yaml of a language pack, as written.</summary>
internal sealed class NumberLexiconData
{
    public Dictionary<string, double> Atoms { get; set; } = [];
    public List<string> Connectors { get; set; } = [];
    public List<string> StandaloneExclude { get; set; } = [];
    public List<string> InflectionEndings { get; set; } = [];
    public Dictionary<string, double> Fractions { get; set; } = [];
    public Dictionary<string, double> Magnitudes { get; set; } = [];
    public Dictionary<string, double> Vague { get; set; } = [];
    public List<string> VagueQuantifiers { get; set; } = [];
    public List<string> TimesSuffixes { get; set; } = [];
    public List<string> DigitCountEndings { get; set; } = [];
    public Dictionary<string, double> VagueMagnitudes { get; set; } = [];
    public Dictionary<string, string> QualifiersBefore { get; set; } = [];
    public Dictionary<string, string> QualifiersAfter { get; set; } = [];
    public List<string> RangeConnectors { get; set; } = [];
    public List<string> SpokenRangeJoiners { get; set; } = [];
    public Dictionary<string, string> RangeOpeners { get; set; } = [];

    // The number recognizer (Recognizers/Numbers): words inside numbers written out.
    public Dictionary<string, double> Multipliers { get; set; } = [];
    public Dictionary<string, double> CapitalMagnitudes { get; set; } = [];
    public Dictionary<string, double> Ordinals { get; set; } = [];
    public Dictionary<string, string> OrdinalSuffixes { get; set; } = [];
    public List<string> OrdinalEndings { get; set; } = [];
    public List<string> OrdinalBareAfter { get; set; } = [];
    public List<string> DigitOrdinalSuffixes { get; set; } = [];
    public string OrdinalAfterNumber { get; set; } = "ordinal";
    public Dictionary<string, double> FractionWords { get; set; } = [];
    public List<string> FractionSuffixes { get; set; } = [];
    public List<string> FractionExclude { get; set; } = [];
    public List<string> FractionOver { get; set; } = [];
    public List<string> FractionOf { get; set; } = [];
    public List<string> Articles { get; set; } = [];

    public List<string> PrepositionAfterNouns { get; set; } = [];
    public List<string> PrepositionQualifiers { get; set; } = [];
    public List<string> ChangeWords { get; set; } = [];
    public bool ArticleIsNumber { get; set; }
    public List<string> DecimalWords { get; set; } = [];
    public List<string> NegativeWords { get; set; } = [];
    public List<string> NotNumberAfter { get; set; } = [];
    public List<string> PercentWords { get; set; } = [];
    public List<string> PercentBefore { get; set; } = [];
    public List<string> ProportionWords { get; set; } = [];
    public List<string> ProportionOf { get; set; } = [];
    public List<string> ClockWords { get; set; } = [];
    public List<string> YearWords { get; set; } = [];
    public Dictionary<string, string> RelativeOrdinals { get; set; } = [];
    public Dictionary<string, string> RangeBounds { get; set; } = [];
    public List<string> RangeAnd { get; set; } = [];
    public Dictionary<string, string> RangeBoundsAfter { get; set; } = [];
}
