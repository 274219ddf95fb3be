using Claimgraph.Text;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// A number found in a text: its span (offsets into the text), its value, whether it counts or
/// ranks, and how it is written. <see cref="FirstToken"/> and <see cref="LastToken"/> index the
/// tokens of the scan it came from.
/// </summary>
public sealed record NumberMention(TextSpan Span, double Value, NumberKind Kind, NumberForm Form)
{
    internal int FirstToken { get; init; }

    internal int LastToken { get; init; }

    /// <summary>One run of digits of a token that is no number as a whole ("17" of "17.11.2024"): never part of a larger phrase.</summary>
    internal bool Partial { get; init; }
}
