using System.Xml;
using System.Xml.Linq;
using Claimgraph.Formats.Html;

namespace Claimgraph.Formats.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds item by item with a streaming XML reader (no DTDs,
/// no external entities). HTML in descriptions and content becomes text through
/// <see cref="HtmlText"/>. The feed's title and language are read as they pass. Malformed XML
/// ends the feed with an <see cref="XmlException"/> carrying line and position; the items before
/// it have already been returned.
/// </summary>
public sealed class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public string? FeedTitle { get; private set; }

    public string? FeedLanguage { get; private set; }

    public IEnumerable<FeedItem> Read(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        using var reader = XmlReader.Create(stream, settings);
        var number = 0;
        var depth = -1;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var name = reader.LocalName;
            if (depth < 0)
            {
                depth = reader.Depth;
                FeedLanguage = reader.XmlLang is { Length: > 0 } lang ? lang : null;
                continue;
            }

            if (name is "item" or "entry")
            {
                var element = (XElement)XNode.ReadFrom(reader);
                yield return ItemOf(element, ++number);
                continue;
            }

            if (name == "title" && FeedTitle is null && reader.Depth <= depth + 2)
            {
                FeedTitle = Clean(reader.ReadElementContentAsString());
            }
            else if (name == "language" && FeedLanguage is null)
            {
                FeedLanguage = reader.ReadElementContentAsString().Trim();
            }
        }
    }

    private static FeedItem ItemOf(XElement item, int number)
    {
        var title = Clean(HtmlText.ToText(Child(item, "title")?.Value ?? ""));
        var link = LinkOf(item);
        var date = Dates(item).Select(ArticleMetadataReader.ParseDate).FirstOrDefault(d => d is not null);
        var author = Clean(Child(item, "creator")?.Value ?? item.Element(Atom + "author")?.Element(Atom + "name")?.Value ?? Child(item, "author")?.Value);
        var content = item.Element(Content + "encoded")?.Value ?? ContentOf(item.Element(Atom + "content"));
        var summary = Child(item, "description")?.Value ?? ContentOf(item.Element(Atom + "summary"));
        var text = HtmlText.ToText(content is { Length: > 0 } ? content : summary ?? "");
        return new FeedItem(number, title, link, date, author, text);
    }

    private static string? ContentOf(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        // type="xhtml" holds markup as elements; "html" and "text" hold it as text
        return (string?)element.Attribute("type") == "xhtml" ? string.Concat(element.Nodes().Select(n => n.ToString())) : element.Value;
    }

    private static string? LinkOf(XElement item)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var href = (string?)link.Attribute("href");
            var rel = (string?)link.Attribute("rel") ?? "alternate";
            if (href is not null && rel == "alternate")
            {
                return href.Trim();
            }

            if (href is null && link.Value.Trim().Length > 0)
            {
                return link.Value.Trim();
            }
        }

        var guid = Child(item, "guid");
        return guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && guid.Value.StartsWith("http", StringComparison.Ordinal) ? guid.Value.Trim() : null;
    }

    private static IEnumerable<string?> Dates(XElement item) =>
        [Child(item, "pubDate")?.Value, item.Element(Atom + "published")?.Value, item.Element(Dc + "date")?.Value, item.Element(Atom + "updated")?.Value, Child(item, "date")?.Value];

    private static XElement? Child(XElement item, string localName) => item.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = text.Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }
}
