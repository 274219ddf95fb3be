using System.Globalization;
using System.Text.Json;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>The prepared inserts of a connection: a document, its sentences (and their full-text rows), its claims.</summary>
internal sealed class ClaimWriter : IDisposable
{
    private readonly SqliteCommand _document;
    private readonly SqliteCommand _sentence;
    private readonly SqliteCommand _fts;
    private readonly SqliteCommand _claim;

    public ClaimWriter(SqliteConnection connection)
    {
        _document = Prepare(connection,
            """
            INSERT INTO documents (content_hash, name, path, url, outlet, title, language, published, characters, text, extractor_version, claim_count, ingested_at)
            VALUES ($hash, $name, $path, $url, $outlet, $title, $language, $published, $characters, $text, $version, $count, $at) RETURNING id;
            """,
            "$hash", "$name", "$path", "$url", "$outlet", "$title", "$language", "$published", "$characters", "$text", "$version", "$count", "$at");
        _sentence = Prepare(connection, "INSERT INTO sentences (document_id, text) VALUES ($document, $text) RETURNING id;", "$document", "$text");
        _fts = Prepare(connection, "INSERT INTO sentences_fts (rowid, text) VALUES ($id, $text);", "$id", "$text");
        _claim = Prepare(connection,
            """
            INSERT INTO claims (document_id, sentence_id, ordinal, span_start, span_end, quote, relation, measure, value, low, high, qualifier, unit,
                                actor, recipient, system, location, time_start, time_end, time_text, attribution, hedged, increment)
            VALUES ($document, $sentence, $ordinal, $start, $end, $quote, $relation, $measure, $value, $low, $high, $qualifier, $unit,
                    $actor, $recipient, $system, $location, $time_start, $time_end, $time_text, $attribution, $hedged, $increment);
            """,
            "$document", "$sentence", "$ordinal", "$start", "$end", "$quote", "$relation", "$measure", "$value", "$low", "$high", "$qualifier", "$unit",
            "$actor", "$recipient", "$system", "$location", "$time_start", "$time_end", "$time_text", "$attribution", "$hedged", "$increment");
    }

    public long InsertDocument(SqliteTransaction transaction, DocumentToStore document, int claimCount)
    {
        _document.Transaction = transaction;
        Set(_document,
            document.ContentHash,
            document.Name,
            document.Path,
            document.Url,
            document.Outlet,
            document.Title,
            document.Language,
            document.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            document.Text.Length,
            document.Text,
            document.ExtractorVersion,
            claimCount,
            DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return (long)_document.ExecuteScalar()!;
    }

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
                Set(_sentence, documentId, claim.Sentence);
                sentenceId = (long)_sentence.ExecuteScalar()!;
                Set(_fts, sentenceId, claim.Sentence);
                _fts.ExecuteNonQuery();
                sentences.Add(claim.Sentence, sentenceId);
            }

            Set(_claim,
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
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
