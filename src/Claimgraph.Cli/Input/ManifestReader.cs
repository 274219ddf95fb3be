using System.Globalization;
using System.Text.Json;

namespace Claimgraph.Cli.Input;

/// <summary>
/// Reads a JSONL manifest: one object per line with "path" (relative to the manifest's folder) or
/// "text", and optionally "name", "url", "outlet", "published" (ISO 8601), "title", "language".
/// A bad line is reported with file and line number and skipped; the rest goes on. Blank lines and
/// lines starting with '#' are ignored.
/// </summary>
public sealed class ManifestReader
{
    public IEnumerable<(ManifestEntry? Entry, InputProblem? Problem)> Read(string manifest)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [(null, new InputProblem(manifest, e.Message))];
        }

        return ReadLines(manifest, lines);
    }

    private static IEnumerable<(ManifestEntry?, InputProblem?)> ReadLines(string manifest, IEnumerable<string> lines)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(manifest)) ?? ".";
        var number = 0;
        using var enumerator = lines.GetEnumerator();
        while (true)
        {
            string line;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                line = enumerator.Current;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                yield break;
            }

            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var (entry, problem) = Parse(manifest, folder, number, line);
            yield return (entry, problem is null ? null : new InputProblem($"{manifest}:{number}", problem));
        }
    }

    internal static (ManifestEntry? Entry, string? Problem) Parse(string manifest, string folder, int number, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return (null, $"not a JSON object: {e.Message}");
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }

            string? problem = null;
            string? Field(string name)
            {
                if (!json.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                if (value.ValueKind != JsonValueKind.String)
                {
                    problem ??= $"\"{name}\" must be a string or null";
                    return null;
                }

                return value.GetString();
            }

            var path = Field("path");
            var text = Field("text");
            var name = Field("name");
            var url = Field("url");
            var outlet = Field("outlet");
            var publishedText = Field("published");
            var title = Field("title");
            var language = Field("language");
            if (problem is not null)
            {
                return (null, problem);
            }

            if ((path is null) == (text is null))
            {
                return (null, "needs exactly one of \"path\" and \"text\"");
            }

            if (text is not null && text.Trim().Length == 0)
            {
                return (null, "\"text\" is empty");
            }

            DateTimeOffset? published = null;
            if (publishedText is not null)
            {
                if (!DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                {
                    return (null, $"\"published\": '{publishedText}' is not an ISO 8601 date");
                }

                published = date;
            }

            var fullPath = path is null ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, path));
            return (new ManifestEntry(manifest, number, fullPath, text, name, url, outlet, published, title, language), null);
        }
    }
}
