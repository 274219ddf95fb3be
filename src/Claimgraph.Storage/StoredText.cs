namespace Claimgraph.Storage;

/// <summary>A stored document with its text, for re-extraction.</summary>
public sealed record StoredText(StoredDocument Document, string Text);
