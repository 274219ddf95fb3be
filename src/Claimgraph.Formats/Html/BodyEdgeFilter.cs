using System.Text.RegularExpressions;
using Claimgraph.Formats.Resources;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Drops what sits at the edges of an article body without being part of it: the standfirst
/// that repeats the page description, bylines and date stamps, furniture lines ("Print Article",
/// "Comments") anywhere, and calls to action at the end ("Sign up for …"). The lines are data
/// (Resources/html/furniture-lines.txt).
/// </summary>
internal static partial class BodyEdgeFilter
{
    private const int Edge = 3;
    private const int MaxStampLength = 80;
    private const int MaxBylineLength = 100;

    private static readonly Lazy<(HashSet<string> Lines, string[] TailPrefixes)> Data = new(() =>
    {
        var sections = ResourceText.Sections("html/furniture-lines.txt");
        var lines = new HashSet<string>(sections.GetValueOrDefault("lines", []).Select(Key), StringComparer.Ordinal);
        return (lines, [.. sections.GetValueOrDefault("tail-prefixes", []).Select(p => p.ToLowerInvariant())]);
    });

    public static IReadOnlyList<ArticleBlock> Apply(IReadOnlyList<ArticleBlock> blocks, ArticleMetadata metadata)
    {
        var (lines, tailPrefixes) = Data.Value;
        var keep = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            var prose = blocks[i].Kind is ArticleBlockKind.Paragraph or ArticleBlockKind.ListItem;
            var atStart = i < Edge;
            var atEnd = i >= blocks.Count - Edge;
            var drop = lines.Contains(Key(text))
                || (atStart && !prose && blocks[i].Kind != ArticleBlockKind.Quote && metadata.Description is { } description && ContentCleaner.SameText(text, description))
                || ((atStart || atEnd) && prose && IsByline(text, metadata.Author))
                || ((atStart || atEnd) && prose && IsDateStamp(text))
                || (atEnd && i > 0 && tailPrefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
            keep[i] = !drop;
        }

        return keep.All(k => k) ? blocks : [.. blocks.Where((_, i) => keep[i])];
    }

    private static bool IsByline(string text, string? author)
    {
        if (text.Length > MaxBylineLength)
        {
            return false;
        }

        return (author is { Length: >= 5 } && text.Contains(author, StringComparison.OrdinalIgnoreCase))
            || Byline().IsMatch(text);
    }

    /// <summary>A short line that is a date or time with a few words around it ("Updated Nov. 19, 2019 8:21 am ET"), not a sentence.</summary>
    private static bool IsDateStamp(string text)
    {
        if (text.Length > MaxStampLength || text.TrimEnd().EndsWith('.'))
        {
            return false;
        }

        // a time or a numeric date makes a stamp; a year alone only with a few words ("November 18, 2019")
        return TimeOrNumericDate().IsMatch(text) || (Year().IsMatch(text) && Words().Count(text) <= 3);
    }

    private static string Key(string text) => TextMeasure.Collapse(text).Trim().TrimEnd('.', '!', ':', '…', ' ').ToLowerInvariant();

    [GeneratedRegex(@"^(By|Von|Por|Par)\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*[-–|,·]|$)")]
    private static partial Regex Byline();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")]
    private static partial Regex TimeOrNumericDate();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Words();
}
