namespace Claimgraph.Extraction;

/// <summary>What extraction learned about a document: title, language, publication time (given or found in the text), size.</summary>
public sealed record DocumentInfo(string Document, string? Title, string Language, DateTimeOffset? Published, string? Outlet, int Characters);
