namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// The length of a duration as written: "drei Jahre" = 3 years, "zweieinhalb Stunden" = 2.5 hours;
/// <see cref="Approximate"/> where a vague word stands for the count ("einige Wochen" ≈ 3 weeks).
/// </summary>
public sealed record TimeLength(double Count, DateUnit Unit, bool Approximate = false);
