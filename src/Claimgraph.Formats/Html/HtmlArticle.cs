namespace Claimgraph.Formats.Html;

/// <summary>An article read from a web page: its metadata and its text blocks (captions marked as such).</summary>
public sealed record HtmlArticle(ArticleMetadata Metadata, IReadOnlyList<ArticleBlock> Blocks)
{
    /// <summary>The body text: every block but captions, one paragraph per block, separated by blank lines.</summary>
    public string Body => string.Join("\n\n", Blocks.Where(b => b.Kind != ArticleBlockKind.Caption).Select(b => b.Text));

    public IEnumerable<string> Captions => Blocks.Where(b => b.Kind == ArticleBlockKind.Caption).Select(b => b.Text);
}
