namespace Claimgraph.Formats.Html;

/// <summary>One block of article text (a paragraph, heading, list item, quotation or caption), white space collapsed.</summary>
public sealed record ArticleBlock(ArticleBlockKind Kind, string Text);
