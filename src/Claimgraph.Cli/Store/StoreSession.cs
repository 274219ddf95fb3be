using Claimgraph.Extraction;
using Claimgraph.Consolidation;
using Claimgraph.Cli.Input;
using Claimgraph.Lexicon;
using Claimgraph.Storage;
using Claimgraph.Storage.Sqlite;

namespace Claimgraph.Cli.Store;

/// <summary>Opens a store and the language data for a command; reports failures as one line on standard error.</summary>
public static class StoreSession
{
    public static IClaimStore? Open(string path, TextWriter error)
    {
        try
        {
            return SqliteClaimStore.Open(path);
        }
        catch (ClaimStoreException e)
        {
            error.WriteLine($"claimgraph: {e.Message}");
            return null;
        }
    }

    /// <summary>Opens an existing store only (queries must not create an empty one by mistake).</summary>
    public static IClaimStore? OpenExisting(string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"claimgraph: {path}: no such store (run `claimgraph ingest` first, or pass --store)");
            return null;
        }

        return Open(path, error);
    }

    public static ILexiconSource[] Sources(IReadOnlyList<string> lexicons) =>
        [EmbeddedLexiconSource.Instance, .. lexicons.Select(l => new DirectoryLexiconSource(l))];

    public static Consolidator? Consolidator(string language, IReadOnlyList<string> lexicons, TextWriter error)
    {
        try
        {
            return new Consolidator(OriginNormalizer.Load(language, Sources(lexicons)));
        }
        catch (LexiconException e)
        {
            error.WriteLine($"claimgraph: {e.Message}");
            return null;
        }
    }

    /// <summary>The extractor for a language with extra lexicon folders, and the version its output will carry; null (and a message) when the language data is bad.</summary>
    public static (ClaimExtractor Extractor, string Version)? Extractor(string language, IReadOnlyList<string> lexicons, TextWriter error)
    {
        try
        {
            var sources = Sources(lexicons);
            return (new ClaimExtractor(LanguagePack.Load(language, sources)), ExtractorVersion.Of(language, sources));
        }
        catch (LexiconException e)
        {
            error.WriteLine($"claimgraph: {e.Message}");
            return null;
        }
    }
}
