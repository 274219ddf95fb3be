namespace Claimgraph.Recognizers.Dates;

/// <summary>A time expression found by <see cref="DateScanner"/>: where it ends (the token after it) and what it means.</summary>
internal readonly record struct DateMatch(int Next, TimeMentionKind Kind, PartialDate? Start, PartialDate? End);
