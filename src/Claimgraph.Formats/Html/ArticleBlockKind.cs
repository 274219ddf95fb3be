namespace Claimgraph.Formats.Html;

/// <summary>What a block of article text is.</summary>
public enum ArticleBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Caption,

    /// <summary>A row of a data table, its cells between bars ("Panzerhaubitze 2000 | 36 | 28").</summary>
    TableRow,
}
