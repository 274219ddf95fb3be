using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Claimgraph.Formats.Html;

/// <summary>The text of an HTML fragment (a feed item's content, a summary): blocks as paragraphs, no scripts or styles, entities decoded.</summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static string ToText(string html)
    {
        if (!html.Contains('<') && !html.Contains('&'))
        {
            return TextMeasure.Collapse(html);
        }

        var document = Parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        foreach (var element in DomWalk.Elements(body).Where(e => HtmlTags.NeverText.Contains(e.LocalName)).ToList())
        {
            element.Remove();
        }

        return string.Join("\n\n", BlockTextWriter.Write([body]).Select(b => b.Text));
    }
}
