namespace Claimgraph.Text;

/// <summary>Questions about ASCII digits in short runs of text (a token, a word).</summary>
internal static class AsciiDigits
{
    /// <summary>
    /// Whether every character is an ASCII digit (true for none). Tokens are short: a loop costs less than a vectorized
    /// search.
    /// </summary>
    public static bool All(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
