namespace Claimgraph.Lexicon;

/// <summary>How a language's web pages mark text that is not the article: captions, credits, comment sections.</summary>
public sealed class FurnitureLexicon
{
    internal FurnitureLexicon(FurnitureLexiconData data)
    {
        LinePrefixes = data.LinePrefixes;
        EndMarkers = data.EndMarkers;
        BlockMarkers = data.BlockMarkers;
        CallEndings = data.CallEndings;
        MinimumWords = data.MinimumWords;
    }

    public IReadOnlyList<string> LinePrefixes { get; }

    public IReadOnlyList<string> EndMarkers { get; }

    public IReadOnlyList<string> BlockMarkers { get; }

    /// <summary>Endings of a short call to action ("BILDplus: Jetzt 4 Wochen für 0,99 € testen!"): such a line is furniture.</summary>
    public IReadOnlyList<string> CallEndings { get; }

    public int MinimumWords { get; }
}
