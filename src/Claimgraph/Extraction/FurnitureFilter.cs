using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>
/// Marks the lines of a page that are not the article: credits and captions, comment sections and
/// everything after them, "Mehr zum Thema" blocks, donation boxes, and short label lines.
/// </summary>
public sealed class FurnitureFilter
{
    private readonly FurnitureLexicon _lexicon;

    public FurnitureFilter(FurnitureLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The spans of furniture lines in the text, in order.</summary>
    public List<TextSpan> Find(string text)
    {
        var furniture = new List<TextSpan>();
        var inBlock = false;
        // The items of a list an article line opens with a colon ("Dazu zählen:") are content however short.
        var inList = false;
        int? captionAt = null;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                var words = CountWords(line);
                var runningText = words >= 12 && line[^1] is '.' or '"' or '!' or '?';
                if (IsEndMarker(line, words))
                {
                    furniture.Add(new TextSpan(start, text.Length));
                    return furniture;
                }

                if (StartsWithAny(line, _lexicon.BlockMarkers) && words <= 8)
                {
                    inBlock = true;
                }
                else if (inBlock && runningText && line[^1] != '!')
                {
                    // A call to action ends in "!" ("Jetzt 3 Monate für 1 Euro testen!"): still the box.
                    inBlock = false;
                }

                // "Kampfpanzer: 4.150": a row of a table is content however short.
                var dataRow = IsDataRow(line, words);
                var listItem = (inList && IsListMark(line[0])) || dataRow;
                // "Grafik: Belegte russische Verluste … | Quelle: Oryx" over the rows of a table is its caption: content.
                if (dataRow && captionAt is { } caption && furniture.Count > 0 && furniture[^1].Start == caption)
                {
                    furniture.RemoveAt(furniture.Count - 1);
                    inBlock = false;
                }

                captionAt = !dataRow && StartsWithAny(line, _lexicon.LinePrefixes) ? start : null;
                if (inBlock || StartsWithAny(line, _lexicon.LinePrefixes) || (words < _lexicon.MinimumWords && !runningText && !listItem))
                {
                    furniture.Add(new TextSpan(start, end));
                    inList = false;
                }
                else
                {
                    inList = listItem || line[^1] == ':';
                }
            }

            start = end + 1;
        }

        return furniture;
    }

    /// <summary>A label, a colon and a number only: "Kampfpanzer: 4.150", "Mehrfachraketenwerfer: 520".</summary>
    public static bool IsDataRow(ReadOnlySpan<char> line) => IsDataRow(line, CountWords(line));

    private static bool IsDataRow(ReadOnlySpan<char> line, int words)
    {
        var colon = line.LastIndexOf(':');
        if (colon <= 0 || words > 5 || !char.IsLetter(line[0]))
        {
            return false;
        }

        var value = line[(colon + 1)..].Trim();
        if (value.Length == 0 || !char.IsDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsDigit(c) || c is '.' or ',' or '\'' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsEndMarker(ReadOnlySpan<char> line, int words)
    {
        // "Kommentare", "13 Kommentare": a counter may stand before the marker.
        var rest = line.TrimStart("0123456789 ".AsSpan());
        return words <= 8 && StartsWithAny(rest, _lexicon.EndMarkers);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> line, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                // A prefix that is a word must end at a word boundary ("Kommentare" but not "Kommentarespalte").
                if (line.Length == prefix.Length || !char.IsLetter(prefix[^1]) || !char.IsLetter(line[prefix.Length]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int CountWords(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>A character that opens a list item ("- 31 Kampfpanzer", "• …").</summary>
    public static bool IsListMark(char c) => c is '-' or '•' or '*' or '–' or '·';
}
