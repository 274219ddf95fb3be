using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Reads the article of a web page: metadata (<see cref="ArticleMetadataReader"/>) and body. The
/// body is found by content scoring (<see cref="ContentScorer"/>) after removing furniture
/// (<see cref="PagePreparer"/>) and cleaned (<see cref="ContentCleaner"/>); a page whose text comes
/// out shorter than <see cref="MinBodyLength"/> is read again with fewer heuristics, and the
/// longest reading wins.
/// </summary>
public sealed class HtmlArticleExtractor
{
    public const int MinBodyLength = 500;
    public const int MaxDomDepth = 300;

    private static readonly ExtractionFlags[] Attempts =
    [
        ExtractionFlags.All,
        ExtractionFlags.WeighClasses | ExtractionFlags.CleanConditionally,
        ExtractionFlags.CleanConditionally,
        ExtractionFlags.None,
    ];

    private readonly BoilerplateHints _hints;
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    public HtmlArticleExtractor(BoilerplateHints? hints = null)
    {
        _hints = hints ?? BoilerplateHints.Default;
    }

    public HtmlArticle Extract(string html)
    {
        var first = _parser.ParseDocument(html);
        var metadata = ArticleMetadataReader.Read(first);
        IReadOnlyList<ArticleBlock> best = [];
        var bestLength = -1;

        // an absurdly nested page (no real page is) is read once, without the per-element cleaning
        var attempts = Depth(first.DocumentElement) > MaxDomDepth ? [ExtractionFlags.StripUnlikely | ExtractionFlags.WeighClasses] : Attempts;
        for (var i = 0; i < attempts.Length; i++)
        {
            // each attempt changes its own copy of the page; most pages need only the first
            var document = i == 0 ? first : _parser.ParseDocument(html);
            var blocks = ReadBody(document, metadata, attempts[i]);
            var length = blocks.Where(b => b.Kind != ArticleBlockKind.Caption).Sum(b => b.Text.Length);
            if (length > bestLength)
            {
                best = blocks;
                bestLength = length;
            }

            if (length >= MinBodyLength)
            {
                break;
            }
        }

        // a page that shows little text but states its body in JSON-LD (pages built by scripts)
        if (bestLength < MinBodyLength && metadata.StructuredBody is { } structured)
        {
            var paragraphs = (structured.Contains('<') ? HtmlText.ToText(structured).Split("\n\n") : structured.Split('\n'))
                .Select(TextMeasure.Collapse).Where(p => p.Length > 0).ToList();
            if (paragraphs.Sum(p => p.Length) > bestLength)
            {
                best = [.. paragraphs.Select(p => new ArticleBlock(ArticleBlockKind.Paragraph, p))];
            }
        }

        return new HtmlArticle(metadata, best);
    }

    private static int Depth(IElement root)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    private IReadOnlyList<ArticleBlock> ReadBody(IDocument document, ArticleMetadata metadata, ExtractionFlags flags)
    {
        var body = document.Body;
        if (body is null)
        {
            return [];
        }

        PagePreparer.Prepare(document, _hints, flags);
        var scorer = new ContentScorer(_hints, flags);
        var selected = scorer.Select(body);
        var cleaner = new ContentCleaner(_hints, flags, scorer);
        foreach (var element in selected)
        {
            cleaner.Clean(element, metadata.Title);
        }

        var blocks = LinkListFilter.Apply(BlockTextWriter.Write(selected.Where(e => e.ParentElement is not null || e == body)));
        return BodyEdgeFilter.Apply(WithoutLeadingTitle(blocks, metadata.Title), metadata);
    }

    /// <summary>The title repeated at the top of the body, in whatever element, is not body text.</summary>
    private static IReadOnlyList<ArticleBlock> WithoutLeadingTitle(IReadOnlyList<ArticleBlock> blocks, string? title)
    {
        if (title is null)
        {
            return blocks;
        }

        var index = blocks.Take(3).ToList().FindIndex(b => ContentCleaner.SameText(b.Text, title));
        return index < 0 ? blocks : [.. blocks.Where((_, i) => i != index)];
    }
}
