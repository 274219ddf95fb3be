using System.Text;
using AngleSharp.Dom;

namespace Claimgraph.Formats.Html;

/// <summary>Text of an element with white space collapsed, and the measures content scoring uses.</summary>
internal static class TextMeasure
{
    public static string InnerText(INode node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return Collapse(builder.ToString());
    }

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Share of the text that is link text (links to the same page count 30 %).</summary>
    public static double LinkDensity(IElement element, int? textLength = null)
    {
        var length = textLength ?? InnerText(element).Length;
        if (length == 0)
        {
            return 0;
        }

        double links = 0;
        foreach (var link in element.GetElementsByTagName("a"))
        {
            var href = link.GetAttribute("href");
            var coefficient = href is not null && href.StartsWith('#') && href.Length > 1 ? 0.3 : 1.0;
            links += InnerText(link).Length * coefficient;
        }

        return links / length;
    }

    public static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '،' or '，' or '、')
            {
                count++;
            }
        }

        return count;
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                builder.Append(child.TextContent);
            }
            else if (child is IElement element)
            {
                var block = HtmlTags.IsBlock(element.LocalName);
                if (block || element.LocalName == "br")
                {
                    builder.Append(' ');
                }

                Append(element, builder);
                if (block)
                {
                    builder.Append(' ');
                }
            }
        }
    }
}
