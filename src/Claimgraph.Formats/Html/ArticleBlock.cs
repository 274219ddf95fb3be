namespace Claimgraph.Formats.Html;

/// <summary>
/// One block of article text (a paragraph, heading, list item, quotation or caption), white space
/// collapsed; LinkShare is the part of its text that is link text (1 for a block that is one link).
/// </summary>
public sealed record ArticleBlock(ArticleBlockKind Kind, string Text, double LinkShare = 0);
