using Claimgraph.Text;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// A percentage: "27%", "240 Prozent", "minus five percent", "one in three" (in percent mode).
/// <see cref="Value"/> is in percent (27, not 0.27); null for a percent word without an amount
/// ("a percentage"), which is reported only when <see cref="PercentageOptions.WithoutAmount"/> asks for it.
/// </summary>
public sealed record Percentage(TextSpan Span, double? Value);
