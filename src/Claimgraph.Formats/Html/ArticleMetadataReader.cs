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

    private static readonly string[] DottedFormats = ["d.M.yyyy", "d.M.yyyy, HH:mm", "d.M.yyyy HH:mm", "d.M.yyyy, H:mm 'Uhr'", "d.M.yyyy H:mm 'Uhr'", "d.M.yyyy, HH:mm 'Uhr'", "d.M.yyyy HH:mm 'Uhr'"];

    /// <summary>Zone names that RSS dates use instead of offsets.</summary>
    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MEZ"] = "+01:00", ["MESZ"] = "+02:00",
    };

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
        DateTimeOffset date;

        // day first in dotted dates ("11.12.2024" is 11 December), which the invariant culture would read month first
        if (text.Length >= 8 && char.IsAsciiDigit(text[0]) && text.IndexOf('.') is 1 or 2
            && DateTimeOffset.TryParseExact(text, DottedFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return date;
        }

        // RFC 822 dates of feeds with a zone name ("Tue, 19 Nov 2024 07:15:00 EST"), compact ISO
        var zone = text.LastIndexOf(' ');
        if (zone > 0 && ZoneOffsets.TryGetValue(text[(zone + 1)..], out var offset))
        {
            text = text[..zone] + " " + offset;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
            {
                return date;
            }
        }

        string[] formats = ["yyyyMMdd'T'HHmmss'Z'", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz"];
        return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date) ? date : null;
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
