namespace Claimgraph.Storage;

/// <summary>Something an analyst added to a document (kept across re-extraction).</summary>
public sealed record StoredNote(long Id, string ContentHash, int? SpanStart, int? SpanEnd, string Text, DateTimeOffset Created);
