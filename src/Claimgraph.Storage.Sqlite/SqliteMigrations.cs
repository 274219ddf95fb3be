using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>
/// The schema as a list of migrations; PRAGMA user_version holds how many are applied. Each
/// migration runs in the transaction that raises the version, so a store is always at one version.
/// Append new migrations; never edit an applied one.
/// </summary>
internal static class SqliteMigrations
{
    public static readonly string[] Steps =
    [
        // 1: documents, sentences (with a full-text index), claims, analyst notes.
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            path TEXT,
            url TEXT,
            outlet TEXT,
            title TEXT,
            language TEXT,
            published TEXT,
            characters INTEGER NOT NULL,
            text TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            claim_count INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_extractor ON documents(extractor_version);
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            text TEXT NOT NULL
        );
        CREATE INDEX sentences_document ON sentences(document_id);
        CREATE VIRTUAL TABLE sentences_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            sentence_id INTEGER NOT NULL REFERENCES sentences(id),
            ordinal INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            quote TEXT NOT NULL,
            relation TEXT NOT NULL,
            measure TEXT NOT NULL,
            value REAL,
            low REAL,
            high REAL,
            qualifier TEXT NOT NULL,
            unit TEXT,
            actor TEXT,
            recipient TEXT,
            system TEXT,
            location TEXT,
            time_start TEXT,
            time_end TEXT,
            time_text TEXT,
            attribution TEXT NOT NULL,
            hedged INTEGER NOT NULL,
            increment INTEGER
        );
        CREATE INDEX claims_document ON claims(document_id);
        CREATE INDEX claims_variable ON claims(relation, measure, actor, recipient);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL,
            span_start INTEGER,
            span_end INTEGER,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX notes_document ON notes(content_hash);
        """,

        // 2: the places a text appeared (its own first, then syndicated and re-published copies,
        // which are not stored again), and the fingerprints that find near copies across ingests
        // (the MinHash signature, and its band keys in an index: candidates are found by SQL).
        """
        CREATE TABLE appearances (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            name TEXT NOT NULL,
            path TEXT,
            url TEXT,
            outlet TEXT,
            title TEXT,
            published TEXT,
            author TEXT,
            kind TEXT NOT NULL,
            similarity REAL NOT NULL,
            seen_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX appearances_place ON appearances(document_id, coalesce(outlet, ''), coalesce(url, path, name));
        CREATE INDEX appearances_outlet ON appearances(outlet COLLATE NOCASE);
        INSERT INTO appearances (document_id, name, path, url, outlet, title, published, kind, similarity, seen_at)
            SELECT id, name, path, url, outlet, title, published, 'original', 1, ingested_at FROM documents;
        CREATE TABLE fingerprints (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id),
            words_hash INTEGER NOT NULL,
            words INTEGER NOT NULL,
            signature BLOB NOT NULL
        );
        CREATE INDEX fingerprints_words ON fingerprints(words_hash);
        CREATE TABLE fingerprint_bands (
            band_key INTEGER NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id)
        );
        CREATE INDEX fingerprint_bands_key ON fingerprint_bands(band_key);
        """,

        // 3: the band keys in one B-tree ordered by key (WITHOUT ROWID): an ingest adds 16 keys per
        // text at random places, and a table with an index beside it wrote twice the pages; a
        // lookup reads the document ids from the same tree.
        """
        CREATE TABLE fingerprint_bands_by_key (
            band_key INTEGER NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            PRIMARY KEY (band_key, document_id)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO fingerprint_bands_by_key (band_key, document_id) SELECT band_key, document_id FROM fingerprint_bands;
        DROP TABLE fingerprint_bands;
        ALTER TABLE fingerprint_bands_by_key RENAME TO fingerprint_bands;
        """,
    ];

    public static int Latest => Steps.Length;

    /// <summary>Brings the store up to <see cref="Latest"/>; the caller holds a write transaction.</summary>
    public static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        var version = Version(connection, transaction);
        if (version > Latest)
        {
            throw new ClaimStoreException($"the store has schema version {version}; this claimgraph knows up to {Latest} (a newer claimgraph made it)");
        }

        for (var step = version; step < Latest; step++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Steps[step] + $"\nPRAGMA user_version = {step + 1};";
            command.ExecuteNonQuery();
        }
    }

    public static int Version(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
