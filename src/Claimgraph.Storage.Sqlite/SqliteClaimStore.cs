using System.Globalization;
using System.Text;
using Claimgraph.Extraction;
using Claimgraph.Formats.Duplicates;
using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>
/// The claim store in one SQLite file: WAL journal (readers never block the writer), one IMMEDIATE
/// transaction per batch of documents, a busy timeout and retries so that several processes can add to one
/// store, the schema migrated on open (<see cref="SqliteMigrations"/>), an FTS5 index on the
/// sentences that hold claims. One instance per thread.
/// </summary>
public sealed class SqliteClaimStore : IClaimStore
{
    private static readonly TimeSpan RetryFor = TimeSpan.FromMinutes(2);
    private readonly SqliteConnection _connection;
    private readonly ClaimWriter _writer;
    private readonly CopyFinder _copies;

    private SqliteClaimStore(string path, SqliteConnection connection)
    {
        Location = path;
        _connection = connection;
        _writer = new ClaimWriter(connection);
        _copies = new CopyFinder(connection);
    }

    public string Location { get; }

    /// <summary>Opens the store at <paramref name="path"/>, creating and migrating it as needed.</summary>
    public static SqliteClaimStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new ClaimStoreException($"{path}: the folder {directory} does not exist");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Retry.Run(() =>
            {
                Execute(connection, "PRAGMA busy_timeout = 60000;");
                var mode = Scalar(connection, "PRAGMA journal_mode = WAL;");
                if (!string.Equals(mode as string, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ClaimStoreException($"{path}: could not switch the store to WAL mode (got {mode})");
                }

                Execute(connection, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
                if (SqliteMigrations.Version(connection) < SqliteMigrations.Latest)
                {
                    using var transaction = connection.BeginTransaction(deferred: false);
                    SqliteMigrations.Apply(connection, transaction);
                    transaction.Commit();
                }
                else if (SqliteMigrations.Version(connection) > SqliteMigrations.Latest)
                {
                    using var transaction = connection.BeginTransaction(deferred: true);
                    SqliteMigrations.Apply(connection, transaction);
                }

                return 0;
            }, RetryFor);
            var store = new SqliteClaimStore(path, connection);
            try
            {
                store.AddMissingFingerprints();
            }
            catch
            {
                store.Dispose();
                throw;
            }

            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new ClaimStoreException($"{path}: not a usable claim store: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public bool Contains(string contentHash)
    {
        using var command = Command("SELECT 1 FROM documents WHERE content_hash = $hash;", ("$hash", contentHash));
        return command.ExecuteScalar() is not null;
    }

    public StoredCopy? FindCopy(string contentHash, TextFingerprint fingerprint, double nearThreshold) => _copies.Find(contentHash, fingerprint, nearThreshold);

    public IReadOnlyList<AddResult> Add(IReadOnlyList<StoreWrite> writes, double nearThreshold)
    {
        // A document that fails to write is left out and the batch written again without it (failures
        // are rare; a savepoint per document would cost every document, as the full-text index
        // writes out what it holds at each savepoint).
        var failed = new Dictionary<int, AddResult>();
        try
        {
            while (true)
            {
                var results = Retry.Run(() => TryWrite(writes, failed, nearThreshold), RetryFor);
                if (results is not null)
                {
                    return results;
                }
            }
        }
        catch (SqliteException e)
        {
            throw new ClaimStoreException($"{Location}: writing {writes.Count} documents failed, none of them is stored: {e.Message}", e);
        }
    }

    /// <summary>Writes the batch but the documents known to fail in one transaction; null (and nothing written) when one more failed.</summary>
    private AddResult[]? TryWrite(IReadOnlyList<StoreWrite> writes, Dictionary<int, AddResult> failed, double nearThreshold)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        var results = new AddResult[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            if (failed.TryGetValue(i, out var failure))
            {
                results[i] = failure;
                continue;
            }

            try
            {
                results[i] = Write(writes[i], nearThreshold);
            }
            catch (Exception e) when (e is not OutOfMemoryException && !(e is SqliteException busy && Retry.IsBusy(busy)))
            {
                failed[i] = new AddResult(AddOutcome.Failed, Problem: $"{Location}: could not store it: {e.Message}");
                return null;
            }
        }

        transaction.Commit();
        return results;
    }

    /// <summary>One document of a batch: its place on the stored text it repeats, else the text with its claims.</summary>
    private AddResult Write(StoreWrite write, double nearThreshold)
    {
        var document = write.Document;
        if ((write.Copy ?? _copies.Find(document.ContentHash, document.Fingerprint, nearThreshold)) is { } copy)
        {
            var added = _writer.InsertAppearance(copy.DocumentId, document.Appearance, KindName(copy.Kind), copy.Similarity);
            return new AddResult(!added ? AddOutcome.AlreadyStored : copy.Kind == DuplicateKind.Exact ? AddOutcome.Republished : AddOutcome.NearDuplicate, copy);
        }

        var id = _writer.InsertDocument(document, write.Claims.Count);
        _writer.InsertClaims(id, write.Claims);
        return new AddResult(AddOutcome.Added);
    }

    public IReadOnlyList<DocumentAppearance> Appearances(string contentHash)
    {
        using var command = Command(
            "SELECT a.name, a.path, a.url, a.outlet, a.title, a.published, a.author FROM appearances a JOIN documents d ON d.id = a.document_id WHERE d.content_hash = $hash ORDER BY a.id;",
            ("$hash", contentHash));
        using var reader = command.ExecuteReader();
        var appearances = new List<DocumentAppearance>();
        while (reader.Read())
        {
            appearances.Add(new DocumentAppearance(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return appearances;
    }

    private static string KindName(DuplicateKind kind) => kind == DuplicateKind.Exact ? "exact" : "near";

    /// <summary>Stores made before fingerprints (schema 1) get them once, computed from their texts.</summary>
    private void AddMissingFingerprints()
    {
        while (true)
        {
            var page = new List<(long Id, string Text)>();
            using (var command = Command("SELECT d.id, d.text FROM documents d WHERE NOT EXISTS (SELECT 1 FROM fingerprints f WHERE f.document_id = d.id) ORDER BY d.id LIMIT 500;"))
            {
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    page.Add((reader.GetInt64(0), reader.GetString(1)));
                }
            }

            if (page.Count == 0)
            {
                return;
            }

            Retry.Run(() =>
            {
                using var transaction = _connection.BeginTransaction(deferred: false);
                foreach (var (id, text) in page)
                {
                    _writer.InsertFingerprint(id, TextFingerprint.Of(text));
                }

                transaction.Commit();
                return 0;
            }, RetryFor);
        }
    }

    public IEnumerable<StoredClaim> Claims(ClaimQuery query)
    {
        var sql = new StringBuilder(ClaimReader.Select).Append(" WHERE 1 = 1");
        var parameters = new List<(string, object?)>();

        void Equal(string column, string? value)
        {
            if (value is not null)
            {
                var name = "$p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
                sql.Append(CultureInfo.InvariantCulture, $" AND {column} = {name} COLLATE NOCASE");
                parameters.Add((name, value));
            }
        }

        Equal("c.relation", query.Relation);
        Equal("c.measure", query.Measure);
        Equal("c.actor", query.Actor);
        Equal("c.recipient", query.Recipient);
        Equal("c.system", query.System);
        Equal("c.location", query.Location);
        if (query.Outlet is not null)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM appearances a WHERE a.document_id = d.id AND a.outlet = $outlet COLLATE NOCASE)");
            parameters.Add(("$outlet", query.Outlet));
        }
        if (query.PublishedFrom is { } from)
        {
            sql.Append(" AND substr(d.published, 1, 10) >= $from");
            parameters.Add(("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (query.PublishedTo is { } to)
        {
            sql.Append(" AND substr(d.published, 1, 10) <= $to");
            parameters.Add(("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        sql.Append(" ORDER BY c.document_id, c.ordinal;");
        using var command = Command(sql.ToString(), [.. parameters]);
        using var reader = command.ExecuteReader();
        var documents = new ClaimReader();
        while (reader.Read())
        {
            yield return documents.Read(reader);
        }
    }

    public IReadOnlyList<SearchHit> Search(string words, int limit)
    {
        var match = FtsQuery(words);
        if (match.Length == 0)
        {
            return [];
        }

        var sentences = new List<(long Id, string Text)>();
        using (var command = Command(
            "SELECT s.id, s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid WHERE sentences_fts MATCH $match ORDER BY rank LIMIT $limit;",
            ("$match", match),
            ("$limit", limit)))
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                sentences.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        var hits = new List<SearchHit>();
        foreach (var (id, text) in sentences)
        {
            using var command = Command(ClaimReader.Select + " WHERE c.sentence_id = $sentence ORDER BY c.ordinal;", ("$sentence", id));
            using var reader = command.ExecuteReader();
            var claims = new List<StoredClaim>();
            var documents = new ClaimReader();
            while (reader.Read())
            {
                claims.Add(documents.Read(reader));
            }

            if (claims.Count > 0)
            {
                hits.Add(new SearchHit(text, claims[0].Document, claims));
            }
        }

        return hits;
    }

    /// <summary>The user's words as an FTS5 query: every word, as a quoted prefix, must occur.</summary>
    internal static string FtsQuery(string words)
    {
        var terms = new List<string>();
        var current = new StringBuilder();
        foreach (var c in words + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                terms.Add("\"" + current.ToString().ToLowerInvariant() + "\"*");
                current.Clear();
            }
        }

        return string.Join(" ", terms);
    }

    public IEnumerable<StoredText> TextsNotExtractedBy(string extractorVersion)
    {
        long after = 0;
        while (true)
        {
            var page = new List<StoredText>();
            using (var command = Command(
                $"SELECT {ClaimReader.DocumentColumns}, d.text FROM documents d WHERE d.extractor_version <> $version AND d.id > $after ORDER BY d.id LIMIT 200;",
                ("$version", extractorVersion),
                ("$after", after)))
            {
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    page.Add(new StoredText(ClaimReader.ReadDocument(reader, 0), reader.GetString(ClaimReader.DocumentColumnCount)));
                }
            }

            foreach (var text in page)
            {
                yield return text;
            }

            if (page.Count == 0)
            {
                yield break;
            }

            after = page[^1].Document.Id;
        }
    }

    public void ReplaceClaims(long documentId, IReadOnlyList<Claim> claims, string extractorVersion) => Retry.Run(() =>
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var sql in new[]
        {
            "DELETE FROM sentences_fts WHERE rowid IN (SELECT id FROM sentences WHERE document_id = $id);",
            "DELETE FROM claims WHERE document_id = $id;",
            "DELETE FROM sentences WHERE document_id = $id;",
        })
        {
            using var delete = Command(sql, ("$id", documentId));
            delete.Transaction = transaction;
            delete.ExecuteNonQuery();
        }

        _writer.InsertClaims(documentId, claims);
        using (var update = Command(
            "UPDATE documents SET extractor_version = $version, claim_count = $count WHERE id = $id;",
            ("$version", extractorVersion),
            ("$count", claims.Count),
            ("$id", documentId)))
        {
            update.Transaction = transaction;
            update.ExecuteNonQuery();
        }

        transaction.Commit();
        return 0;
    }, RetryFor);

    public long AddNote(string contentHash, int? spanStart, int? spanEnd, string text) => Retry.Run(() =>
    {
        using var command = Command(
            "INSERT INTO notes (content_hash, span_start, span_end, text, created_at) VALUES ($hash, $start, $end, $text, $at) RETURNING id;",
            ("$hash", contentHash),
            ("$start", spanStart),
            ("$end", spanEnd),
            ("$text", text),
            ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        return (long)command.ExecuteScalar()!;
    }, RetryFor);

    public IReadOnlyList<StoredNote> Notes(string contentHash)
    {
        using var command = Command("SELECT id, content_hash, span_start, span_end, text, created_at FROM notes WHERE content_hash = $hash ORDER BY id;", ("$hash", contentHash));
        using var reader = command.ExecuteReader();
        var notes = new List<StoredNote>();
        while (reader.Read())
        {
            notes.Add(new StoredNote(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture)));
        }

        return notes;
    }

    public StoreSummary Summary()
    {
        long Count(string table) => (long)Scalar(_connection, $"SELECT count(*) FROM {table};")!;
        return new StoreSummary(SqliteMigrations.Version(_connection), Count("documents"), Count("claims"), Count("sentences"), Count("notes"), Count("appearances"));
    }

    /// <summary>Runs SQLite's own consistency check and the store's: every document has the claims it was stored with.</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        var integrity = Scalar(_connection, "PRAGMA integrity_check;") as string;
        if (integrity != "ok")
        {
            problems.Add("integrity_check: " + integrity);
        }

        using var command = Command(
            "SELECT d.name, d.claim_count, (SELECT count(*) FROM claims c WHERE c.document_id = d.id) FROM documents d WHERE d.claim_count <> (SELECT count(*) FROM claims c WHERE c.document_id = d.id);");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            problems.Add($"{reader.GetString(0)}: {reader.GetInt64(2)} claims stored, {reader.GetInt64(1)} expected");
        }

        var fts = (long)Scalar(_connection, "SELECT count(*) FROM sentences_fts;")!;
        var sentences = (long)Scalar(_connection, "SELECT count(*) FROM sentences;")!;
        if (fts != sentences)
        {
            problems.Add($"full-text index has {fts} sentences, the store {sentences}");
        }

        return problems;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _copies.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
