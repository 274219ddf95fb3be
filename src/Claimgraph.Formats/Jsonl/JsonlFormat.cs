using System.Text;
using Claimgraph.Extraction;
using Claimgraph.Formats.Html;
using Claimgraph.Formats.Input;

namespace Claimgraph.Formats.Jsonl;

/// <summary>
/// JSONL dumps and manifests (.jsonl, .ndjson, or content whose first line is a JSON object with
/// "text", "html" or "path"): one document per line (<see cref="JsonlLine"/>). A "text" line is a
/// document as it stands, an "html" line the article of the page, a "path" line the file it names
/// (read by <see cref="DocumentReader"/> in whatever format it is, the line's metadata winning).
/// A line that cannot be read is reported with its number and the rest is read; blank lines and
/// lines starting with '#' are skipped. Read as a stream, one line at a time.
/// </summary>
public sealed class JsonlFormat(HtmlArticleExtractor? extractor = null) : IDocumentFormat
{
    private static readonly string[] Fields = ["\"text\"", "\"html\"", "\"path\""];
    private readonly HtmlArticleExtractor _extractor = extractor ?? new HtmlArticleExtractor();

    public string Name => "jsonl";

    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"];

    public bool ListsOtherInputs => true;

    /// <summary>
    /// The first line is a JSON object naming "text", "html" or "path" (whatever the file is called:
    /// a gold file or other JSON lines in a folder are no documents); a .jsonl whose first line is
    /// longer than the sample is taken on its name.
    /// </summary>
    public bool Recognizes(InputSample sample)
    {
        var start = sample.Start;
        if (!start.StartsWith('{'))
        {
            return false;
        }

        var end = start.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? sample.NameEndsWith(".jsonl", ".ndjson") : Fields.Any(f => start.AsSpan(0, end).Contains(f, StringComparison.Ordinal));
    }

    public IEnumerable<InputItem> Read(InputResource resource)
    {
        var folder = File.Exists(resource.Source) ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(resource.Source))! : Directory.GetCurrentDirectory();
        using var stream = resource.Open();
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var number = 0;
        while (true)
        {
            string? line;
            string? failure = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                line = null;
                failure = e.Message;
            }

            if (failure is not null)
            {
                yield return new ProblemItem(resource.Source, $"line {number + 1}", $"{failure}; the rest of the file cannot be read");
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var location = $"line {number}";
            var entry = JsonlLine.Parse(line, folder, out var problem);
            if (entry is null)
            {
                yield return new ProblemItem(resource.Source, location, problem!);
                continue;
            }

            if (entry.Path is not null)
            {
                yield return new ListedInputItem(resource.Source, location, entry.Path, entry.Metadata);
                continue;
            }

            var name = entry.Metadata.Name ?? entry.Metadata.Url ?? entry.Metadata.Title ?? $"{resource.Name}:{number}";
            if (entry.Html is not null)
            {
                var page = HtmlFormat.ToDocument(resource.Source, name, entry.Html, entry.Metadata.Url, _extractor, "jsonl+html");
                yield return page switch
                {
                    DocumentItem document => document with { Document = entry.Metadata.Override(document.Document with { Name = name }), Given = entry.Metadata },
                    ProblemItem pageProblem => pageProblem with { Location = location },
                    _ => page,
                };
                continue;
            }

            yield return new DocumentItem(resource.Source, entry.Metadata.Override(new Document(name, entry.Text!)), Name) { Given = entry.Metadata };
        }
    }
}
