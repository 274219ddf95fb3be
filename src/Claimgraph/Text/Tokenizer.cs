namespace Claimgraph.Text;

/// <summary>
/// Splits text into words, numbers and symbols in one pass. A number keeps its inner separators
/// ("11.000", "1,5", "650'000", "17.11.2024") when a digit follows each of them; hyphens are
/// symbols of their own so that "170-mm-Haubitze" and "KN-23" keep their parts.
/// </summary>
public static class Tokenizer
{
    // A buffer larger than this (after a paragraph of megabytes) is let go rather than kept.
    private const int MaxKeptBuffer = 1 << 16;

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // The tokens are gathered in a buffer kept per thread and copied out once at their exact count.
    [ThreadStatic]
    private static List<Token>? t_buffer;

    public static Token[] Tokenize(string text, TextSpan span)
    {
        var tokens = t_buffer ??= new List<Token>(1024);
        tokens.Clear();
        var i = span.Start;
        var end = span.End;
        var joined = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                joined = false;
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                    else if (text[i] is '.' or ',' or '\'' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    // ASCII letters and digits are skipped in one vectorized search; any other character is asked about.
                    var run = text.AsSpan(i, end - i).IndexOfAnyExcept(AsciiLettersAndDigits);
                    i = run < 0 ? end : i + run;
                    if (i < end && text[i] >= 128 && (char.IsLetterOrDigit(text[i]) || IsInnerMark(text, i, end)))
                    {
                        i++;
                        continue;
                    }

                    break;
                }

                kind = TokenKind.Word;
            }
            else
            {
                i++;
                if (char.IsLowSurrogate(c) || (char.IsHighSurrogate(c) && i < end && char.IsLowSurrogate(text[i])))
                {
                    i++;
                }

                kind = TokenKind.Symbol;
            }

            tokens.Add(new Token(start, i, kind, joined));
            joined = true;
        }

        var result = tokens.ToArray();
        if (tokens.Capacity > MaxKeptBuffer)
        {
            t_buffer = null;
        }

        return result;
    }

    public static Token[] Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    // A combining mark inside a word, or "²" in "km²".
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsInnerMark(string text, int i, int end) =>
        text[i] is '²' or '³'
        || (text[i] >= '\u0300' && char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark);
}
