using System.CommandLine;
using System.Text.Json;
using Claimgraph.Cli.Output;
using Claimgraph.Formats.Html;
using Claimgraph.Formats.Input;
using Claimgraph.Formats.Web;

namespace Claimgraph.Cli.Commands;

/// <summary>
/// `claimgraph article PAGE.html`: the article of a saved web page (metadata, then body) for a
/// person. `--format benchmark DIR`: every *.html and *.html.gz in DIR as
/// {"ID": {"articleBody": "..."}}, the prediction format of the article-extraction benchmark.
/// </summary>
public sealed class ArticleCommand(TextWriter output, TextWriter error)
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Web pages (.html, .html.gz), folders of them, or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text (for people), json (one object per page) or benchmark ({\"ID\": {\"articleBody\": ...}})", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "benchmark");
        var command = new Command("article", "Read the article of web pages: metadata and body text") { paths, format };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(format) ?? "text"));
        return command;
    }

    public int Run(IReadOnlyList<string> paths, string format)
    {
        var extractor = new HtmlArticleExtractor();
        using var fetcher = new PageFetcher(new FetchOptions());
        var pages = 0;
        var problems = 0;
        using var json = format is "benchmark" or "json" ? new Utf8JsonWriter(new TextWriterStream(output), new JsonWriterOptions { Indented = format == "benchmark", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) : null;
        if (format == "benchmark")
        {
            json!.WriteStartObject();
        }

        foreach (var file in PageFiles(paths))
        {
            var isUrl = file.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || file.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            if (!isUrl && !File.Exists(file))
            {
                problems++;
                error.WriteLine($"claimgraph: {file}: no such file or directory (skipped)");
                continue;
            }

            HtmlArticle article;
            try
            {
                if (isUrl)
                {
                    var page = fetcher.Fetch(file);
                    if (page.Problem is not null)
                    {
                        problems++;
                        error.WriteLine($"claimgraph: {file}: {page.Problem} (skipped)");
                        continue;
                    }

                    article = extractor.Extract(HtmlDecoder.Decode(InputResource.FromBytes(file, file, page.Body).ReadAllBytes(HtmlFormat.MaxBytes), HtmlDecoder.CharsetOfContentType(page.ContentType)));
                }
                else
                {
                    article = extractor.Extract(HtmlDecoder.Decode(CompressedFile.ReadAllBytes(file)));
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                problems++;
                error.WriteLine($"claimgraph: {file}: {e.Message} (skipped)");
                continue;
            }

            pages++;
            switch (format)
            {
                case "benchmark":
                    json!.WriteStartObject(PageId(file));
                    json.WriteString("articleBody", article.Body);
                    json.WriteEndObject();
                    break;
                case "json":
                    WriteJson(json!, file, article);
                    json!.Flush();
                    json.Reset();
                    output.WriteLine();
                    break;
                default:
                    WriteText(file, article);
                    break;
            }
        }

        if (format == "benchmark")
        {
            json!.WriteEndObject();
            json.Flush();
            output.WriteLine();
        }

        if (pages == 0)
        {
            error.WriteLine(problems == 0 ? "claimgraph: no web pages found" : "claimgraph: nothing could be read");
            return 1;
        }

        return 0;
    }

    /// <summary>The page ID of the benchmark: the file name without .html/.htm and .gz.</summary>
    public static string PageId(string file)
    {
        var name = Path.GetFileName(file);
        foreach (var suffix in new[] { ".gz", ".html", ".htm" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
            }
        }

        return name;
    }

    private static IEnumerable<string> PageFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private void WriteText(string file, HtmlArticle article)
    {
        var m = article.Metadata;
        output.WriteLine($"# {m.Title ?? Path.GetFileName(file)}");
        void Line(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                output.WriteLine($"{label,-10}{value}");
            }
        }

        Line("file", file);
        Line("author", m.Author);
        Line("published", m.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Line("outlet", m.Outlet);
        Line("url", m.CanonicalUrl);
        Line("language", m.Language);
        output.WriteLine();
        foreach (var block in article.Blocks)
        {
            output.WriteLine(block.Kind switch
            {
                ArticleBlockKind.Caption => $"[caption] {block.Text}",
                ArticleBlockKind.Heading => $"## {block.Text}",
                ArticleBlockKind.ListItem => $"- {block.Text}",
                ArticleBlockKind.Quote => $"> {block.Text}",
                _ => block.Text,
            });
            output.WriteLine();
        }
    }

    private static void WriteJson(Utf8JsonWriter json, string file, HtmlArticle article)
    {
        var m = article.Metadata;
        json.WriteStartObject();
        json.WriteString("file", file);
        json.WriteString("title", m.Title);
        json.WriteString("author", m.Author);
        json.WriteString("published", m.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("outlet", m.Outlet);
        json.WriteString("url", m.CanonicalUrl);
        json.WriteString("language", m.Language);
        json.WriteString("body", article.Body);
        json.WriteStartArray("captions");
        foreach (var caption in article.Captions)
        {
            json.WriteStringValue(caption);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
