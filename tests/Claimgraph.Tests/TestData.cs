using System.Text.Json;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;

namespace Claimgraph.Tests;

/// <summary>Shared test fixtures: the German pack, the data folder, the repository and ../shared.</summary>
internal static class TestData
{
    private static readonly Lazy<LanguagePack> LazyGerman = new(() => LanguagePack.Load("de", EmbeddedLexiconSource.Instance));
    private static readonly Lazy<ClaimExtractor> LazyExtractor = new(() => new ClaimExtractor(German));

    public static LanguagePack German => LazyGerman.Value;

    public static ClaimExtractor Extractor => LazyExtractor.Value;

    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);

    public static string RepositoryRoot => Claimgraph.Testing.Repository.Root;

    /// <summary>../shared beside the repository (present on developer machines and in CI), or null.</summary>
    public static string? SharedRoot
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>Lines of a data file that are not blank and not '#' comments.</summary>
    public static IEnumerable<string> Lines(string file) =>
        File.ReadLines(DataPath(file)).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    /// <summary>JSON-lines data as xunit theory rows: (line, the parsed object).</summary>
    public static TheoryData<string> JsonCases(string file)
    {
        var data = new TheoryData<string>();
        foreach (var line in Lines(file))
        {
            data.Add(line);
        }

        return data;
    }

    /// <summary>A three-column tab-separated data file as xunit theory rows.</summary>
    public static TheoryData<string, string, string> TsvCases(string file)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in Lines(file))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    /// <summary>The claims of a one-sentence (or short) text.</summary>
    public static IReadOnlyList<Claim> ClaimsOf(string text, DateTimeOffset? published = null) =>
        Extractor.Extract(new Document("test.txt", text, published)).Claims;
}
