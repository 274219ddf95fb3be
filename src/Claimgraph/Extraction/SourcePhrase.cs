namespace Claimgraph.Extraction;

/// <summary>A source found in a sentence: the tokens [First, Last] that name it, and what it resolves to.</summary>
internal sealed record SourcePhrase(int First, int Last, Source Source, bool Cited);
