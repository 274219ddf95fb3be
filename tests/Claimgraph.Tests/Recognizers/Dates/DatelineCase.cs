namespace Claimgraph.Tests.Recognizers.Dates;

/// <summary>One line of dateline.de.jsonl: an article's text and the publication stamp expected (ISO date and time), or null.</summary>
public sealed record DatelineCase(string Note, string Text, string? Expected);
