using AngleSharp.Dom;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Removes furniture left inside the chosen article elements, as Readability's conditional
/// cleaning does: lists, tables, divs and forms that are mostly links, images, inputs or too short
/// for their class hints (related links, share bars, teasers), headings marked as furniture, and
/// the heading that repeats the title.
/// </summary>
internal sealed class ContentCleaner(BoilerplateHints hints, ExtractionFlags flags, ContentScorer scorer)
{
    private static readonly string[] ConditionalTags = ["form", "fieldset", "table", "ul", "ol", "div", "section", "dl"];

    public void Clean(IElement root, string? title)
    {
        if ((flags & ExtractionFlags.CleanConditionally) != 0)
        {
            foreach (var tag in ConditionalTags)
            {
                var elements = root.GetElementsByTagName(tag).Reverse().ToList();
                if (root.LocalName == tag)
                {
                    elements.Add(root);
                }

                foreach (var element in elements)
                {
                    if (element != root && element.ParentElement is not null && ShouldRemove(element))
                    {
                        element.Remove();
                    }
                }
            }
        }

        foreach (var heading in root.QuerySelectorAll("h1, h2, h3").ToList())
        {
            var text = TextMeasure.InnerText(heading);
            if (((flags & ExtractionFlags.WeighClasses) != 0 && hints.Weight(heading) < 0) || (title is not null && SameText(text, title)) || heading.LocalName == "h1")
            {
                heading.Remove();
            }
        }
    }

    private bool ShouldRemove(IElement element)
    {
        if (element.LocalName == "table" && IsDataTable(element))
        {
            return false;
        }

        if (PagePreparer.HasAncestor(element, "code", "pre") || element.GetElementsByTagName("pre").Length > 0 || element.GetElementsByTagName("code").Length > 0)
        {
            return false;
        }

        // an embedded quotation (a tweet, a post) is part of the story
        if (element.GetElementsByTagName("blockquote").Length > 0 && TextMeasure.LinkDensity(element) < 0.5)
        {
            return false;
        }

        var weight = (flags & ExtractionFlags.WeighClasses) != 0 ? hints.Weight(element) : 0;
        var score = scorer.ScoreOf(element);
        if (weight + score < 0)
        {
            return true;
        }

        var text = TextMeasure.InnerText(element);
        if (TextMeasure.Commas(text) >= 10)
        {
            return false;
        }

        var isList = element.LocalName is "ul" or "ol" or "dl";
        if (!isList)
        {
            var listLength = element.QuerySelectorAll("ul, ol").Sum(l => TextMeasure.InnerText(l).Length);
            isList = text.Length > 0 && listLength / (double)text.Length > 0.9;
        }

        var p = element.GetElementsByTagName("p").Length;
        var img = element.GetElementsByTagName("img").Length;
        var li = element.GetElementsByTagName("li").Length - 100;
        var input = element.GetElementsByTagName("input").Length;
        var headingLength = element.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Sum(h => TextMeasure.InnerText(h).Length);
        var headingDensity = text.Length == 0 ? 0 : headingLength / (double)text.Length;
        var embeds = element.QuerySelectorAll("object, embed, iframe").Length;
        var linkDensity = TextMeasure.LinkDensity(element, text.Length);
        var inFigure = PagePreparer.HasAncestor(element, "figure");

        return (img > 1 && p / (double)img < 0.5 && !inFigure)
            || (!isList && li > p)
            || input > p / 3
            || (!isList && headingDensity < 0.9 && text.Length < 25 && (img == 0 || img > 2) && !inFigure)
            || (!isList && weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5)
            || (embeds == 1 && text.Length < 75) || embeds > 1;
    }

    private static bool IsDataTable(IElement table)
    {
        if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0")
        {
            return false;
        }

        if (table.HasAttribute("summary") || table.GetElementsByTagName("caption").Length > 0 || table.QuerySelector("col, colgroup, tfoot, thead, th") is not null)
        {
            return true;
        }

        if (table.GetElementsByTagName("table").Length > 0)
        {
            return false;
        }

        var rows = table.GetElementsByTagName("tr").Length;
        var columns = table.GetElementsByTagName("tr").Select(r => r.Children.Length).DefaultIfEmpty(0).Max();
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    internal static bool SameText(string a, string b)
    {
        static string Key(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        var ka = Key(a);
        return ka.Length > 0 && ka == Key(b);
    }
}
