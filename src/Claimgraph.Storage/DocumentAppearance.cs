namespace Claimgraph.Storage;

/// <summary>
/// One place a stored text was published or found: the first is the document's own, more come
/// from syndicated or re-published copies. A place is its outlet and its address (else file or name);
/// its author is the byline there (a copy may carry another).
/// </summary>
public sealed record DocumentAppearance(
    string Name,
    string? Path,
    string? Url,
    string? Outlet,
    string? Title,
    DateTimeOffset? Published,
    string? Author = null);
