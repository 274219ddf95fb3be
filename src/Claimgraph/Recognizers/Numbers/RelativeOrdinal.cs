using Claimgraph.Text;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>An ordinal relative to an anchor: "letzte" (end + 0), "vorletzte" (end − 1), "next" (current + 1).</summary>
public sealed record RelativeOrdinal(TextSpan Span, OrdinalAnchor Anchor, int Offset);
