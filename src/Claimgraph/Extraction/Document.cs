namespace Claimgraph.Extraction;

/// <summary>
/// An article to extract from: its name (a file name or id), its text as read, and what is known
/// about it from outside the text (publication time, outlet, title, address, language code).
/// </summary>
public sealed record Document(
    string Name,
    string Text,
    DateTimeOffset? Published = null,
    string? Outlet = null,
    string? Title = null,
    string? Url = null,
    string? Language = null);
