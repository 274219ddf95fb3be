using Claimgraph.Extraction;

namespace Claimgraph.Formats.Input;

/// <summary>
/// A document read from an input; Format names the reader ("html", "rss", "warc", "text", …).
/// Given is what the input states about the document outright (a JSONL line's fields): it wins
/// over what is detected (the language) or read from the page. Author is the byline, where the
/// input names one (a page's metadata, a feed item, a JSONL line).
/// </summary>
public sealed record DocumentItem(string Source, Document Document, string Format) : InputItem(Source)
{
    public DocumentMetadata? Given { get; init; }

    public string? Author { get; init; }
}
