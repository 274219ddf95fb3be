namespace Claimgraph.Formats.Html;

/// <summary>What a block of article text is.</summary>
public enum ArticleBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Caption,
}
