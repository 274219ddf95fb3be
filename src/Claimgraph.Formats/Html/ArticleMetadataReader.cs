using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Reads an article's metadata from a parsed page. Precedence per field: JSON-LD (NewsArticle and
/// kin), then OpenGraph/article meta, then other meta tags and the DOM (&lt;time&gt;, &lt;h1&gt;, &lt;title&gt;).
/// </summary>
public static class ArticleMetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "article:published", "datepublished", "datecreated", "pdate", "date", "pubdate", "publish-date", "publish_date",
        "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
        "article.published", "published_time", "citation_publication_date", "og:published_time", "date.available", "last-modified",
    ];

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 128 };

    public static ArticleMetadata Read(IDocument document)
    {
        var meta = MetaTags(document);
        var ld = JsonLdArticle.Find(document);

        var title = ld?.Headline ?? Get(meta, "og:title", "twitter:title", "title", "dc.title") ?? FirstHeading(document) ?? TitleElement(document);
        var author = ld?.Author ?? Get(meta, "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author");
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            author = null;
        }

        var published = ParseDate(ld?.Published) ?? DateMetaNames.Select(n => ParseDate(Get(meta, n))).FirstOrDefault(d => d is not null) ?? TimeElement(document);
        var outlet = ld?.Publisher ?? Get(meta, "og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site");
        if (outlet is not null && outlet.StartsWith('@'))
        {
            outlet = outlet[1..];
        }

        var canonical = new[] { document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Trim(), Get(meta, "og:url"), ld?.Url }
            .Where(u => !string.IsNullOrEmpty(u))
            .OrderBy(u => u!.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .FirstOrDefault();
        var language = LanguageOf(document.DocumentElement.GetAttribute("lang")) ?? LanguageOf(ld?.Language) ?? LanguageOf(Get(meta, "og:locale", "language", "content-language", "dc.language"));
        var description = Get(meta, "description", "og:description", "twitter:description") ?? ld?.Description;
        return new ArticleMetadata(Clean(title), Clean(author), published, Clean(outlet), canonical, language, Clean(description), ld?.Body);
    }

    public static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return date;
        }

        // "20191115T140000Z", "2019-11-15 14:00:00 +0100" and similar near-ISO forms
        string[] formats = ["yyyyMMdd'T'HHmmss'Z'", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss zz", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz"];
        var compact = text.Replace("GMT", "+00:00", StringComparison.Ordinal).Replace("UTC", "+00:00", StringComparison.Ordinal);
        return DateTimeOffset.TryParseExact(compact, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date) ? date : null;
    }

    internal static string? LanguageOf(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var code = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.GetElementsByTagName("meta"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                foreach (var key in (element.GetAttribute(attribute) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    meta.TryAdd(key, content.Trim());
                }
            }
        }

        return meta;
    }

    private static string? Get(Dictionary<string, string> meta, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? FirstHeading(IDocument document)
    {
        var h1 = document.QuerySelectorAll("h1").Select(h => TextMeasure.InnerText(h)).FirstOrDefault(t => t.Length > 0);
        return h1;
    }

    private static string? TitleElement(IDocument document) => string.IsNullOrWhiteSpace(document.Title) ? null : document.Title;

    private static DateTimeOffset? TimeElement(IDocument document)
    {
        foreach (var time in document.GetElementsByTagName("time"))
        {
            var date = ParseDate(time.GetAttribute("datetime"));
            if (date is not null)
            {
                return date;
            }
        }

        return null;
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = TextMeasure.Collapse(System.Net.WebUtility.HtmlDecode(text));
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>The fields of the first JSON-LD object on the page whose @type is an article.</summary>
    private sealed record JsonLdArticle(string? Headline, string? Author, string? Published, string? Publisher, string? Url, string? Language, string? Description, string? Body)
    {
        public static JsonLdArticle? Find(IDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type]"))
            {
                if (!(script.GetAttribute("type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(script.TextContent.Trim().TrimEnd(';'), JsonOptions);
                    var found = Search(json.RootElement, 0);
                    if (found is not null)
                    {
                        return found;
                    }
                }
                catch (JsonException)
                {
                    // a page's broken JSON-LD is ignored; the other sources still count
                }
            }

            return null;
        }

        private static JsonLdArticle? Search(JsonElement element, int depth)
        {
            if (depth > 6)
            {
                return null;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    var found = Search(item, depth + 1);
                    if (found is not null)
                    {
                        return found;
                    }
                }

                return null;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (IsArticle(element))
            {
                return new JsonLdArticle(
                    String(element, "headline") ?? String(element, "name"),
                    Names(element, "author"),
                    String(element, "datePublished") ?? String(element, "dateCreated"),
                    Names(element, "publisher"),
                    String(element, "url") ?? Names(element, "mainEntityOfPage", "@id"),
                    String(element, "inLanguage"),
                    String(element, "description"),
                    String(element, "articleBody"));
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                return Search(graph, depth + 1);
            }

            if (element.TryGetProperty("mainEntity", out var main))
            {
                return Search(main, depth + 1);
            }

            return null;
        }

        private static bool IsArticle(JsonElement element)
        {
            if (!element.TryGetProperty("@type", out var type))
            {
                return false;
            }

            IEnumerable<string?> types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null) : [type.ValueKind == JsonValueKind.String ? type.GetString() : null];
            return types.Any(t => t is not null && (t.EndsWith("Article", StringComparison.Ordinal) || t.EndsWith("Posting", StringComparison.Ordinal) || t == "Report"));
        }

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;

        private static string? Names(JsonElement element, string name, string field = "name")
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            var names = new List<string>();
            foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
            {
                var text = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Object => String(item, field),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(text))
                {
                    names.Add(text.Trim());
                }
            }

            return names.Count == 0 ? null : string.Join(", ", names.Distinct());
        }
    }
}
