namespace Claimgraph.Extraction;

/// <summary>
/// A source found in a sentence: the tokens [First, Last] that name it, and what it resolves to.
/// <see cref="Cited"/>: it is cited by another source of the sentence. <see cref="Commits"/>: it is
/// the subject of a commitment ("Deutschland sagte … zu"), so it is also a party to the claim.
/// </summary>
internal sealed record SourcePhrase(int First, int Last, Source Source, bool Cited, bool Commits = false);
