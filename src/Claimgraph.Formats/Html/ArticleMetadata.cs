namespace Claimgraph.Formats.Html;

/// <summary>
/// What a page says about its article outside the body: from JSON-LD, OpenGraph and meta tags,
/// &lt;link rel=canonical&gt;, &lt;time&gt; and &lt;html lang&gt;. StructuredBody is JSON-LD's articleBody, when given.
/// </summary>
public sealed record ArticleMetadata(
    string? Title,
    string? Author,
    DateTimeOffset? Published,
    string? Outlet,
    string? CanonicalUrl,
    string? Language,
    string? Description,
    string? StructuredBody);
