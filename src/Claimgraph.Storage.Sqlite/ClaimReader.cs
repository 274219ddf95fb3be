using System.Globalization;
using System.Text.Json;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Text;
using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>Reads claim rows (with their document's columns) back into records; shares one document record per document.</summary>
internal sealed class ClaimReader
{
    public const string DocumentColumns = "d.id, d.content_hash, d.name, d.path, d.url, d.outlet, d.title, d.language, d.published, d.characters, d.extractor_version, " +
        "(SELECT json_group_array(label) FROM (SELECT coalesce(a.outlet, '[' || a.name || ']') AS label FROM appearances a WHERE a.document_id = d.id AND a.kind <> 'original' ORDER BY a.id))";

    public const int DocumentColumnCount = 12;

    public const string Select =
        "SELECT " + DocumentColumns + ", c.id, s.text, c.span_start, c.span_end, c.quote, c.relation, c.measure, c.value, c.low, c.high, c.qualifier, c.unit, " +
        "c.actor, c.recipient, c.system, c.location, c.time_start, c.time_end, c.time_text, c.attribution, c.hedged, c.increment " +
        "FROM claims c JOIN documents d ON d.id = c.document_id JOIN sentences s ON s.id = c.sentence_id";

    private StoredDocument? _last;

    public StoredClaim Read(SqliteDataReader r)
    {
        var documentId = r.GetInt64(0);
        var document = _last is not null && _last.Id == documentId ? _last : _last = ReadDocument(r, 0);
        var k = DocumentColumnCount;
        var id = r.GetInt64(k);
        var time = r.IsDBNull(k + 16) && r.IsDBNull(k + 17) && r.IsDBNull(k + 18)
            ? null
            : new ClaimTime(Text(r, k + 16), Text(r, k + 17), Text(r, k + 18) ?? "");
        var links = JsonSerializer.Deserialize<string[][]>(r.GetString(k + 19)) ?? [];
        var claim = new Claim(
            document.Name,
            new TextSpan(r.GetInt32(k + 2), r.GetInt32(k + 3)),
            r.GetString(k + 4),
            r.GetString(k + 1),
            r.GetString(k + 5),
            r.GetString(k + 6),
            new Quantity(Number(r, k + 7), Number(r, k + 8), Number(r, k + 9), QualifierNames.Parse(r.GetString(k + 10), "store")),
            Text(r, k + 11),
            Text(r, k + 12),
            Text(r, k + 13),
            Text(r, k + 14),
            Text(r, k + 15),
            time,
            links.Select(l => new Source(l[0], l[1])).ToList(),
            r.GetInt64(k + 20) != 0,
            r.IsDBNull(k + 21) ? null : r.GetInt64(k + 21) != 0);
        return new StoredClaim(id, claim, document);
    }

    public static StoredDocument ReadDocument(SqliteDataReader r, int at) => new(
        r.GetInt64(at),
        r.GetString(at + 1),
        r.GetString(at + 2),
        Text(r, at + 3),
        Text(r, at + 4),
        Text(r, at + 5),
        Text(r, at + 6),
        Text(r, at + 7),
        r.IsDBNull(at + 8) ? null : DateTimeOffset.Parse(r.GetString(at + 8), CultureInfo.InvariantCulture),
        r.GetInt32(at + 9),
        r.GetString(at + 10))
    {
        Republishers = r.IsDBNull(at + 11) ? [] : JsonSerializer.Deserialize<string[]>(r.GetString(at + 11)) ?? [],
    };

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Number(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
