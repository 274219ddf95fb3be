using Claimgraph.Lexicon;

namespace Claimgraph.Cli.Input;

/// <summary>
/// A user's language data: a folder with one subfolder per language (de/measures.yaml, …) or the
/// files of one language directly. Its files add to the engine's own; no recompiling needed.
/// </summary>
public sealed class DirectoryLexiconSource(string folder) : ILexiconSource
{
    public IEnumerable<LexiconFile> FilesFor(string language)
    {
        var perLanguage = Path.Combine(folder, language);
        var root = Directory.Exists(perLanguage) ? perLanguage : folder;
        if (!Directory.Exists(root))
        {
            throw new LexiconException($"{folder}: lexicon folder not found");
        }

        foreach (var file in Directory.EnumerateFiles(root).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return new LexiconFile(Path.GetFileName(file), File.ReadAllText(file), file);
        }
    }
}
