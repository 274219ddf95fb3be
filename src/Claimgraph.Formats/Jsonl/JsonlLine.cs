using System.Globalization;
using System.Text.Json;

namespace Claimgraph.Formats.Jsonl;

/// <summary>
/// One line of a JSONL input (the `--manifest` format): exactly one of "text", "html" or "path"
/// (a file relative to the JSONL file's folder, or a URL), and optionally "name", "url", "outlet", "published"
/// (ISO 8601), "title", "language", "author".
/// </summary>
public sealed record JsonlLine(string? Text, string? Html, string? Path, Input.DocumentMetadata Metadata)
{
    /// <summary>The line's entry, or null and why the line cannot be read.</summary>
    public static JsonlLine? Parse(string line, string folder, out string? problem)
    {
        problem = null;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            problem = $"not a JSON object: {e.Message}";
            return null;
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return null;
            }

            string? fieldProblem = null;
            string? Field(string name)
            {
                if (!json.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                if (value.ValueKind != JsonValueKind.String)
                {
                    fieldProblem ??= $"\"{name}\" must be a string or null";
                    return null;
                }

                return value.GetString();
            }

            var path = Field("path");
            var text = Field("text");
            var html = Field("html");
            var metadata = new Input.DocumentMetadata(Field("name"), Field("url"), Field("outlet"), null, Field("title"), Field("language"), Field("author"));
            var publishedText = Field("published");
            if (fieldProblem is not null)
            {
                problem = fieldProblem;
                return null;
            }

            if ((path is null ? 0 : 1) + (text is null ? 0 : 1) + (html is null ? 0 : 1) != 1)
            {
                problem = "needs exactly one of \"text\", \"html\" and \"path\"";
                return null;
            }

            if ((text ?? html) is { } content && content.Trim().Length == 0)
            {
                problem = text is null ? "\"html\" is empty" : "\"text\" is empty";
                return null;
            }

            if (publishedText is not null)
            {
                if (!DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                {
                    problem = $"\"published\": '{publishedText}' is not an ISO 8601 date";
                    return null;
                }

                metadata = metadata with { Published = date };
            }

            var fullPath = path is null || IsUrl(path) ? path : System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, path));
            return new JsonlLine(text, html, fullPath, metadata);
        }
    }

    private static bool IsUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
