using System.Globalization;
using System.Text.Json;
using Claimgraph.Extraction;
using Claimgraph.Formats.Duplicates;
using Claimgraph.Lexicon;
using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>
/// The inserts of a connection, each compiled once (<see cref="Statement"/>): a document, the places
/// it appeared, its fingerprint (and band keys, one statement for all), its sentences (and their
/// full-text rows), its claims. They run in the transaction the caller holds.
/// </summary>
internal sealed class ClaimWriter : IDisposable
{
    private readonly Statement _document;
    private readonly Statement _sentence;
    private readonly Statement _fts;
    private readonly Statement _claim;
    private readonly Statement _appearance;
    private readonly Statement _fingerprint;
    private readonly Statement _bands;

    public ClaimWriter(SqliteConnection connection)
    {
        _document = new Statement(connection,
            """
            INSERT INTO documents (content_hash, name, path, url, outlet, title, language, published, characters, text, extractor_version, claim_count, ingested_at)
            VALUES ($hash, $name, $path, $url, $outlet, $title, $language, $published, $characters, $text, $version, $count, $at);
            """);
        _sentence = new Statement(connection, "INSERT INTO sentences (document_id, text) VALUES ($document, $text);");
        _fts = new Statement(connection, "INSERT INTO sentences_fts (rowid, text) VALUES ($id, $text);");
        _claim = new Statement(connection,
            """
            INSERT INTO claims (document_id, sentence_id, ordinal, span_start, span_end, quote, relation, measure, value, low, high, qualifier, unit,
                                actor, recipient, system, location, time_start, time_end, time_text, attribution, hedged, increment)
            VALUES ($document, $sentence, $ordinal, $start, $end, $quote, $relation, $measure, $value, $low, $high, $qualifier, $unit,
                    $actor, $recipient, $system, $location, $time_start, $time_end, $time_text, $attribution, $hedged, $increment);
            """);
        _appearance = new Statement(connection,
            """
            INSERT OR IGNORE INTO appearances (document_id, name, path, url, outlet, title, published, author, kind, similarity, seen_at)
            VALUES ($document, $name, $path, $url, $outlet, $title, $published, $author, $kind, $similarity, $at);
            """);
        _fingerprint = new Statement(connection,
            "INSERT OR REPLACE INTO fingerprints (document_id, words_hash, words, signature) VALUES ($document, $hash, $words, $signature);");
        // One row per band: ($document, $k0), ($document, $k1), … — the document is parameter 1, band k is k + 2.
        _bands = new Statement(connection,
            "INSERT OR IGNORE INTO fingerprint_bands (document_id, band_key) VALUES " +
            string.Join(", ", Enumerable.Range(0, TextFingerprint.Bands).Select(k => string.Create(CultureInfo.InvariantCulture, $"($document, $k{k})"))) + ";");
    }

    public long InsertDocument(DocumentToStore document, int claimCount)
    {
        _document
            .Bind(1, document.ContentHash)
            .Bind(2, document.Name)
            .Bind(3, document.Path)
            .Bind(4, document.Url)
            .Bind(5, document.Outlet)
            .Bind(6, document.Title)
            .Bind(7, document.Language)
            .Bind(8, Date(document.Published))
            .Bind(9, document.Text.Length)
            .Bind(10, document.Text)
            .Bind(11, document.ExtractorVersion)
            .Bind(12, claimCount)
            .Bind(13, Now())
            .Run();
        var id = _document.LastInsertedId;
        InsertAppearance(id, document.Appearance, "original", 1);
        InsertFingerprint(id, document.Fingerprint);
        return id;
    }

    /// <summary>Records a place the document's text appeared; false when the place (outlet and address, else file or name) was known.</summary>
    public bool InsertAppearance(long documentId, DocumentAppearance appearance, string kind, double similarity) =>
        _appearance
            .Bind(1, documentId)
            .Bind(2, appearance.Name)
            .Bind(3, appearance.Path)
            .Bind(4, appearance.Url)
            .Bind(5, appearance.Outlet)
            .Bind(6, appearance.Title)
            .Bind(7, Date(appearance.Published))
            .Bind(8, appearance.Author)
            .Bind(9, kind)
            .Bind(10, similarity)
            .Bind(11, Now())
            .Run() == 1;

    /// <summary>The text's fingerprint and, for texts long enough to compare nearly, its band keys.</summary>
    public void InsertFingerprint(long documentId, TextFingerprint fingerprint)
    {
        _fingerprint.Bind(1, documentId).Bind(2, unchecked((long)fingerprint.WordsHash)).Bind(3, fingerprint.Words).Bind(4, fingerprint.SignatureBytes()).Run();
        if (fingerprint.Words < DuplicateIndex.MinWordsForNear)
        {
            return;
        }

        _bands.Bind(1, documentId);
        var keys = fingerprint.BandKeys();
        for (var k = 0; k < keys.Length; k++)
        {
            _bands.Bind(k + 2, unchecked((long)keys[k]));
        }

        _bands.Run();
    }

    public static string? Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public void InsertClaims(long documentId, IReadOnlyList<Claim> claims)
    {
        var sentences = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (!sentences.TryGetValue(claim.Sentence, out var sentenceId))
            {
                _sentence.Bind(1, documentId).Bind(2, claim.Sentence).Run();
                sentenceId = _sentence.LastInsertedId;
                _fts.Bind(1, sentenceId).Bind(2, claim.Sentence).Run();
                sentences.Add(claim.Sentence, sentenceId);
            }

            _claim
                .Bind(1, documentId)
                .Bind(2, sentenceId)
                .Bind(3, i)
                .Bind(4, claim.Span.Start)
                .Bind(5, claim.Span.End)
                .Bind(6, claim.Quote)
                .Bind(7, claim.Relation)
                .Bind(8, claim.Measure)
                .Bind(9, claim.Quantity.Value)
                .Bind(10, claim.Quantity.Low)
                .Bind(11, claim.Quantity.High)
                .Bind(12, claim.Quantity.Qualifier.ToName())
                .Bind(13, claim.Unit)
                .Bind(14, claim.Actor)
                .Bind(15, claim.Recipient)
                .Bind(16, claim.System)
                .Bind(17, claim.Location)
                .Bind(18, claim.Time?.Start)
                .Bind(19, claim.Time?.End)
                .Bind(20, claim.Time?.Text)
                .Bind(21, JsonSerializer.Serialize(claim.Attribution.Select(s => new[] { s.Name, s.Type }).ToArray()))
                .Bind(22, claim.Hedged ? 1 : 0)
                .Bind(23, claim.Increment is { } increment ? (increment ? 1 : 0) : null)
                .Run();
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _sentence.Dispose();
        _fts.Dispose();
        _claim.Dispose();
        _appearance.Dispose();
        _fingerprint.Dispose();
        _bands.Dispose();
    }
}
