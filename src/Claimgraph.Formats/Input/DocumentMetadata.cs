using Claimgraph.Extraction;

namespace Claimgraph.Formats.Input;

/// <summary>
/// What is known about a document from outside its content (a JSONL line, command-line options):
/// name, address, outlet, publication time, title, language, author. Any field may be unknown.
/// </summary>
public sealed record DocumentMetadata(
    string? Name = null,
    string? Url = null,
    string? Outlet = null,
    DateTimeOffset? Published = null,
    string? Title = null,
    string? Language = null,
    string? Author = null)
{
    public static DocumentMetadata None { get; } = new();

    /// <summary>The document with every field this metadata gives put in place of the document's own.</summary>
    public Document Override(Document document) => document with
    {
        Name = Name ?? document.Name,
        Url = Url ?? document.Url,
        Outlet = Outlet ?? document.Outlet,
        Published = Published ?? document.Published,
        Title = Title ?? document.Title,
        Language = Language ?? document.Language,
    };

    /// <summary>The document with the fields it does not know taken from this metadata.</summary>
    public Document FillIn(Document document) => document with
    {
        Url = document.Url ?? Url,
        Outlet = document.Outlet ?? Outlet,
        Published = document.Published ?? Published,
        Title = document.Title ?? Title,
        Language = document.Language ?? Language,
    };

    /// <summary>This metadata with the fields it does not know taken from <paramref name="fallback"/>.</summary>
    public DocumentMetadata Over(DocumentMetadata? fallback) => fallback is null ? this : new(
        Name ?? fallback.Name,
        Url ?? fallback.Url,
        Outlet ?? fallback.Outlet,
        Published ?? fallback.Published,
        Title ?? fallback.Title,
        Language ?? fallback.Language,
        Author ?? fallback.Author);
}
