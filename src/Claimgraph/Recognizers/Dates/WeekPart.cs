namespace Claimgraph.Recognizers.Dates;

/// <summary>Days of a calendar week a word names, as ISO day numbers (1 = Monday): the weekend (6–7), the working week (1–5).</summary>
internal sealed record WeekPart(int FirstDay, int LastDay);
