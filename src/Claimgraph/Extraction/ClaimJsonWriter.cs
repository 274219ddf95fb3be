using System.Text.Encodings.Web;
using System.Text.Json;

namespace Claimgraph.Extraction;

/// <summary>
/// Writes claims and document records as JSON lines in the field order of the claim spec
/// (../shared/spec/claims.md): every field present, null where it has no value.
/// </summary>
public sealed class ClaimJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public ClaimJsonWriter(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, Options);
    }

    public void WriteDocument(DocumentInfo info)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("record", "document");
        w.WriteString("document", info.Document);
        WriteNullable("title", info.Title);
        w.WriteString("language", info.Language);
        WriteNullable("published", info.Published?.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        WriteNullable("outlet", info.Outlet);
        w.WriteNumber("characters", info.Characters);
        w.WriteEndObject();
        EndLine();
    }

    public void WriteClaim(Claim claim)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("record", "claim");
        w.WriteString("document", claim.Document);
        w.WriteStartObject("span");
        w.WriteNumber("start", claim.Span.Start);
        w.WriteNumber("end", claim.Span.End);
        w.WriteEndObject();
        w.WriteString("quote", claim.Quote);
        w.WriteString("sentence", claim.Sentence);
        w.WriteString("relation", claim.Relation);
        w.WriteString("measure", claim.Measure);
        w.WriteStartObject("quantity");
        WriteNumber("value", claim.Quantity.Value);
        WriteNumber("low", claim.Quantity.Low);
        WriteNumber("high", claim.Quantity.High);
        w.WriteString("qualifier", Lexicon.QualifierNames.ToName(claim.Quantity.Qualifier));
        w.WriteEndObject();
        WriteNullable("unit", claim.Unit);
        WriteNullable("actor", claim.Actor);
        WriteNullable("recipient", claim.Recipient);
        WriteNullable("system", claim.System);
        WriteNullable("location", claim.Location);
        if (claim.Time is null)
        {
            w.WriteNull("time");
        }
        else
        {
            w.WriteStartObject("time");
            WriteNullable("start", claim.Time.Start);
            WriteNullable("end", claim.Time.End);
            w.WriteString("text", claim.Time.Text);
            w.WriteEndObject();
        }

        w.WriteStartArray("attribution");
        foreach (var source in claim.Attribution)
        {
            w.WriteStartObject();
            w.WriteString("name", source.Name);
            w.WriteString("type", source.Type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("hedged", claim.Hedged);
        if (claim.Increment is { } increment)
        {
            w.WriteBoolean("increment", increment);
        }
        else
        {
            w.WriteNull("increment");
        }

        w.WriteEndObject();
        EndLine();
    }

    public void Dispose()
    {
        _writer.Flush();
        _writer.Dispose();
    }

    private void EndLine()
    {
        _writer.Flush();
        _writer.Reset();
        _stream.WriteByte((byte)'\n');
    }

    private void WriteNullable(string name, string? value)
    {
        if (value is null)
        {
            _writer.WriteNull(name);
        }
        else
        {
            _writer.WriteString(name, value);
        }
    }

    private void WriteNumber(string name, double? value)
    {
        if (value is null)
        {
            _writer.WriteNull(name);
        }
        else if (value.Value == Math.Floor(value.Value) && Math.Abs(value.Value) < 1e15)
        {
            _writer.WriteNumber(name, (long)value.Value);
        }
        else
        {
            _writer.WriteNumber(name, value.Value);
        }
    }
}
