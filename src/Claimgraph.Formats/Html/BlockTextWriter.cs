using System.Text;
using AngleSharp.Dom;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Turns DOM nodes into blocks of text: every block element starts a new block, inline elements
/// flow, &lt;br&gt; breaks a line, &lt;pre&gt; keeps its white space. Text in &lt;figcaption&gt; or in an
/// element whose class names a caption is marked as a caption.
/// </summary>
public sealed class BlockTextWriter
{
    private readonly List<ArticleBlock> _blocks = [];
    private readonly StringBuilder _line = new();
    private ArticleBlockKind _kind = ArticleBlockKind.Paragraph;
    private int _pre;
    private int _link;
    private int _linkChars;

    public IReadOnlyList<ArticleBlock> Blocks => _blocks;

    public static IReadOnlyList<ArticleBlock> Write(IEnumerable<INode> nodes)
    {
        var writer = new BlockTextWriter();
        foreach (var node in nodes)
        {
            writer.Add(node);
        }

        writer.Flush();
        return writer.Blocks;
    }

    public void Add(INode node)
    {
        if (node.NodeType == NodeType.Text)
        {
            AppendText(node.TextContent);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        var tag = element.LocalName;
        if (tag == "br")
        {
            _line.Append('\n');
            return;
        }

        if (!HtmlTags.IsBlock(tag) && !IsCaption(element))
        {
            var link = tag == "a";
            _link += link ? 1 : 0;
            AddChildren(element);
            _link -= link ? 1 : 0;
            return;
        }

        Flush();
        if (tag == "tr" && _pre == 0 && TableRow(element) is { } row)
        {
            var outerKind = _kind;
            _kind = ArticleBlockKind.TableRow;
            _line.Append(row);
            Flush();
            _kind = outerKind;
            return;
        }

        var outer = _kind;
        _kind = KindOf(element, outer);
        var pre = tag is "pre" or "textarea";
        if (pre)
        {
            _pre++;
        }

        AddChildren(element);
        Flush();
        if (pre)
        {
            _pre--;
        }

        _kind = outer;
    }

    public void Flush()
    {
        if (_line.Length == 0)
        {
            return;
        }

        var lines = _line.ToString().Split('\n')
            .Select(l => _pre > 0 ? l.TrimEnd() : TextMeasure.Collapse(l))
            .Where(l => l.Trim().Length > 0);
        var text = string.Join('\n', lines);
        var linkShare = _line.Length == 0 ? 0 : Math.Min(1.0, _linkChars / (double)Math.Max(1, text.Length));
        _line.Clear();
        _linkChars = 0;
        if (text.Length > 0)
        {
            _blocks.Add(new ArticleBlock(_kind, text, linkShare));
        }
    }

    private void AddChildren(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            Add(child);
        }
    }

    private void AppendText(string text)
    {
        if (_link > 0)
        {
            _linkChars += text.Trim().Length;
        }

        if (_pre > 0)
        {
            _line.Append(text);
            return;
        }

        foreach (var c in text)
        {
            _line.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }
    }

    /// <summary>
    /// A table row of two cells or more as one line, its cells' text separated by " | " ("Panzerhaubitze 2000 | 36 | 28"), so
    /// the engine reads the row's numbers under the table's header (Claimgraph.Text.PipeTable); null for a row of one cell,
    /// whose text flows as a block.
    /// </summary>
    private static string? TableRow(IElement row)
    {
        var cells = new List<string>();
        foreach (var child in row.Children)
        {
            if (child.LocalName is "td" or "th")
            {
                cells.Add(TextMeasure.Collapse(child.TextContent.Replace('|', '/')));
            }
        }

        return cells.Count >= 2 ? string.Join(" | ", cells) : null;
    }

    /// <summary>A caption element, a class naming a caption or credit, or a figure (an image and its caption; not an embedded quotation).</summary>
    private static bool IsCaption(IElement element) =>
        element.LocalName == "figcaption"
        || (element.LocalName == "figure" && element.GetElementsByTagName("blockquote").Length == 0)
        || (element.GetAttribute("class") is { } className && (className.Contains("caption", StringComparison.OrdinalIgnoreCase) || className.Contains("credit", StringComparison.OrdinalIgnoreCase)));

    private static ArticleBlockKind KindOf(IElement element, ArticleBlockKind outer)
    {
        if (outer == ArticleBlockKind.Caption)
        {
            return outer;
        }

        var tag = element.LocalName;
        if (IsCaption(element))
        {
            return ArticleBlockKind.Caption;
        }

        if (HtmlTags.IsHeading(tag))
        {
            return ArticleBlockKind.Heading;
        }

        return tag switch
        {
            "li" or "dd" or "dt" => ArticleBlockKind.ListItem,
            "blockquote" => ArticleBlockKind.Quote,
            _ => outer == ArticleBlockKind.Heading ? ArticleBlockKind.Paragraph : outer,
        };
    }
}
