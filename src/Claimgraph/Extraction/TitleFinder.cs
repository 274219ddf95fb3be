using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>
/// Finds a plain-text article's headline among its first lines: the first line of headline shape
/// (starts with a capital or digit, four to twenty words, no final period, not page furniture such
/// as section labels, datelines or captions). Without one, the first line of at least twelve
/// characters stands in.
/// </summary>
internal static class TitleFinder
{
    private const int LinesToSearch = 10;
    private const int MinimumWords = 4;
    private const int MaximumWords = 20;
    private const int MaximumLength = 300;

    /// <summary>The span of the title line in <paramref name="text"/>, if any, at most 300 characters.</summary>
    public static TextSpan? Find(string text, IReadOnlyList<TextSpan> furniture)
    {
        TextSpan? fallback = null;
        var start = 0;
        for (var lineNumber = 0; lineNumber < LinesToSearch && start < text.Length; lineNumber++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start);
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                var lineStart = start + (line.Length - line.TrimStart().Length);
                var span = new TextSpan(lineStart, lineStart + Math.Min(trimmed.Length, MaximumLength));
                fallback ??= trimmed.Length >= 12 ? span : null;
                if (!InFurniture(furniture, start) && LooksLikeHeadline(trimmed))
                {
                    return span;
                }
            }

            start = end + 1;
        }

        return fallback;
    }

    private static bool LooksLikeHeadline(ReadOnlySpan<char> line)
    {
        if (!(char.IsUpper(line[0]) || char.IsDigit(line[0])) || line[^1] is '.' or ',' or ';' or ':')
        {
            return false;
        }

        var words = 0;
        var digits = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord)
            {
                words++;
            }

            digits += char.IsDigit(c) ? 1 : 0;
            inWord = letter;
        }

        // A dateline ("17.11.2024, 08:39 Uhr") is mostly digits.
        return words is >= MinimumWords and <= MaximumWords && digits * 2 < line.Length;
    }

    private static bool InFurniture(IReadOnlyList<TextSpan> furniture, int position)
    {
        foreach (var span in furniture)
        {
            if (span.Contains(position))
            {
                return true;
            }
        }

        return false;
    }
}
