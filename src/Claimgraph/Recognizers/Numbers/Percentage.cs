using Claimgraph.Text;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>A percentage: "27%", "240 Prozent", "minus five percent". <see cref="Value"/> is in percent (27, not 0.27).</summary>
public sealed record Percentage(TextSpan Span, double Value);
