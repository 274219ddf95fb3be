using System.Reflection;

namespace Claimgraph.Lexicon;

/// <summary>The language data compiled into the engine (src/Claimgraph/Resources/&lt;lang&gt;/).</summary>
public sealed class EmbeddedLexiconSource : ILexiconSource
{
    private const string Prefix = "Claimgraph.Resources.";

    public static EmbeddedLexiconSource Instance { get; } = new();

    public IEnumerable<LexiconFile> FilesFor(string language)
    {
        var folder = Prefix + language + "/";
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return new LexiconFile(name[folder.Length..], reader.ReadToEnd(), "embedded:" + language + "/" + name[folder.Length..]);
        }
    }

    private static Assembly Assembly => typeof(EmbeddedLexiconSource).Assembly;
}
