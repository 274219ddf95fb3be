using Claimgraph.Text;

namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// A time expression found in a text. <see cref="Span"/> covers the whole expression with the
/// words that open it ("in den vergangenen Wochen", "am 21. Dezember"); <see cref="Text"/> is
/// that part of the text. <see cref="Start"/> and <see cref="End"/> give the time meant, both
/// inclusive and as precise as the text is; a single day, month or year has
/// <c>Start == End</c>. They are null where the text does not fix them: a relative expression
/// without a reference date, a duration that is not anchored, a time of day.
/// </summary>
public sealed record TimeMention(
    TextSpan Span,
    PartialDate? Start,
    PartialDate? End,
    TimeMentionKind Kind,
    string Text);
