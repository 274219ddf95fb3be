using Claimgraph.Lexicon;

namespace Claimgraph.Recognizers;

/// <summary>
/// Reads a number written in digits. Group separators are recognised by their shape (a separator
/// followed by exactly three digits, the same separator throughout): "11.000", "5.000.000",
/// "650'000", "11,000", the Indian "12,34,567"; otherwise '.' or ',' is the decimal mark ("1,5", "2.5"). Where the shape is
/// ambiguous ("1.500", "1,500") the language's convention decides. A token that is no number in
/// either convention ("17.11.2024") is rejected.
/// </summary>
public static class DigitNumber
{
    public static bool TryParse(ReadOnlySpan<char> token, DigitConventions conventions, out double value)
    {
        value = 0;
        if (token.IsEmpty || !char.IsAsciiDigit(token[0]) || !char.IsAsciiDigit(token[^1]))
        {
            return false;
        }

        var separators = 0;
        char first = '\0', second = '\0';
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                continue;
            }

            separators++;
            if (first == '\0')
            {
                first = c;
            }
            else if (c != first && second == '\0')
            {
                second = c;
            }
            else if (c != first && c != second)
            {
                return false;
            }
        }

        if (separators == 0)
        {
            return TryDigits(token, out value);
        }

        if (second != '\0')
        {
            // "1.500,50" or "1,500.50": the last separator is the decimal mark and occurs once.
            var decimalMark = token[token.LastIndexOfAny(".,'")];
            var groupMark = decimalMark == first ? second : first;
            if (token.Count(decimalMark) != 1 || decimalMark == '\'' || !IsGrouped(token[..token.IndexOf(decimalMark)], groupMark))
            {
                return false;
            }

            return TryCompose(token, groupMark, decimalMark, out value);
        }

        var grouped = IsGrouped(token, first);
        if (first == '\'')
        {
            return grouped && TryCompose(token, first, '\0', out value);
        }

        if (separators > 1)
        {
            return grouped && TryCompose(token, first, '\0', out value);
        }

        // One '.' or ',': grouping when the shape allows it and the language groups with it.
        if (grouped && (first == conventions.Group || first != conventions.Decimal))
        {
            return TryCompose(token, first, '\0', out value);
        }

        return TryCompose(token, '\0', first, out value);
    }

    // Groups of three ("11.000", "5,000,000"), or the Indian grouping by lakh and crore: three
    // digits last, pairs before them ("12,34,567").
    private static bool IsGrouped(ReadOnlySpan<char> token, char group)
    {
        var parts = 0;
        var run = 0;
        var firstRun = -1;
        var middle = 0;
        foreach (var c in token)
        {
            if (c == group)
            {
                if (firstRun < 0)
                {
                    firstRun = run;
                }
                else if (run is not (2 or 3) || (middle != 0 && run != middle))
                {
                    return false;
                }
                else
                {
                    middle = run;
                }

                parts++;
                run = 0;
            }
            else
            {
                run++;
            }
        }

        var indian = middle == 2 && group == ',' && firstRun <= 2;
        return parts > 0 && run == 3 && firstRun is >= 1 and <= 3 && (middle is 0 or 3 || indian);
    }

    private static bool TryCompose(ReadOnlySpan<char> token, char group, char decimalMark, out double value)
    {
        Span<char> buffer = stackalloc char[token.Length];
        var length = 0;
        foreach (var c in token)
        {
            if (c == group)
            {
                continue;
            }

            buffer[length++] = c == decimalMark ? '.' : c;
        }

        return TryExact(buffer[..length], out value)
            || double.TryParse(buffer[..length], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static bool TryDigits(ReadOnlySpan<char> token, out double value) =>
        TryExact(token, out value)
        || double.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);

    // The powers of ten a double holds exactly.
    private static readonly double[] ExactPowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>
    /// Digits with at most one '.' between them and at most 15 digits in all, read without the general parser: the digits
    /// are an integer a double holds exactly and the divisor a power of ten it holds exactly, so the one division is
    /// correctly rounded and gives the very double <see cref="double.TryParse(ReadOnlySpan{char}, System.Globalization.NumberStyles, IFormatProvider?, out double)"/>
    /// gives (the parser's own fast path). Anything else is left to the parser.
    /// </summary>
    private static bool TryExact(ReadOnlySpan<char> digits, out double value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 16 || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[^1]))
        {
            return false;
        }

        long mantissa = 0;
        var count = 0;
        var point = -1;
        for (var i = 0; i < digits.Length; i++)
        {
            var c = digits[i];
            if (char.IsAsciiDigit(c))
            {
                mantissa = mantissa * 10 + (c - '0');
                count++;
            }
            else if (c == '.' && point < 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (count > 15)
        {
            return false;
        }

        value = point < 0 ? mantissa : mantissa / ExactPowersOfTen[digits.Length - 1 - point];
        return true;
    }
}
