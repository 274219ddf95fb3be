using System.Xml;
using Claimgraph.Extraction;
using Claimgraph.Formats.Html;
using Claimgraph.Formats.Input;

namespace Claimgraph.Formats.Feeds;

/// <summary>
/// RSS and Atom feeds: each item becomes a document (its title, then its full content or summary
/// as text; link, date, and the feed's title as outlet). Recognised by the root element, not the
/// file name. Malformed XML is reported with line and position; the items before it are kept.
/// Following the items' links is <see cref="DocumentReader.FollowFeedLinks"/>.
/// </summary>
public sealed class FeedFormat : IDocumentFormat
{
    public string Name => "feed";

    public IReadOnlyList<string> Extensions { get; } = [".rss", ".atom", ".xml", ".rdf", ".rss.gz", ".xml.gz"];

    public bool Recognizes(InputSample sample)
    {
        if (sample.ContentType is { } type && (type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var start = sample.Start;
        if (!start.StartsWith('<'))
        {
            return false;
        }

        var root = RootElement(start);
        return root is "rss" or "rdf:rdf" || (root == "feed" && start.Contains("http://www.w3.org/2005/atom", StringComparison.Ordinal));
    }

    public IEnumerable<InputItem> Read(InputResource resource)
    {
        var reader = new FeedReader();
        using var stream = resource.Open();
        using var items = reader.Read(stream).GetEnumerator();
        var lastItem = 0;
        while (true)
        {
            FeedItem item;
            string? problem = null;
            string? location = null;
            try
            {
                if (!items.MoveNext())
                {
                    break;
                }

                item = items.Current;
            }
            catch (XmlException e)
            {
                location = $"line {e.LineNumber}, position {e.LinePosition}";
                problem = $"malformed XML after item {lastItem} ({FirstSentence(e.Message)}); the rest of the feed cannot be read";
                item = null!;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                problem = $"{e.Message}; read {lastItem} items before it";
                item = null!;
            }

            if (problem is not null)
            {
                yield return new ProblemItem(resource.Source, location, problem);
                break;
            }

            lastItem = item.Number;
            if (item.Text.Length == 0 && item.Title is null)
            {
                yield return new ProblemItem(resource.Source, $"item {item.Number}", "no title and no text (skipped)");
                continue;
            }

            var text = item.Title is null ? item.Text : item.Text.Length == 0 ? item.Title : item.Title + "\n\n" + item.Text;
            var name = item.Link ?? $"{resource.Name}#item-{item.Number}";
            var language = ArticleMetadataReader.LanguageOf(reader.FeedLanguage);
            yield return new DocumentItem(resource.Source, new Document(name, text, item.Published, reader.FeedTitle, item.Title, item.Link, language), Name) { Author = item.Author };
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }

    /// <summary>The name of the first element after the XML declaration, comments and processing instructions.</summary>
    private static string? RootElement(string start)
    {
        var i = 0;
        while (i < start.Length)
        {
            var open = start.IndexOf('<', i);
            if (open < 0 || open + 1 >= start.Length)
            {
                return null;
            }

            var next = start[open + 1];
            if (next is '?' or '!')
            {
                var close = next == '!' && start.AsSpan(open).StartsWith("<!--") ? start.IndexOf("-->", open, StringComparison.Ordinal) : start.IndexOf('>', open);
                if (close < 0)
                {
                    return null;
                }

                i = close + 1;
                continue;
            }

            var end = open + 1;
            while (end < start.Length && !char.IsWhiteSpace(start[end]) && start[end] is not ('>' or '/'))
            {
                end++;
            }

            return start[(open + 1)..end];
        }

        return null;
    }
}
