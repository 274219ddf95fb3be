namespace Claimgraph.Text;

/// <summary>A stretch of normalized text (usually a sentence) with its tokens and their lower-case forms.</summary>
public sealed class TokenizedText
{
    public TokenizedText(string text, TextSpan span)
        : this(text, span, null)
    {
    }

    /// <summary>
    /// Tokenizes the span; with <paramref name="masks"/>, each word's mask from that source is read
    /// along with its pooled form (<see cref="MasksOf"/> then has them ready).
    /// </summary>
    internal TokenizedText(string text, TextSpan span, IWordMasks? masks)
    {
        Text = text;
        Span = span;
        Tokens = Tokenizer.Tokenize(text, span);
        Lower = new string[Tokens.Length];
        if (masks is not null)
        {
            (_masksSource, _masks) = (masks, new ulong[Tokens.Length]);
        }

        var pool = TokenStringPool.ForThisThread;
        for (var i = 0; i < Tokens.Length; i++)
        {
            var token = Tokens[i];
            // Words and symbols repeat and are shared; numbers rarely do.
            if (token.Kind == TokenKind.Number)
            {
                Lower[i] = text.Substring(token.Start, token.Length);
                continue;
            }

            var word = token.Kind == TokenKind.Word;
            Lower[i] = pool.Of(text.AsSpan(token.Start, token.Length), lower: word, out var slot);
            if (word && masks is not null)
            {
                _masks![i] = pool.MaskAt(slot, Lower[i], masks);
                _maskUnion |= _masks[i];
            }
        }
    }

    private IWordMasks? _masksSource;
    private ulong[]? _masks;
    // The union of the masks: a set whose bit it lacks starts at no token of the text.
    private ulong _maskUnion;

    public string Text { get; }

    public TextSpan Span { get; }

    public Token[] Tokens { get; }

    /// <summary>Each token's text, lower-cased for words.</summary>
    public string[] Lower { get; }

    public int Count => Tokens.Length;

    /// <summary>Each token's mask from <paramref name="source"/> (0 for numbers and symbols), looked up once and kept for the last source asked.</summary>
    internal ulong[] MasksOf(IWordMasks source)
    {
        if (_masks is not null && ReferenceEquals(_masksSource, source))
        {
            return _masks;
        }

        var masks = new ulong[Tokens.Length];
        var union = 0UL;
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (Tokens[i].IsWord)
            {
                masks[i] = source.MaskOf(Lower[i]);
                union |= masks[i];
            }
        }

        (_masksSource, _masks, _maskUnion) = (source, masks, union);
        return masks;
    }

    /// <summary>The union of the tokens' masks from <paramref name="source"/> (<see cref="MasksOf"/>): whether any token has a bit.</summary>
    internal ulong MaskUnionOf(IWordMasks source)
    {
        MasksOf(source);
        return _maskUnion;
    }

    public string Raw(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    public bool IsCapitalized(int index) => Tokens[index].IsWord && char.IsUpper(Text[Tokens[index].Start]);

    public bool IsSymbol(int index, char c) => index >= 0 && index < Tokens.Length && Tokens[index].IsSymbol(Text, c);

    /// <summary>The span from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    public string TextOf(int first, int last) => SpanOf(first, last).Of(Text);
}
