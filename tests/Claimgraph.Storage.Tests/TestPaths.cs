using Claimgraph.Consolidation;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;

namespace Claimgraph.Storage.Tests;

/// <summary>The repository, ../shared (when present), temporary folders, the shared German pack and origin normaliser.</summary>
internal static class TestPaths
{
    private static readonly Lazy<LanguagePack> LazyGerman = new(() => LanguagePack.Load("de", EmbeddedLexiconSource.Instance));
    private static readonly Lazy<OriginNormalizer> LazyOrigins = new(() => new OriginNormalizer(German, OriginLexicon.Load("de", EmbeddedLexiconSource.Instance)));

    public static LanguagePack German => LazyGerman.Value;

    public static OriginNormalizer Origins => LazyOrigins.Value;

    public static ClaimExtractor Extractor { get; } = new(LanguagePack.Load("de", EmbeddedLexiconSource.Instance));

    public static string RepositoryRoot => Claimgraph.Testing.Repository.Root;

    public static string Samples => Path.Combine(RepositoryRoot, "samples", "de");

    /// <summary>../shared/seeds beside the repository, or null (the seed assertions are then skipped).</summary>
    public static string? Seeds
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));
            return File.Exists(Path.Combine(path, "manifest.jsonl")) ? path : null;
        }
    }

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
