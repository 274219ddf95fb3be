namespace Claimgraph.Text;

/// <summary>A token of the normalized text. <see cref="Joined"/>: no white space before it.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, bool Joined)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsSymbol(string text, char c) => Kind == TokenKind.Symbol && text[Start] == c;
}
