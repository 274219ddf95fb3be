using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>A claim while its document is still being read: actor and recipient may still come from the document's context.</summary>
internal sealed record ClaimDraft(
    int SentenceIndex,
    TextSpan Span,
    string Relation,
    string Measure,
    Quantity Quantity,
    string? Unit,
    string? Actor,
    string? Recipient,
    string? System,
    string? Location,
    ClaimTime? Time,
    IReadOnlyList<Source> Attribution,
    bool Hedged,
    bool? Increment);
