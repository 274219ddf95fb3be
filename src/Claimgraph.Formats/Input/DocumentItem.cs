using Claimgraph.Extraction;

namespace Claimgraph.Formats.Input;

/// <summary>A document read from an input; Format names the reader ("html", "rss", "warc", "text", …).</summary>
public sealed record DocumentItem(string Source, Document Document, string Format) : InputItem(Source);
