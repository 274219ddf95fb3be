using Claimgraph.Cli.Commands;
using Claimgraph.Consolidation;
using Claimgraph.Storage.Sqlite;

namespace Claimgraph.Storage.Tests.Corpus;

/// <summary>Ingests a corpus with `claimgraph ingest` (in process) into a fresh store and consolidates what the store returns.</summary>
internal static class StoreFixture
{
    public static (CorpusConsolidation Corpus, string Store, string Output) Ingest(IReadOnlyList<string> paths, IReadOnlyList<string> manifests)
    {
        var store = Path.Combine(TestPaths.TempFolder(), "claimgraph.db");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = new IngestCommand(output, error, TextReader.Null).Run(new IngestSettings(paths, manifests, store, null, null, null, null, "de", [], false));
        Assert.True(code == 0, $"ingest failed ({code}): {error}");
        using var opened = SqliteClaimStore.Open(store);
        var corpus = new Consolidator(TestPaths.Origins).Consolidate(opened.Claims(ClaimQuery.All).Select(c => c.ToRecord()).ToList());
        return (corpus, store, output.ToString());
    }
}
