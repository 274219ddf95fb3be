namespace Claimgraph.Tests.Recognizers.Dates;

/// <summary>One line of dates.de.jsonl: an input, its reference date and the mentions expected in order.</summary>
public sealed record DateCase(string Note, string Input, string? Reference, IReadOnlyList<ExpectedMention> Expected);

/// <summary>A mention as the case file writes it: ISO partial dates, or null.</summary>
public sealed record ExpectedMention(string Text, string Kind, string? Start, string? End);
