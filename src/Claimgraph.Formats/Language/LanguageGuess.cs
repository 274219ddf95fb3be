namespace Claimgraph.Formats.Language;

/// <summary>
/// The language a text is in: an ISO 639-1 code of a language with a word list ("de", "en"),
/// <see cref="LanguageDetector.Other"/> for a text in none of them, or null when the text is too
/// short to tell. Share is the part of its words found in the winner's list.
/// </summary>
public sealed record LanguageGuess(string? Code, double Share, int Words);
