using Claimgraph.Text;

namespace Claimgraph.Recognizers.Units;

/// <summary>An age: "20 years old", "5 Jahre alt", "im Alter von 6 Wochen", "Selenskyj (46)".</summary>
public sealed record Age(TextSpan Span, double Value, AgeUnit Unit);
