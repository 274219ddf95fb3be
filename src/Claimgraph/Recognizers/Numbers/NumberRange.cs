using Claimgraph.Text;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// A range of numbers: "zwischen 10 und 12", "10.000 bis 12.000", "25-30", "weniger als 5",
/// "at least 30", "five hundred or more". An open end is null; the flags say whether an end
/// belongs to the range. A range between two written ends includes the low end and not the
/// <see cref="Shape"/> tells a range between two written ends ("zwischen 10 und 12", taken to
/// include both) from one given by bounds ("mehr als 10 und weniger als 20").
/// </summary>
public sealed record NumberRange(TextSpan Span, double? Low, double? High, bool LowInclusive, bool HighInclusive, RangeShape Shape);
