using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>A quantitative claim, as the claim spec defines it. Spans index the document text as read.</summary>
public sealed record Claim(
    string Document,
    TextSpan Span,
    string Quote,
    string Sentence,
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
