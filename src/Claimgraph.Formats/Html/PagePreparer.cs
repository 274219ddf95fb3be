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

        foreach (var comment in body.Descendants<IComment>().ToList())
        {
            comment.Parent?.RemoveChild(comment);
        }

        var remove = new HashSet<IElement>();
        foreach (var element in body.Descendants<IElement>())
        {
            if (HasRemovedAncestor(element, remove))
            {
                continue;
            }

            var tag = element.LocalName;
            if (HtmlTags.NeverText.Contains(tag) || HtmlTags.Furniture.Contains(tag) || IsHidden(element))
            {
                remove.Add(element);
                continue;
            }

            var keep = tag is "body" or "article" or "main" || HasAncestor(element, "table", "code", "pre");
            if (!keep && hints.IsNeverContent(element))
            {
                remove.Add(element);
                continue;
            }

            if ((flags & ExtractionFlags.StripUnlikely) != 0 && tag is not ("body" or "a" or "article" or "main" or "table" or "tbody" or "tr" or "td" or "th" or "code" or "pre")
                && hints.IsUnlikely(element) && !HasAncestor(element, "table", "code", "pre") && element.GetElementsByTagName("blockquote").Length == 0)
            {
                remove.Add(element);
            }
        }

        foreach (var element in remove)
        {
            element.Remove();
        }
    }

    private static bool HasRemovedAncestor(IElement element, HashSet<IElement> removed)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (removed.Contains(parent))
            {
                return true;
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
