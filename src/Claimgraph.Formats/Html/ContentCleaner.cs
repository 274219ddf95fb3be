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
    private static readonly HashSet<string> ConditionalTags = new(StringComparer.Ordinal) { "form", "fieldset", "table", "ul", "ol", "div", "section", "dl" };

    /// <summary>Article text is never nested deeper than this below the article element; deeper elements are not cleaned one by one (keeps absurdly nested pages linear).</summary>
    private const int MaxCleanDepth = 200;

    public void Clean(IElement root, string? title)
    {
        if ((flags & ExtractionFlags.CleanConditionally) != 0)
        {
            // inner elements before the elements around them (reverse document order)
            var candidates = ConditionalElements(root);
            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                var (element, inCode, inFigure) = candidates[i];
                if (!inCode && ShouldRemove(element, inFigure))
                {
                    element.Remove();
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

    /// <summary>The elements below root that may be removed, in document order, with whether they are inside code/pre or a figure; found top-down without recursion.</summary>
    private static List<(IElement Element, bool InCode, bool InFigure)> ConditionalElements(IElement root)
    {
        var found = new List<(IElement, bool, bool)>();
        var pending = new Stack<(IElement Element, int Depth, bool InCode, bool InFigure)>();
        pending.Push((root, 0, PagePreparer.HasAncestor(root, "code", "pre"), PagePreparer.HasAncestor(root, "figure")));
        while (pending.Count > 0)
        {
            var (element, depth, inCode, inFigure) = pending.Pop();
            if (element != root && ConditionalTags.Contains(element.LocalName))
            {
                found.Add((element, inCode, inFigure));
            }

            if (depth >= MaxCleanDepth)
            {
                continue;
            }

            var childInCode = inCode || element.LocalName is "code" or "pre";
            var childInFigure = inFigure || element.LocalName == "figure";
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    pending.Push((child, depth + 1, childInCode, childInFigure));
                }
            }
        }

        return found;
    }

    private bool ShouldRemove(IElement element, bool inFigure)
    {
        if (element.LocalName == "table" && IsDataTable(element))
        {
            return false;
        }

        if (element.GetElementsByTagName("pre").Length > 0 || element.GetElementsByTagName("code").Length > 0)
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
