namespace Claimgraph.Formats.Html;

/// <summary>What HTML elements are, for reading text: inline or block, never text, headings, lists.</summary>
internal static class HtmlTags
{
    /// <summary>Elements that flow inside a line of text; every other element starts a block.</summary>
    public static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
        "i", "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q", "s", "samp", "small", "source",
        "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "#text",
    };

    /// <summary>Elements that never hold article text: removed before anything else.</summary>
    public static readonly HashSet<string> NeverText = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "button", "input", "select", "textarea", "option", "link", "meta", "head", "audio", "video", "map", "dialog",
    };

    /// <summary>Sectioning elements of page furniture: navigation, sidebars, page footers.</summary>
    public static readonly HashSet<string> Furniture = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer",
    };

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';

    public static bool IsBlock(string tag) => !Inline.Contains(tag) && tag != "br";
}
