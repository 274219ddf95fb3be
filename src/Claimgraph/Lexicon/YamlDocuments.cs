using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Claimgraph.Lexicon;

/// <summary>
/// Reads the YAML files of a language pack. Files of the same name from several sources (the
/// engine's own, then a user's) are merged before they are typed: maps merge key by key, lists
/// are concatenated, and a scalar from a later file replaces the earlier one. So a user's
/// measures.yaml only needs the entries it adds.
/// </summary>
internal static class YamlDocuments
{
    private static readonly IDeserializer Untyped = new DeserializerBuilder().Build();

    private static readonly IDeserializer Typed = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder().Build();

    public static T Read<T>(IReadOnlyList<LexiconFile> files)
        where T : new()
    {
        if (files.Count == 0)
        {
            return new T();
        }

        var origin = files.Count == 1 ? files[0].Origin : string.Join(" + ", files.Select(f => f.Origin));
        return Deserialize<T>(MergedText(files), origin);
    }

    /// <summary>The files merged into one YAML text, for readers that parse YAML themselves.</summary>
    public static string MergedText(IReadOnlyList<LexiconFile> files)
    {
        if (files.Count == 1)
        {
            return files[0].Content;
        }

        object? merged = null;
        foreach (var file in files)
        {
            merged = Merge(merged, Parse(file));
        }

        return merged is null ? "" : Writer.Serialize(merged);
    }

    private static object? Parse(LexiconFile file)
    {
        try
        {
            return Untyped.Deserialize<object?>(file.Content);
        }
        catch (YamlException e)
        {
            throw new LexiconException($"{file.Origin}: line {e.Start.Line}: {e.Message}", e);
        }
    }

    private static T Deserialize<T>(string yaml, string origin)
        where T : new()
    {
        try
        {
            return Typed.Deserialize<T?>(yaml) ?? new T();
        }
        catch (YamlException e)
        {
            var detail = e.InnerException?.Message ?? e.Message;
            throw new LexiconException($"{origin}: line {e.Start.Line}: {detail}", e);
        }
    }

    private static object? Merge(object? first, object? second)
    {
        switch (first, second)
        {
            case (Dictionary<object, object?> a, Dictionary<object, object?> b):
                var result = new Dictionary<object, object?>(a);
                foreach (var (key, value) in b)
                {
                    result[key] = result.TryGetValue(key, out var existing) ? Merge(existing, value) : value;
                }

                return result;
            case (List<object?> a, List<object?> b):
                return a.Concat(b).ToList();
            case (_, null):
                return first;
            default:
                return second;
        }
    }
}
