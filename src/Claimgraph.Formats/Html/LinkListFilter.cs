namespace Claimgraph.Formats.Html;

/// <summary>
/// Drops blocks that are links to other pages ("Who will make the Rock Hall in 2020?") and the
/// short label that introduces them ("You may also like...", "DON'T MISS"): teasers and related
/// links left between the paragraphs of an article.
/// </summary>
internal static class LinkListFilter
{
    private const double LinkBlockShare = 0.8;
    private const int MaxLabelLength = 40;

    public static IReadOnlyList<ArticleBlock> Apply(IReadOnlyList<ArticleBlock> blocks)
    {
        var keep = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            keep[i] = !IsLinkBlock(blocks[i]);
        }

        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (keep[i] && !keep[i + 1] && IsLabel(blocks[i]))
            {
                keep[i] = false;
            }
        }

        return [.. blocks.Where((_, i) => keep[i])];
    }

    private static bool IsLinkBlock(ArticleBlock block) =>
        block.Kind is not (ArticleBlockKind.Quote or ArticleBlockKind.Caption) && block.LinkShare >= LinkBlockShare;

    /// <summary>A short line that is no sentence ("DON'T MISS", "Related articles") or trails off ("You may also like...").</summary>
    private static bool IsLabel(ArticleBlock block) =>
        block.Kind is not (ArticleBlockKind.Quote or ArticleBlockKind.Caption)
        && block.Text.Length <= MaxLabelLength
        && (!block.Text.EndsWith('.') || block.Text.EndsWith("...", StringComparison.Ordinal));
}
