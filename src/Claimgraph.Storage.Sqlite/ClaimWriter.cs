using System.Globalization;
using System.Text.Json;
using Claimgraph.Extraction;
using Claimgraph.Formats.Duplicates;
using Claimgraph.Lexicon;
using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>The prepared inserts of a connection: a document, the places it appeared, its fingerprint, its sentences (and their full-text rows), its claims.</summary>
internal sealed class ClaimWriter : IDisposable
{
    private readonly SqliteCommand _document;
    private readonly SqliteCommand _sentence;
    private readonly SqliteCommand _fts;
    private readonly SqliteCommand _claim;
    private readonly SqliteCommand _appearance;
    private readonly SqliteCommand _fingerprint;
    private readonly SqliteCommand _band;

    public ClaimWriter(SqliteConnection connection)
    {
        _document = Prepared.Command(connection,
            """
            INSERT INTO documents (content_hash, name, path, url, outlet, title, language, published, characters, text, extractor_version, claim_count, ingested_at)
            VALUES ($hash, $name, $path, $url, $outlet, $title, $language, $published, $characters, $text, $version, $count, $at) RETURNING id;
            """,
            "$hash", "$name", "$path", "$url", "$outlet", "$title", "$language", "$published", "$characters", "$text", "$version", "$count", "$at");
        _sentence = Prepared.Command(connection, "INSERT INTO sentences (document_id, text) VALUES ($document, $text) RETURNING id;", "$document", "$text");
        _fts = Prepared.Command(connection, "INSERT INTO sentences_fts (rowid, text) VALUES ($id, $text);", "$id", "$text");
        _claim = Prepared.Command(connection,
            """
            INSERT INTO claims (document_id, sentence_id, ordinal, span_start, span_end, quote, relation, measure, value, low, high, qualifier, unit,
                                actor, recipient, system, location, time_start, time_end, time_text, attribution, hedged, increment)
            VALUES ($document, $sentence, $ordinal, $start, $end, $quote, $relation, $measure, $value, $low, $high, $qualifier, $unit,
                    $actor, $recipient, $system, $location, $time_start, $time_end, $time_text, $attribution, $hedged, $increment);
            """,
            "$document", "$sentence", "$ordinal", "$start", "$end", "$quote", "$relation", "$measure", "$value", "$low", "$high", "$qualifier", "$unit",
            "$actor", "$recipient", "$system", "$location", "$time_start", "$time_end", "$time_text", "$attribution", "$hedged", "$increment");
        _appearance = Prepared.Command(connection,
            """
            INSERT OR IGNORE INTO appearances (document_id, name, path, url, outlet, title, published, author, kind, similarity, seen_at)
            VALUES ($document, $name, $path, $url, $outlet, $title, $published, $author, $kind, $similarity, $at);
            """,
            "$document", "$name", "$path", "$url", "$outlet", "$title", "$published", "$author", "$kind", "$similarity", "$at");
        _fingerprint = Prepared.Command(connection,
            "INSERT OR REPLACE INTO fingerprints (document_id, words_hash, words, signature) VALUES ($document, $hash, $words, $signature);",
            "$document", "$hash", "$words", "$signature");
        _band = Prepared.Command(connection, "INSERT INTO fingerprint_bands (band_key, document_id) VALUES ($key, $document);", "$key", "$document");
    }

    public long InsertDocument(SqliteTransaction transaction, DocumentToStore document, int claimCount)
    {
        _document.Transaction = transaction;
        Prepared.Set(_document,
            document.ContentHash,
            document.Name,
            document.Path,
            document.Url,
            document.Outlet,
            document.Title,
            document.Language,
            Date(document.Published),
            document.Text.Length,
            document.Text,
            document.ExtractorVersion,
            claimCount,
            Now());
        var id = (long)_document.ExecuteScalar()!;
        InsertAppearance(transaction, id, document.Appearance, "original", 1);
        InsertFingerprint(transaction, id, document.Fingerprint);
        return id;
    }

    /// <summary>Records a place the document's text appeared; false when the place (outlet and address, else file or name) was known.</summary>
    public bool InsertAppearance(SqliteTransaction transaction, long documentId, DocumentAppearance appearance, string kind, double similarity)
    {
        _appearance.Transaction = transaction;
        Prepared.Set(_appearance,
            documentId,
            appearance.Name,
            appearance.Path,
            appearance.Url,
            appearance.Outlet,
            appearance.Title,
            Date(appearance.Published),
            appearance.Author,
            kind,
            similarity,
            Now());
        return _appearance.ExecuteNonQuery() == 1;
    }

    /// <summary>The text's fingerprint and, for texts long enough to compare nearly, its band keys.</summary>
    public void InsertFingerprint(SqliteTransaction transaction, long documentId, TextFingerprint fingerprint)
    {
        _fingerprint.Transaction = transaction;
        Prepared.Set(_fingerprint, documentId, unchecked((long)fingerprint.WordsHash), fingerprint.Words, fingerprint.SignatureBytes());
        _fingerprint.ExecuteNonQuery();
        if (fingerprint.Words < DuplicateIndex.MinWordsForNear)
        {
            return;
        }

        _band.Transaction = transaction;
        foreach (var key in fingerprint.BandKeys())
        {
            Prepared.Set(_band, unchecked((long)key), documentId);
            _band.ExecuteNonQuery();
        }
    }

    public static string? Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public void InsertClaims(SqliteTransaction transaction, long documentId, IReadOnlyList<Claim> claims)
    {
        _sentence.Transaction = transaction;
        _fts.Transaction = transaction;
        _claim.Transaction = transaction;
        var sentences = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (!sentences.TryGetValue(claim.Sentence, out var sentenceId))
            {
                Prepared.Set(_sentence, documentId, claim.Sentence);
                sentenceId = (long)_sentence.ExecuteScalar()!;
                Prepared.Set(_fts, sentenceId, claim.Sentence);
                _fts.ExecuteNonQuery();
                sentences.Add(claim.Sentence, sentenceId);
            }

            Prepared.Set(_claim,
                documentId,
                sentenceId,
                i,
                claim.Span.Start,
                claim.Span.End,
                claim.Quote,
                claim.Relation,
                claim.Measure,
                claim.Quantity.Value,
                claim.Quantity.Low,
                claim.Quantity.High,
                claim.Quantity.Qualifier.ToName(),
                claim.Unit,
                claim.Actor,
                claim.Recipient,
                claim.System,
                claim.Location,
                claim.Time?.Start,
                claim.Time?.End,
                claim.Time?.Text,
                JsonSerializer.Serialize(claim.Attribution.Select(s => new[] { s.Name, s.Type }).ToArray()),
                claim.Hedged ? 1 : 0,
                claim.Increment is { } increment ? (increment ? 1 : 0) : null);
            _claim.ExecuteNonQuery();
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
        _band.Dispose();
    }
}
