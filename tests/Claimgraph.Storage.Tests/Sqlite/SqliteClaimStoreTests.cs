using Claimgraph.Extraction;
using Claimgraph.Storage.Sqlite;

namespace Claimgraph.Storage.Tests.Sqlite;

public sealed class SqliteClaimStoreTests
{
    private static readonly string Text =
        "Nordkorea hat Russland knapp 50 Haubitzen geliefert, berichtet die Financial Times. Die Koksan hat eine Reichweite von bis zu 60 Kilometern.";

    private static (SqliteClaimStore Store, Ingestor Ingestor) Fresh(string version = "v1")
    {
        var store = SqliteClaimStore.Open(Path.Combine(TestPaths.TempFolder(), "store.db"));
        return (store, new Ingestor(TestPaths.Extractor, store, version));
    }

    [Fact]
    public void The_same_text_twice_is_stored_once_with_both_places()
    {
        var (store, ingestor) = Fresh();
        using (store)
        {
            var first = ingestor.Ingest(new Document("a.txt", Text, Outlet: "x.de"));
            var second = ingestor.Ingest(new Document("b.txt", Text, Outlet: "y.de"));
            var again = ingestor.Ingest(new Document("b.txt", Text, Outlet: "y.de"));
            Assert.Equal(AddOutcome.Added, first.Outcome);
            Assert.True(first.Claims > 0);
            Assert.Equal(AddOutcome.Republished, second.Outcome);
            Assert.Equal(AddOutcome.AlreadyStored, again.Outcome);
            Assert.Equal((1, first.Claims, 2), (store.Summary().Documents, store.Summary().Claims, store.Summary().Appearances));
            Assert.Equal(["x.de", "y.de"], store.Appearances(ContentHash.Of(Text)).Select(a => a.Outlet));
            Assert.Empty(store.Check());
        }
    }

    [Fact]
    public void Claims_read_back_as_extracted()
    {
        var (store, ingestor) = Fresh();
        using (store)
        {
            var published = new DateTimeOffset(2024, 11, 17, 8, 39, 0, TimeSpan.FromHours(1));
            var document = new Document("a.txt", Text, published, "tagesschau.de");
            ingestor.Ingest(document);
            var expected = TestPaths.Extractor.Extract(document).Claims;
            var stored = store.Claims(ClaimQuery.All).ToList();
            Assert.Equal(expected.Count, stored.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i] with { Attribution = [] }, stored[i].Claim with { Attribution = [] });
                Assert.Equal(expected[i].Attribution, stored[i].Claim.Attribution);
            }

            Assert.Equal(published, stored[0].Document.Published);
            Assert.Equal("tagesschau.de", stored[0].Document.Outlet);
        }
    }

    [Fact]
    public void Search_finds_sentences_by_word_prefixes_with_their_claims()
    {
        var (store, ingestor) = Fresh();
        using (store)
        {
            ingestor.Ingest(new Document("a.txt", Text));
            var hit = Assert.Single(store.Search("Koksan Reichweite", 10));
            Assert.Contains("Reichweite", hit.Sentence, StringComparison.Ordinal);
            Assert.Contains(hit.Claims, c => c.Claim.Measure == "range");
            Assert.Empty(store.Search("Koksan Haubitzen", 10));
            Assert.Empty(store.Search("\"; DROP TABLE claims; --", 10));
        }
    }

    [Fact]
    public void Reextract_replaces_claims_of_an_older_extractor_and_keeps_notes()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "store.db");
        string hash;
        using (var store = SqliteClaimStore.Open(path))
        {
            new Ingestor(TestPaths.Extractor, store, "old").Ingest(new Document("a.txt", Text));
            hash = ContentHash.Of(Text);
            store.AddNote(hash, 0, 10, "checked against the FT article");
        }

        using (var store = SqliteClaimStore.Open(path))
        {
            var ingestor = new Ingestor(TestPaths.Extractor, store, "new");
            Assert.Equal(1, ingestor.Reextract());
            Assert.Equal(0, ingestor.Reextract());
            Assert.Equal("new", store.Claims(ClaimQuery.All).First().Document.ExtractorVersion);
            Assert.Equal("checked against the FT article", Assert.Single(store.Notes(hash)).Text);
            Assert.Empty(store.Check());
            Assert.Single(store.Search("Reichweite", 10));
        }
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_with_a_message()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "not-a-store.db");
        File.WriteAllText(path, "this is a text file, not SQLite, and long enough to have a header of sorts......");
        var e = Assert.Throws<ClaimStoreException>(() => SqliteClaimStore.Open(path));
        Assert.Contains("not-a-store.db", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_store_is_at_the_latest_schema_version()
    {
        var (store, _) = Fresh();
        using (store)
        {
            Assert.Equal(SqliteMigrations.Latest, store.Summary().SchemaVersion);
        }
    }
}
