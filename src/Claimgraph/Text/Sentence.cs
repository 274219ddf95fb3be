namespace Claimgraph.Text;

/// <summary>How a sentence stands in its document.</summary>
public enum SentenceKind
{
    /// <summary>A sentence of running text.</summary>
    Body,

    /// <summary>A line without final punctuation: a headline, a subheading, a caption or a label.</summary>
    Line,
}

/// <summary>One sentence of a document: its span in the normalized text and where it stands.</summary>
public sealed record Sentence(int Index, TextSpan Span, int Paragraph, SentenceKind Kind);
