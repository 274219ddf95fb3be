using System.Text.Json;
using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

/// <summary>Access to the files under Data/ and to the German rules embedded in the engine.</summary>
internal static class TextCases
{
    private static readonly Lazy<SentenceRules> German = new(LoadGermanRules);

    public static SentenceRules GermanRules => German.Value;

    public static string PathOf(string name) => Tests.TestData.DataPath(name);

    /// <summary>The objects of a JSON Lines file, keyed by their "id".</summary>
    public static IReadOnlyDictionary<string, JsonElement> ReadCases(string name)
    {
        var cases = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(PathOf(name)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var element = JsonDocument.Parse(line).RootElement.Clone();
            var id = element.GetProperty("id").GetString()!;
            if (!cases.TryAdd(id, element))
            {
                throw new InvalidDataException($"{name}: duplicate id '{id}'");
            }
        }

        return cases;
    }

    public static TheoryData<string> Ids(string name)
    {
        var data = new TheoryData<string>();
        foreach (var id in ReadCases(name).Keys)
        {
            data.Add(id);
        }

        return data;
    }

    public static string ReadResource(string suffix)
    {
        var assembly = typeof(SentenceRules).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        if (names.Count != 1)
        {
            throw new InvalidOperationException(
                $"Expected one resource ending in '{suffix}', found: {string.Join(", ", assembly.GetManifestResourceNames())}");
        }

        using var stream = assembly.GetManifestResourceStream(names[0])!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Month names have one source, the German dates.yaml: the pack builds the rules.
    private static SentenceRules LoadGermanRules() => TestData.German.Sentences;
}
