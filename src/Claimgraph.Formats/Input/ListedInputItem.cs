namespace Claimgraph.Formats.Input;

/// <summary>
/// An input that another input names (a JSONL line's "path"): <see cref="DocumentReader"/> reads
/// <see cref="Path"/> in its place with whatever format it is, and the line's metadata wins over
/// what the file says. Location says where it was named ("line 3").
/// </summary>
public sealed record ListedInputItem(string Source, string Location, string Path, DocumentMetadata Metadata) : InputItem(Source);
