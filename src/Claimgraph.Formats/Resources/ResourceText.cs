using System.Reflection;

namespace Claimgraph.Formats.Resources;

/// <summary>Reads the data files embedded in this assembly (Resources/**/*.txt).</summary>
internal static class ResourceText
{
    public static string Read(string relativePath)
    {
        var wanted = "Claimgraph.Formats.Resources." + relativePath.Replace('\\', '/');
        var assembly = typeof(ResourceText).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/') == wanted);
        using var stream = (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException($"embedded resource {relativePath} not found");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The files embedded under a folder (e.g. "language"), as paths relative to Resources ("language/de.txt").</summary>
    public static IReadOnlyList<string> List(string folder)
    {
        var prefix = "Claimgraph.Formats.Resources." + folder.TrimEnd('/') + "/";
        return [.. typeof(ResourceText).Assembly.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n["Claimgraph.Formats.Resources.".Length..])
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Sections of a data file: "[name]" lines start a section; blank lines and "#" comments are skipped.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Sections(string relativePath)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = new List<string>();
        sections[""] = current;
        foreach (var raw in Read(relativePath).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                var key = line[1..^1];
                if (!sections.TryGetValue(key, out current!))
                {
                    current = [];
                    sections[key] = current;
                }

                continue;
            }

            current.Add(line);
        }

        return sections.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }
}
