namespace Claimgraph.Formats.Html;

/// <summary>The heuristics of one extraction attempt; a page whose text comes out too short is read again with fewer.</summary>
[Flags]
internal enum ExtractionFlags
{
    None = 0,
    StripUnlikely = 1,
    WeighClasses = 2,
    CleanConditionally = 4,
    All = StripUnlikely | WeighClasses | CleanConditionally,
}
