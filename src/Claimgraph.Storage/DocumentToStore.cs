using Claimgraph.Formats.Duplicates;

namespace Claimgraph.Storage;

/// <summary>A document to add: its text and what is known about it, its fingerprint (for duplicates), and the extractor version its claims come from.</summary>
public sealed record DocumentToStore(
    string ContentHash,
    string Name,
    string Text,
    string? Path,
    string? Url,
    string? Outlet,
    string? Title,
    string? Language,
    DateTimeOffset? Published,
    string ExtractorVersion,
    TextFingerprint Fingerprint,
    string? Author = null)
{
    /// <summary>Where this document was found, as an appearance of its text.</summary>
    public DocumentAppearance Appearance => new(Name, Path, Url, Outlet, Title, Published, Author);
}
