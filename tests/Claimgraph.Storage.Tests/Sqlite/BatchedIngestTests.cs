using Claimgraph.Extraction;
using Claimgraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Tests.Sqlite;

/// <summary>
/// Documents are written in batches: a batch not written when the process dies is stored by the
/// next run (and nothing twice), a document that fails to write costs only itself, two stores on
/// one file find each other's texts, and a copy of a text still in the queue is not stored again.
/// </summary>
public sealed class BatchedIngestTests
{
    private static readonly TimeSpan Never = TimeSpan.FromHours(1);

    [Fact]
    public void A_batch_not_yet_written_when_the_process_dies_is_stored_by_the_next_run_and_nothing_twice()
    {
        var documents = Articles(10);
        var path = Path.Combine(TestPaths.TempFolder(), "store.db");
        using (var store = SqliteClaimStore.Open(path))
        {
            var ingestor = new Ingestor(TestPaths.Extractor, store, "v1") { BatchSize = 4, BatchDelay = Never };
            var written = new List<IngestOutcome>();
            foreach (var document in documents)
            {
                ingestor.Add(document, null, null, written.Add);
            }

            Assert.Equal(8, written.Count);
            Assert.All(written, o => Assert.Equal(AddOutcome.Added, o.Outcome));
            Assert.Equal(2, ingestor.Pending);
            using var other = SqliteClaimStore.Open(path);
            Assert.Equal(8, other.Summary().Documents);

            // The process dies here: the last two documents are never written.
        }

        using (var store = SqliteClaimStore.Open(path))
        {
            Assert.Empty(store.Check());
            Assert.Equal(8, store.Summary().Documents);
            var ingestor = new Ingestor(TestPaths.Extractor, store, "v1") { BatchSize = 4, BatchDelay = Never };
            var outcomes = new List<AddOutcome>();
            foreach (var document in documents)
            {
                ingestor.Add(document, null, null, o => outcomes.Add(o.Outcome));
            }

            ingestor.Flush();
            Assert.Equal([.. Enumerable.Repeat(AddOutcome.AlreadyStored, 8), AddOutcome.Added, AddOutcome.Added], outcomes);
            Assert.Equal(0, ingestor.Pending);
            Assert.Empty(store.Check());
            Assert.Equal((10L, 10L), (store.Summary().Documents, store.Summary().Appearances));
        }
    }

    [Fact]
    public void A_document_that_fails_to_write_is_reported_and_the_others_of_its_batch_are_stored()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "store.db");
        using var store = SqliteClaimStore.Open(path);
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var trigger = connection.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.name = 'refused.txt' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;";
            trigger.ExecuteNonQuery();
        }

        var articles = Articles(3);
        var documents = new[] { articles[0], articles[1] with { Name = "refused.txt" }, articles[2] };
        var ingestor = new Ingestor(TestPaths.Extractor, store, "v1") { BatchSize = 10, BatchDelay = Never };
        var outcomes = new List<IngestOutcome>();
        foreach (var document in documents)
        {
            ingestor.Add(document, null, null, outcomes.Add);
        }

        Assert.Empty(outcomes);
        ingestor.Flush();

        Assert.Equal([AddOutcome.Added, AddOutcome.Failed, AddOutcome.Added], outcomes.Select(o => o.Outcome));
        Assert.Contains("refused by the test", outcomes[1].Problem, StringComparison.Ordinal);
        Assert.Contains(path, outcomes[1].Problem, StringComparison.Ordinal);
        Assert.Empty(store.Check());
        Assert.Equal(2, store.Summary().Documents);
        Assert.Equal(outcomes[0].Claims + outcomes[2].Claims, store.Summary().Claims);
        Assert.False(store.Contains(ContentHash.Of(documents[1].Text)));
    }

    [Fact]
    public void Two_stores_ingesting_into_one_file_store_each_text_once_and_find_each_others_near_copies()
    {
        var articles = Articles(12);
        var shared = articles[..6];
        var path = Path.Combine(TestPaths.TempFolder(), "store.db");
        using var storeA = SqliteClaimStore.Open(path);
        using var storeB = SqliteClaimStore.Open(path);
        var a = new Ingestor(TestPaths.Extractor, storeA, "v1") { BatchSize = 3, BatchDelay = Never };
        var b = new Ingestor(TestPaths.Extractor, storeB, "v1") { BatchSize = 3, BatchDelay = Never };
        var forA = shared.Concat(articles[6..9]).Append(new Document("original.html", NearCopies.Original)).ToList();
        var forB = articles[9..].Concat(shared.Reverse()).Append(new Document("syndicated.html", NearCopies.Syndicated)).ToList();
        var outcomes = new List<AddOutcome>();
        for (var i = 0; i < Math.Max(forA.Count, forB.Count); i++)
        {
            if (i < forA.Count)
            {
                a.Add(forA[i] with { Outlet = "a.example" }, null, null, o => outcomes.Add(o.Outcome));
            }

            if (i < forB.Count)
            {
                b.Add(forB[i] with { Outlet = "b.example" }, null, null, o => outcomes.Add(o.Outcome));
            }
        }

        a.Flush();
        b.Flush();

        Assert.Equal(forA.Count + forB.Count, outcomes.Count);
        Assert.Equal(13, outcomes.Count(o => o == AddOutcome.Added));
        Assert.Equal(6, outcomes.Count(o => o == AddOutcome.Republished));
        Assert.Equal(1, outcomes.Count(o => o == AddOutcome.NearDuplicate));
        Assert.Empty(storeA.Check());
        Assert.Equal((13L, 20L), (storeA.Summary().Documents, storeA.Summary().Appearances));
        Assert.All(shared, d => Assert.Equal(["a.example", "b.example"], storeB.Appearances(ContentHash.Of(d.Text)).Select(p => p.Outlet).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_near_copy_of_a_text_still_in_the_queue_is_recorded_as_its_appearance()
    {
        using var store = SqliteClaimStore.Open(Path.Combine(TestPaths.TempFolder(), "store.db"));
        var ingestor = new Ingestor(TestPaths.Extractor, store, "v1") { BatchSize = 10, BatchDelay = Never };
        var outcomes = new List<IngestOutcome>();
        ingestor.Add(new Document("a.html", NearCopies.Original, Outlet: "a.example"), null, null, outcomes.Add);
        ingestor.Add(new Document("b.html", NearCopies.Syndicated, Outlet: "b.example"), null, null, outcomes.Add);
        ingestor.Flush();

        Assert.Equal([AddOutcome.Added, AddOutcome.NearDuplicate], outcomes.Select(o => o.Outcome));
        Assert.Equal((1L, 2L), (store.Summary().Documents, store.Summary().Appearances));
        Assert.Equal(outcomes[0].Claims, store.Summary().Claims);
    }

    /// <summary>The first <paramref name="count"/> German samples (distinct articles, none a near copy of another).</summary>
    private static Document[] Articles(int count) =>
        [.. Directory.GetFiles(TestPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Take(count).Select(f => new Document(Path.GetFileName(f), File.ReadAllText(f)))];
}
