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
    public Dictionary<string, double> VagueMagnitudes { get; set; } = [];
    public Dictionary<string, string> QualifiersBefore { get; set; } = [];
    public Dictionary<string, string> QualifiersAfter { get; set; } = [];
    public List<string> RangeConnectors { get; set; } = [];
    public Dictionary<string, string> RangeOpeners { get; set; } = [];
}
