namespace Claimgraph.Bench.Throughput;

/// <summary>
/// Makes copy <c>k</c> of an article differ from the others by changing the digits of its amounts,
/// deterministically and without changing the length: every char stays at its offset and an ASCII
/// digit stays an ASCII digit, so the UTF-8 size of a copy equals that of the original.
/// Left alone, so that the text keeps what the engine recognises: digits glued to letters or to
/// a word by a hyphen (model numbers such as "KN-23", "M1989", "2S19", "Shahed-136"), years
/// 1900–2100, dates ("20.11.2024") and clock times ("14:05"). A number's first digit never becomes 0.
/// Copy 0 is the original text.
/// </summary>
public static class NumberVariation
{
    public static string Apply(string text, int copy)
    {
        if (copy == 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, copy), static (chars, state) =>
        {
            var (source, copy) = state;
            source.AsSpan().CopyTo(chars);
            var numberIndex = 0;
            var i = 0;
            while (i < chars.Length)
            {
                // Most of a text has no digit: skip to the next one with a vectorized search.
                var next = chars[i..].IndexOfAnyInRange('0', '9');
                if (next < 0)
                {
                    break;
                }

                var start = i + next;
                var end = NumberEnd(chars, start);
                if (ShouldVary(chars, start, end))
                {
                    // Shift 1..9, different for each copy and each number in it.
                    var shift = 1 + (int)(((uint)copy * 7919u + (uint)numberIndex * 104729u) % 9u);
                    var leading = true;
                    for (var j = start; j < end; j++)
                    {
                        var c = chars[j];
                        if (!char.IsAsciiDigit(c))
                        {
                            continue;
                        }

                        var d = c - '0';
                        d = leading && d != 0 ? 1 + ((d - 1 + shift) % 9) : (d + shift) % 10;
                        chars[j] = (char)('0' + d);
                        leading = false;
                    }
                }

                numberIndex++;
                i = end;
            }
        });
    }

    // Digits with inner separators followed by a digit: "11.000", "1,5", "650'000", "17.11.2024".
    private static int NumberEnd(Span<char> chars, int start)
    {
        var i = start;
        while (i < chars.Length)
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                i++;
            }
            else if (chars[i] is '.' or ',' or '\'' && i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool ShouldVary(Span<char> chars, int start, int end)
    {
        if (start > 0)
        {
            var before = chars[start - 1];
            if (char.IsLetter(before) || (before == '-' && start > 1 && char.IsLetterOrDigit(chars[start - 2])))
            {
                return false;
            }
        }

        if (end < chars.Length && char.IsLetter(chars[end]))
        {
            return false;
        }

        // Clock times and scores: "14:05".
        if ((end + 1 < chars.Length && chars[end] == ':' && char.IsAsciiDigit(chars[end + 1]))
            || (start > 1 && chars[start - 1] == ':' && char.IsAsciiDigit(chars[start - 2])))
        {
            return false;
        }

        if (IsDate(chars[start..end]))
        {
            return false;
        }

        if (end - start == 4 && int.TryParse(chars[start..end], out var year) && year is >= 1900 and <= 2100)
        {
            return false;
        }

        return true;
    }

    // Two or more separators not in groups of three: a date such as "20.11.2024", not "5.000.000"
    // (a decimal such as "1.500,50" is left alone too, which does no harm).
    private static bool IsDate(ReadOnlySpan<char> number)
    {
        var separators = 0;
        var group = -1;
        var irregular = false;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                group = group < 0 ? -1 : group + 1;
                continue;
            }

            if (separators > 0 && group != 3)
            {
                irregular = true;
            }

            separators++;
            group = 0;
        }

        return separators >= 2 && (irregular || group != 3);
    }
}
