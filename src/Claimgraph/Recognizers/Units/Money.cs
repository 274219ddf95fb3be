using Claimgraph.Text;

namespace Claimgraph.Recognizers.Units;

/// <summary>An amount of money: "2,5 Mio. Euro", "$1.1 billion", "94.000 $", "USD 200", "15 Dollar und 15 Cent".</summary>
public sealed record Money(TextSpan Span, double Value, Currency Currency);
