namespace Claimgraph.Consolidation;

/// <summary>The origins.yaml of a language pack, as written.</summary>
internal sealed class OriginLexiconData
{
    public List<string> DropWords { get; set; } = [];
    public List<string> Endings { get; set; } = [];
    public int MinStem { get; set; } = 4;
    public Dictionary<string, string> Same { get; set; } = [];
}
