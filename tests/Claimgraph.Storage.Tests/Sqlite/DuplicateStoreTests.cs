using Claimgraph.Extraction;
using Claimgraph.Formats.Duplicates;
using Claimgraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Tests.Sqlite;

/// <summary>A syndicated article (exact or with another headline and small edits) is stored once with all the places it appeared, also across ingest runs and in stores made before fingerprints.</summary>
public sealed class DuplicateStoreTests
{
    [Fact]
    public void A_near_copy_is_recorded_as_another_appearance_and_its_claims_are_not_doubled()
    {
        using var store = SqliteClaimStore.Open(Path.Combine(TestPaths.TempFolder(), "store.db"));
        var ingestor = new Ingestor(TestPaths.Extractor, store, "v1");
        var first = ingestor.Ingest(new Document("a.html", NearCopies.Original, Outlet: "a.example", Url: "https://a.example/1"));
        var copy = ingestor.Ingest(new Document("b.html", NearCopies.Syndicated, Outlet: "b.example", Url: "https://b.example/2"));

        Assert.Equal(AddOutcome.Added, first.Outcome);
        Assert.True(first.Claims > 0);
        Assert.Equal(AddOutcome.NearDuplicate, copy.Outcome);
        Assert.Equal(DuplicateKind.Near, copy.Original!.Kind);
        Assert.InRange(copy.Original.Similarity, DuplicateIndex.DefaultNearThreshold, 0.99);
        Assert.Equal((1L, (long)first.Claims, 2L), (store.Summary().Documents, store.Summary().Claims, store.Summary().Appearances));
        Assert.Equal(["https://a.example/1", "https://b.example/2"], store.Appearances(ContentHash.Of(NearCopies.Original)).Select(a => a.Url));

        // consolidation: each report of the text is echoed by both outlets, its claims counted once
        var records = store.Claims(ClaimQuery.All).Select(c => c.ToRecord()).ToList();
        var corpus = new Claimgraph.Consolidation.Consolidator(TestPaths.Origins).Consolidate(records);
        Assert.Equal(first.Claims, corpus.Reports.Sum(r => r.Claims.Count));
        Assert.All(corpus.Reports, r => Assert.Equal(["a.example", "b.example"], r.Outlets));

        // the outlet of a copy finds the stored text's claims
        Assert.Equal(first.Claims, store.Claims(new ClaimQuery(Outlet: "B.example")).Count());
    }

    [Fact]
    public void Near_copies_are_found_across_ingest_runs()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "store.db");
        using (var store = SqliteClaimStore.Open(path))
        {
            new Ingestor(TestPaths.Extractor, store, "v1").Ingest(new Document("a.html", NearCopies.Original, Outlet: "a.example"));
        }

        using (var store = SqliteClaimStore.Open(path))
        {
            Assert.Equal(AddOutcome.NearDuplicate, new Ingestor(TestPaths.Extractor, store, "v1").Ingest(new Document("b.html", NearCopies.Syndicated, Outlet: "b.example")).Outcome);
            Assert.Equal(1, store.Summary().Documents);
        }
    }

    [Fact]
    public void A_store_made_before_fingerprints_gets_them_and_its_documents_appearances()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "store.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SqliteMigrations.Steps[0] + "\nPRAGMA user_version = 1;\n" +
                "INSERT INTO documents (content_hash, name, outlet, characters, text, extractor_version, claim_count, ingested_at) " +
                "VALUES ($hash, 'a.html', 'a.example', $characters, $text, 'old', 0, '2024-11-17T00:00:00Z');";
            command.Parameters.AddWithValue("$hash", ContentHash.Of(NearCopies.Original));
            command.Parameters.AddWithValue("$characters", NearCopies.Original.Length);
            command.Parameters.AddWithValue("$text", NearCopies.Original);
            command.ExecuteNonQuery();
        }

        using var store = SqliteClaimStore.Open(path);
        Assert.Equal(SqliteMigrations.Latest, store.Summary().SchemaVersion);
        Assert.Equal("a.example", Assert.Single(store.Appearances(ContentHash.Of(NearCopies.Original))).Outlet);
        Assert.Equal(AddOutcome.NearDuplicate, new Ingestor(TestPaths.Extractor, store, "v1").Ingest(new Document("b.html", NearCopies.Syndicated, Outlet: "b.example")).Outcome);
        Assert.Empty(store.Check());
    }

    [Fact]
    public void A_store_with_band_keys_beside_an_index_keeps_them_in_one_tree_and_still_finds_near_copies()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "store.db");
        var fingerprint = Claimgraph.Formats.Duplicates.TextFingerprint.Of(NearCopies.Original);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SqliteMigrations.Steps[0] + SqliteMigrations.Steps[1] + "\nPRAGMA user_version = 2;\n" +
                "INSERT INTO documents (id, content_hash, name, outlet, characters, text, extractor_version, claim_count, ingested_at) " +
                "VALUES (7, $hash, 'a.html', 'a.example', $characters, $text, 'old', 0, '2024-11-17T00:00:00Z');" +
                "INSERT INTO appearances (document_id, name, outlet, kind, similarity, seen_at) VALUES (7, 'a.html', 'a.example', 'original', 1, '2024-11-17T00:00:00Z');" +
                "INSERT INTO fingerprints (document_id, words_hash, words, signature) VALUES (7, $words, $count, $signature);" +
                string.Concat(fingerprint.BandKeys().Select(k => $"INSERT INTO fingerprint_bands (band_key, document_id) VALUES ({unchecked((long)k)}, 7);"));
            command.Parameters.AddWithValue("$hash", ContentHash.Of(NearCopies.Original));
            command.Parameters.AddWithValue("$characters", NearCopies.Original.Length);
            command.Parameters.AddWithValue("$text", NearCopies.Original);
            command.Parameters.AddWithValue("$words", unchecked((long)fingerprint.WordsHash));
            command.Parameters.AddWithValue("$count", fingerprint.Words);
            command.Parameters.AddWithValue("$signature", fingerprint.SignatureBytes());
            command.ExecuteNonQuery();
        }

        using var store = SqliteClaimStore.Open(path);
        Assert.Equal(SqliteMigrations.Latest, store.Summary().SchemaVersion);
        var copy = new Ingestor(TestPaths.Extractor, store, "v1").Ingest(new Document("b.html", NearCopies.Syndicated, Outlet: "b.example"));
        Assert.Equal(AddOutcome.NearDuplicate, copy.Outcome);
        Assert.Equal(7, copy.Original!.DocumentId);
        Assert.Empty(store.Check());
    }

    [Fact]
    public void A_document_in_a_language_without_a_claim_pack_is_stored_without_claims()
    {
        using var store = SqliteClaimStore.Open(Path.Combine(TestPaths.TempFolder(), "store.db"));
        var outcome = new Ingestor(TestPaths.Extractor, store, "v1").Ingest(new Document("en.html", "North Korea sent 3,000 more soldiers to Russia, Seoul said.", Language: "en"));
        Assert.Equal((AddOutcome.Added, 0, false), (outcome.Outcome, outcome.Claims, outcome.Extracted));
        Assert.Equal(1, store.Summary().Documents);
    }
}
