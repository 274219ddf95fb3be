using Claimgraph.Lexicon;

namespace Claimgraph.Consolidation;

/// <summary>
/// The words the origin normaliser needs (origins.yaml of a language, merged over all lexicon
/// sources like every other data file): words to drop, inflection endings, equivalent names.
/// </summary>
public sealed class OriginLexicon
{
    private OriginLexicon(OriginLexiconData data)
    {
        DropWords = data.DropWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Endings = data.Endings.Select(e => e.ToLowerInvariant()).Distinct().OrderByDescending(e => e.Length).ToArray();
        MinStem = Math.Max(1, data.MinStem);
        Same = data.Same.ToDictionary(p => p.Key.Trim().ToLowerInvariant(), p => p.Value.Trim(), StringComparer.Ordinal);
    }

    public IReadOnlySet<string> DropWords { get; }

    /// <summary>Inflection endings, longest first.</summary>
    public IReadOnlyList<string> Endings { get; }

    public int MinStem { get; }

    /// <summary>Lower-cased name → canonical name of the same origin.</summary>
    public IReadOnlyDictionary<string, string> Same { get; }

    public static OriginLexicon Load(string language, params ILexiconSource[] sources)
    {
        var files = sources.SelectMany(s => s.FilesFor(language)).Where(f => f.Name == "origins.yaml").ToList();
        return new OriginLexicon(YamlDocuments.Read<OriginLexiconData>(files));
    }
}
