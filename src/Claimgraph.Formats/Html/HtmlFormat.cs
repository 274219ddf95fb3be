using Claimgraph.Extraction;
using Claimgraph.Formats.Input;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Web pages (.html, .htm, .html.gz, or any input that starts like HTML): the article of the page
/// becomes a document with its title, publication date, outlet, canonical URL and language.
/// </summary>
public sealed class HtmlFormat(HtmlArticleExtractor? extractor = null) : IDocumentFormat
{
    public const long MaxBytes = 64L * 1024 * 1024;
    private static readonly string[] HtmlStarts = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--", "<div", "<article", "<p>", "<p "];

    private readonly HtmlArticleExtractor _extractor = extractor ?? new HtmlArticleExtractor();

    public string Name => "html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".html.gz", ".htm.gz", ".xhtml"];

    public bool Recognizes(InputSample sample)
    {
        if (sample.ContentType is { } type && (type.Contains("text/html", StringComparison.OrdinalIgnoreCase) || type.Contains("xhtml", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var start = sample.Start;
        if (start.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return start.Contains("<html", StringComparison.Ordinal);
        }

        return LooksLikeHtml(start) || (sample.NameEndsWith(".html", ".htm", ".xhtml") && start.StartsWith('<'));
    }

    public static bool LooksLikeHtml(string start)
    {
        start = start.TrimStart().ToLowerInvariant();
        return HtmlStarts.Any(s => start.StartsWith(s, StringComparison.Ordinal)) && (start.Contains("<html", StringComparison.Ordinal) || start.Contains("<body", StringComparison.Ordinal) || start.Contains("<p", StringComparison.Ordinal) || start.Contains("<div", StringComparison.Ordinal) || start.Contains("<head", StringComparison.Ordinal) || start.StartsWith("<!doctype html", StringComparison.Ordinal));
    }

    public IEnumerable<InputItem> Read(InputResource resource)
    {
        if (!resource.TryReadAllBytes(MaxBytes, out var bytes, out var unreadable))
        {
            return [unreadable!];
        }

        var html = HtmlDecoder.Decode(bytes, HtmlDecoder.CharsetOfContentType(resource.ContentType));
        var item = ToDocument(resource.Source, resource.Name, html, resource.Url, _extractor, Name);
        return [item];
    }

    /// <summary>A page's article as a document (title line, blank line, body), or a problem when the page has no article text.</summary>
    public static InputItem ToDocument(string source, string name, string html, string? url, HtmlArticleExtractor extractor, string format, DateTimeOffset? fallbackDate = null)
    {
        var article = extractor.Extract(html);
        var body = article.Body;
        if (body.Length == 0)
        {
            return new ProblemItem(source, url is null || url == source ? null : url, "no article text found in the page");
        }

        var m = article.Metadata;
        var text = m.Title is null ? body : m.Title + "\n\n" + body;
        var address = AbsoluteUrl(m.CanonicalUrl, url) ?? url;
        var document = new Document(name, text, m.Published ?? fallbackDate, m.Outlet, m.Title, address, m.Language);
        return new DocumentItem(source, document, format) { Author = m.Author };
    }

    private static string? AbsoluteUrl(string? canonical, string? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(canonical))
        {
            return null;
        }

        if (Uri.TryCreate(canonical, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.ToString();
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, canonical, out var resolved) ? resolved.ToString() : null;
    }
}
