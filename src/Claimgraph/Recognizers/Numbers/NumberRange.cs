using Claimgraph.Text;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// A range of numbers: "zwischen 10 und 12", "10.000 bis 12.000", "25-30", "weniger als 5",
/// "at least 30", "five hundred or more". An open end is null; the flags say whether an end
/// belongs to the range. A range between two written ends includes the low end and not the
/// high one ("[10,12)"), as the reference suite writes it.
/// </summary>
public sealed record NumberRange(TextSpan Span, double? Low, double? High, bool LowInclusive, bool HighInclusive);
