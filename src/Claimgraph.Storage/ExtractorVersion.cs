using System.Security.Cryptography;
using System.Text;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;

namespace Claimgraph.Storage;

/// <summary>
/// Names the extractor that made a document's claims: the engine build (its module id, which a
/// deterministic build changes exactly when the code changes) and the language data it loaded.
/// A store re-extracts documents whose version differs (`claimgraph reextract`).
/// </summary>
public static class ExtractorVersion
{
    public static string Of(string language, IEnumerable<ILexiconSource> sources)
    {
        var engine = typeof(ClaimExtractor).Assembly;
        var text = new StringBuilder();
        text.Append(engine.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        foreach (var file in sources.SelectMany(s => s.FilesFor(language)).OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Origin, StringComparer.Ordinal))
        {
            text.Append(file.Name).Append('\n').Append(file.Content).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return $"{engine.GetName().Version}+{hash[..12]}";
    }
}
