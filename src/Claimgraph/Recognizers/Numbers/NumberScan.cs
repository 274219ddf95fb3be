using Claimgraph.Text;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// A text with its tokens and the numbers found in it, shared by the recognizers that build on
/// numbers (percentages, ranges, units, currencies, ages) so the text is tokenized and its
/// numbers read once.
/// </summary>
public sealed class NumberScan
{
    internal NumberScan(string text, Token[] tokens, List<NumberMention> numbers)
    {
        Text = text;
        Tokens = tokens;
        Numbers = numbers;
    }

    public string Text { get; }

    internal Token[] Tokens { get; }

    /// <summary>Cardinals and ordinals in text order, not overlapping.</summary>
    public IReadOnlyList<NumberMention> Numbers { get; }

    private int[]? _byToken;

    /// <summary>For each token the index of the number that starts there, or -1 (built once, shared by the recognizers).</summary>
    internal int[] NumbersByToken
    {
        get
        {
            if (_byToken is null)
            {
                var byToken = new int[Tokens.Length + 1];
                Array.Fill(byToken, -1);
                for (var n = 0; n < Numbers.Count; n++)
                {
                    if (!Numbers[n].Partial)
                    {
                        byToken[Numbers[n].FirstToken] = n;
                    }
                }

                _byToken = byToken;
            }

            return _byToken;
        }
    }

    internal ReadOnlySpan<char> TokenText(int i) => Tokens[i].Of(Text);

    internal bool IsSymbol(int i, char c) => i >= 0 && i < Tokens.Length && Tokens[i].IsSymbol(Text, c);

    internal TextSpan SpanOf(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    /// <summary>The number whose first token is <paramref name="token"/>, or null.</summary>
    internal NumberMention? NumberStartingAt(int token, ref int cursor)
    {
        while (cursor < Numbers.Count && Numbers[cursor].FirstToken < token)
        {
            cursor++;
        }

        return cursor < Numbers.Count && Numbers[cursor].FirstToken == token ? Numbers[cursor] : null;
    }
}
