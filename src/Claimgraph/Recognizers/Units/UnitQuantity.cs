using Claimgraph.Text;

namespace Claimgraph.Recognizers.Units;

/// <summary>A number with a unit of measurement: "170 km", "500Km", "4.050 m²", "zwölf Meilen", "a 10-gallon cooler".</summary>
public sealed record UnitQuantity(TextSpan Span, double Value, Unit Unit);
