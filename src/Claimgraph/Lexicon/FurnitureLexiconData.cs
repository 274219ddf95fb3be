namespace Claimgraph.Lexicon;

/// <summary>The furniture.yaml of a language pack, as written.</summary>
internal sealed class FurnitureLexiconData
{
    public List<string> LinePrefixes { get; set; } = [];
    public List<string> EndMarkers { get; set; } = [];
    public List<string> BlockMarkers { get; set; } = [];

    public List<string> CallEndings { get; set; } = [];
    public int MinimumWords { get; set; } = 4;
}
