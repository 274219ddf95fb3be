using System.Globalization;
using Claimgraph.Lexicon;
using Claimgraph.Storage;

namespace Claimgraph.Cli.Output;

/// <summary>One exported claim: every field of the claim spec, flattened, and the document's metadata.</summary>
public sealed record ExportRow(
    long Id,
    string Document,
    string? Outlet,
    string? Published,
    string? Title,
    string? Url,
    string? Language,
    string ContentHash,
    int SpanStart,
    int SpanEnd,
    string Quote,
    string Sentence,
    string Relation,
    string Measure,
    double? Value,
    double? Low,
    double? High,
    string Qualifier,
    string? Unit,
    string? Actor,
    string? Recipient,
    string? System,
    string? Location,
    string? TimeStart,
    string? TimeEnd,
    string? TimeText,
    string Attribution,
    string? Origin,
    bool Hedged,
    bool? Increment)
{
    /// <summary>The column names, in the order of <see cref="Fields"/>.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "document", "outlet", "published", "title", "url", "language", "content_hash", "span_start", "span_end", "quote", "sentence",
        "relation", "measure", "value", "low", "high", "qualifier", "unit", "actor", "recipient", "system", "location",
        "time_start", "time_end", "time_text", "attribution", "origin", "hedged", "increment",
    ];

    /// <summary>The row as text fields (numbers invariant, booleans true/false, null as empty).</summary>
    public IReadOnlyList<string?> Fields()
    {
        var c = CultureInfo.InvariantCulture;
        return
        [
            Id.ToString(c), Document, Outlet, Published, Title, Url, Language, ContentHash, SpanStart.ToString(c), SpanEnd.ToString(c), Quote, Sentence,
            Relation, Measure, Value?.ToString("R", c), Low?.ToString("R", c), High?.ToString("R", c), Qualifier, Unit, Actor, Recipient, System, Location,
            TimeStart, TimeEnd, TimeText, Attribution, Origin, Hedged ? "true" : "false", Increment is null ? null : Increment.Value ? "true" : "false",
        ];
    }

    public static ExportRow Of(StoredClaim stored)
    {
        var c = stored.Claim;
        var d = stored.Document;
        return new ExportRow(
            stored.Id,
            d.Name,
            d.Outlet,
            d.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            d.Title,
            d.Url,
            d.Language,
            d.ContentHash,
            c.Span.Start,
            c.Span.End,
            c.Quote,
            c.Sentence,
            c.Relation,
            c.Measure,
            c.Quantity.Value,
            c.Quantity.Low,
            c.Quantity.High,
            c.Quantity.Qualifier.ToName(),
            c.Unit,
            c.Actor,
            c.Recipient,
            c.System,
            c.Location,
            c.Time?.Start,
            c.Time?.End,
            c.Time?.Text,
            string.Join(" > ", c.Attribution.Select(s => $"{s.Name} ({s.Type})")),
            c.Attribution.Count > 0 ? c.Attribution[^1].Name : null,
            c.Hedged,
            c.Increment);
    }
}
