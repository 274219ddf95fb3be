namespace Claimgraph.Lexicon;

/// <summary>How a language's web pages mark text that is not the article: captions, credits, comment sections.</summary>
public sealed class FurnitureLexicon
{
    internal FurnitureLexicon(FurnitureLexiconData data)
    {
        LinePrefixes = data.LinePrefixes;
        EndMarkers = data.EndMarkers;
        BlockMarkers = data.BlockMarkers;
        MinimumWords = data.MinimumWords;
    }

    public IReadOnlyList<string> LinePrefixes { get; }

    public IReadOnlyList<string> EndMarkers { get; }

    public IReadOnlyList<string> BlockMarkers { get; }

    public int MinimumWords { get; }
}
