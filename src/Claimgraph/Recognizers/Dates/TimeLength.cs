namespace Claimgraph.Recognizers.Dates;

/// <summary>The length of a duration as written: "drei Jahre" = 3 years, "zweieinhalb Stunden" = 2.5 hours.</summary>
public sealed record TimeLength(double Count, DateUnit Unit);
