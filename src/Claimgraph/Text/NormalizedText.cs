using System.Text;

namespace Claimgraph.Text;

/// <summary>
/// A document's text as read (<see cref="Original"/>) and the form the pipeline works on
/// (<see cref="Text"/>): Unicode NFC, typographic quotes and dashes folded to ASCII, no-break and
/// other exotic spaces turned into plain spaces, soft hyphens and zero-width characters removed,
/// CR LF turned into LF. Offsets in <see cref="Text"/> map back to <see cref="Original"/> so that
/// evidence spans always point into the text as read.
/// </summary>
public sealed class NormalizedText
{
    // map[i] = offset in Original of the character at Text[i]; map[Text.Length] = Original.Length.
    // Null when Text and Original are the same length and aligned one to one.
    private readonly int[]? _map;

    private NormalizedText(string original, string text, int[]? map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    public string Original { get; }

    public string Text { get; }

    public int ToOriginal(int index) => _map is null ? index : _map[Math.Clamp(index, 0, _map.Length - 1)];

    public TextSpan ToOriginal(TextSpan span)
    {
        if (_map is null)
        {
            return span;
        }

        var start = ToOriginal(span.Start);
        // The end maps through the last character inside the span so that removed characters
        // right after the span are not pulled into it.
        var end = span.Length == 0 ? start : ToOriginal(span.End - 1) + 1;
        return new TextSpan(start, end);
    }

    public static NormalizedText From(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.IsNormalized(NormalizationForm.FormC) && !NeedsFolding(original))
        {
            return new NormalizedText(original, original, null);
        }

        var builder = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        var i = 0;
        while (i < original.Length)
        {
            var start = i;
            // A base character and the combining marks after it compose together.
            var end = i + 1;
            while (end < original.Length && IsCombining(original[end]))
            {
                end++;
            }

            if (char.IsHighSurrogate(original[i]) && end < original.Length && char.IsLowSurrogate(original[end]))
            {
                end++;
            }

            var cluster = original.AsSpan(start, end - start);
            if (original[start] == '\r')
            {
                if (end < original.Length && original[end] == '\n')
                {
                    i = end; // drop CR of CR LF: the LF that follows maps to itself
                    continue;
                }

                Append(builder, map, '\n', start);
                i = end;
                continue;
            }

            if (cluster.Length == 1)
            {
                var folded = Fold(cluster[0]);
                if (folded != '\0')
                {
                    Append(builder, map, folded, start);
                }

                i = end;
                continue;
            }

            var normal = cluster.ToString().Normalize(NormalizationForm.FormC);
            foreach (var c in normal)
            {
                var folded = Fold(c);
                if (folded != '\0')
                {
                    Append(builder, map, folded, start);
                }
            }

            i = end;
        }

        map.Add(original.Length);
        var text = builder.ToString();
        return new NormalizedText(original, text, map.ToArray());
    }

    private static void Append(StringBuilder builder, List<int> map, char c, int originalIndex)
    {
        builder.Append(c);
        map.Add(originalIndex);
    }

    private static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (c == '\r' || (c > '\x7f' && Fold(c) != c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folded form of one character, or '\0' when the character is dropped.</summary>
    internal static char Fold(char c) => c switch
    {
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u2004'
            or '\u2005' or '\u2006' or '\u2008' or '\u3000' => ' ',
        '\u2010' or '\u2011' => '-',
        '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => '"',
        '\u2028' or '\u2029' => '\n',
        '\u2026' => '.',
        _ => c,
    };
}
