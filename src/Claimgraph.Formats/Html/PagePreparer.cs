using AngleSharp.Dom;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Removes what is never article text before scoring: scripts, styles, forms controls, hidden
/// elements, navigation/aside/footer, and (with <see cref="ExtractionFlags.StripUnlikely"/>)
/// elements whose class, id or role marks them as furniture.
/// </summary>
internal static class PagePreparer
{
    public static void Prepare(IDocument document, BoilerplateHints hints, ExtractionFlags flags)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }

        foreach (var comment in DomWalk.Nodes(body).OfType<IComment>().ToList())
        {
            comment.Parent?.RemoveChild(comment);
        }

        // top-down without recursion: a removed element's subtree is not visited; "protected"
        // (inside a table, code or pre) is passed down instead of looked up per element
        var remove = new List<IElement>();
        var pending = new Stack<(IElement Element, bool Protected)>();
        PushChildren(pending, body, false);
        while (pending.Count > 0)
        {
            var (element, inProtected) = pending.Pop();
            var tag = element.LocalName;
            if (HtmlTags.NeverText.Contains(tag) || HtmlTags.Furniture.Contains(tag) || IsHidden(element))
            {
                remove.Add(element);
                continue;
            }

            if (IsHoverCard(element))
            {
                remove.Add(element);
                continue;
            }

            var keep = tag is "article" or "main" || inProtected;
            if (!keep && hints.IsNeverContent(element))
            {
                remove.Add(element);
                continue;
            }

            if ((flags & ExtractionFlags.StripUnlikely) != 0 && !keep && tag is not ("a" or "table" or "tbody" or "tr" or "td" or "th" or "code" or "pre")
                && hints.IsUnlikely(element) && element.GetElementsByTagName("blockquote").Length == 0)
            {
                remove.Add(element);
                continue;
            }

            PushChildren(pending, element, inProtected || tag is "table" or "code" or "pre");
        }

        foreach (var element in remove)
        {
            element.Remove();
        }
    }

    private static void PushChildren(Stack<(IElement, bool)> pending, IElement parent, bool inProtected)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                pending.Push((child, inProtected));
            }
        }
    }

    /// <summary>
    /// A span inside running text that holds a picture and several links: a card shown on hover
    /// (a person's photo and their latest articles), hidden by the page's style sheet. Only the
    /// innermost such span goes, so the name it pops up from stays in the sentence.
    /// </summary>
    private static bool IsHoverCard(IElement element) =>
        element.LocalName == "span" && HoldsCard(element) && InParagraph(element)
        && !element.GetElementsByTagName("span").Any(HoldsCard); // the innermost such span: the link around it stays

    private static bool HoldsCard(IElement span) => span.GetElementsByTagName("img").Length > 0 && span.GetElementsByTagName("a").Length >= 2;

    /// <summary>Inside a paragraph's running text: a p among the nearest six ancestors, with only inline elements between.</summary>
    private static bool InParagraph(IElement element)
    {
        var parent = element.ParentElement;
        for (var level = 0; level < 6 && parent is not null; level++, parent = parent.ParentElement)
        {
            if (parent.LocalName == "p")
            {
                return true;
            }

            if (HtmlTags.IsBlock(parent.LocalName))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null)
        {
            var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            if (compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            && !(element.GetAttribute("class")?.Contains("fallback-image", StringComparison.Ordinal) ?? false);
    }

    internal static bool HasAncestor(IElement element, params string[] tags)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (tags.Contains(parent.LocalName))
            {
                return true;
            }
        }

        return false;
    }
}
