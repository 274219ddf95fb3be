using Claimgraph.Consolidation;
using Claimgraph.Storage;

namespace Claimgraph.Cli.Store;

/// <summary>Reads the claims a query asks about from a store and consolidates them.</summary>
public static class ConsolidationQuery
{
    public static CorpusConsolidation? Run(string storePath, ClaimQuery query, string language, IReadOnlyList<string> lexicons, TextWriter error)
    {
        var consolidator = StoreSession.Consolidator(language, lexicons, error);
        if (consolidator is null)
        {
            return null;
        }

        using var store = StoreSession.OpenExisting(storePath, error);
        if (store is null)
        {
            return null;
        }

        return consolidator.Consolidate(store.Claims(query).Select(c => c.ToRecord()).ToList());
    }
}
