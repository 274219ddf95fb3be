using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>
/// Marks the lines of a page that are not the article: credits and captions, comment sections and
/// everything after them, "Mehr zum Thema" blocks, donation boxes, and short label lines.
/// </summary>
public sealed class FurnitureFilter
{
    // A line of this many words or more that ends like a sentence is running text.
    private const int RunningTextWords = 12;

    // The most words a row of a table has ("Schwere Kampfpanzer: 4.150").
    private const int MaxDataRowWords = 5;
    private const int MaxLabelWords = 4;

    private readonly FurnitureLexicon _lexicon;
    private readonly LinePrefixSet _linePrefixes;
    private readonly LinePrefixSet _endMarkers;
    private readonly LinePrefixSet _blockMarkers;

    public FurnitureFilter(FurnitureLexicon lexicon)
    {
        _lexicon = lexicon;
        _linePrefixes = new LinePrefixSet(lexicon.LinePrefixes);
        _endMarkers = new LinePrefixSet(lexicon.EndMarkers);
        _blockMarkers = new LinePrefixSet(lexicon.BlockMarkers);
    }

    /// <summary>The spans of furniture lines in the text, in order.</summary>
    public List<TextSpan> Find(string text)
    {
        var furniture = new List<TextSpan>();
        var inBlock = false;
        // The items of a list an article line opens with a colon ("Dazu zählen:") are content however short.
        var inList = false;
        int? captionAt = null;
        // The start of the line before when it was furniture only for being short.
        int? shortAt = null;
        // A comment counter in the header ("Publiziert: 08.03.2026, 06:45 / 4 Kommentare") stands after the lead at
        // most: only a marker after the lead and a paragraph of the body opens the comment section that ends the text.
        var runningTextLines = 0;
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
                // Words are counted only as far as a rule below looks.
                var words = CountWords(line, Math.Max(RunningTextWords, _lexicon.MinimumWords));
                var runningText = words >= RunningTextWords && line[^1] is '.' or '"' or '!' or '?';
                if (IsEndMarker(line, words))
                {
                    if (runningTextLines >= 2)
                    {
                        furniture.Add(new TextSpan(start, text.Length));
                        return furniture;
                    }

                    furniture.Add(new TextSpan(start, end));
                    start = end + 1;
                    continue;
                }

                runningTextLines += runningText ? 1 : 0;

                if (words <= 8 && _blockMarkers.StartsLine(line))
                {
                    inBlock = true;
                }
                else if (inBlock && runningText && line[^1] != '!')
                {
                    // A call to action ends in "!" ("Jetzt 3 Monate für 1 Euro testen!"): still the box.
                    inBlock = false;
                }

                // "Kampfpanzer: 4.150": a row of a table is content however short.
                // "System | bestellt | geliefert" over "Panzerhaubitze 2000 | 36 | 28": a table's header and rows too.
                var tableLine = line.Contains('|') ? PipeTable.LineAt(text, start, end) : PipeTableLine.None;
                var dataRow = IsDataRow(line, words) || tableLine is PipeTableLine.Header or PipeTableLine.Row;
                var listItem = (inList && IsListMark(line[0])) || dataRow;
                // "Lieferstand (Quelle: BMVg)" right over a table's header is the table's title, however short.
                if (tableLine == PipeTableLine.Header && shortAt is { } title && furniture.Count > 0 && furniture[^1].Start == title)
                {
                    furniture.RemoveAt(furniture.Count - 1);
                }

                // "Grafik: Belegte russische Verluste … | Quelle: Oryx" over the rows of a table is its caption: content.
                if (dataRow && captionAt is { } caption && furniture.Count > 0 && furniture[^1].Start == caption)
                {
                    furniture.RemoveAt(furniture.Count - 1);
                    inBlock = false;
                }

                var prefixed = _linePrefixes.StartsLine(line) || (!runningText && IsCall(line));
                captionAt = !dataRow && prefixed ? start : null;
                var isShort = words < _lexicon.MinimumWords && !runningText && !listItem && !IsNumberHeading(line);
                shortAt = isShort && !inBlock && !prefixed ? start : null;
                if (inBlock || prefixed || isShort)
                {
                    furniture.Add(new TextSpan(start, end));
                    inList = false;
                }
                else
                {
                    inList = listItem || line[^1] == ':';
                    // "Wir berichten seit 2021. Unterstützen Sie uns – schon ab 5 Euro im Monat.": a donation or
                    // subscription call in a line of text is furniture from its sentence to the end of the line.
                    if (CallWithin(text.AsSpan(start, end - start)) is { } call)
                    {
                        furniture.Add(new TextSpan(start + call, end));
                    }
                }
            }

            start = end + 1;
        }

        return furniture;
    }

    /// <summary>A short line ending in a call to action ("… für 0,99 € testen!").</summary>
    private bool IsCall(ReadOnlySpan<char> line)
    {
        if (line[^1] != '!')
        {
            return false;
        }

        foreach (var ending in _lexicon.CallEndings)
        {
            if (line.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a sentence inside the line opens with a block marker ("… 2021. Unterstützen Sie …"), if one does.</summary>
    private int? CallWithin(ReadOnlySpan<char> line)
    {
        var from = 0;
        while (from < line.Length)
        {
            var stop = line[from..].IndexOf(". ");
            if (stop < 0)
            {
                return null;
            }

            var next = from + stop + 2;
            if (_blockMarkers.StartsLine(line[next..]))
            {
                return next;
            }

            from = next;
        }

        return null;
    }

    /// <summary>A label, a colon (or a spaced dash) and a number only: "Kampfpanzer: 4.150", "Mehrfachraketenwerfer: 520",
    /// "Panzer – 11.384 (+7)"; a qualifier word may stand before the number ("Personal – etwa 1.187.450") and the day's
    /// change in brackets after it.</summary>
    // Most lines have neither a colon nor a dash: that is looked for (vectorized) before the words are counted.
    public static bool IsDataRow(ReadOnlySpan<char> line) => RowSeparator(line) > 0 && IsDataRow(line, CountWords(line, MaxDataRowWords + 1));

    /// <summary>The row's separator: the last colon of the line, else the first dash with a space on each side; -1 if none.</summary>
    private static int RowSeparator(ReadOnlySpan<char> line)
    {
        var colon = line.LastIndexOf(':');
        if (colon > 0)
        {
            return colon;
        }

        // Not the hyphen of a word ("Operativ-taktische Drohnen - 88.215").
        for (var from = 0; from < line.Length;)
        {
            var dash = line[from..].IndexOfAny('–', '—', '-');
            if (dash < 0)
            {
                return -1;
            }

            dash += from;
            if (dash > 1 && dash + 1 < line.Length && line[dash - 1] == ' ' && line[dash + 1] == ' ')
            {
                return dash;
            }

            from = dash + 1;
        }

        return -1;
    }

    /// <summary>Whether a character separates a row's label from its number ("Panzer: 11.718", "Panzer – 11.384").</summary>
    public static bool IsRowSeparator(char c) => c is ':' or '–' or '—' or '-';

    private static bool IsDataRow(ReadOnlySpan<char> line, int words)
    {
        // The words of the label are counted, not those of the number ("Operativ-taktische Drohnen – 88.215 (+286)").
        var separator = RowSeparator(line);
        if (separator <= 0 || (words > MaxDataRowWords && CountWords(line[..separator], MaxLabelWords + 1) > MaxLabelWords) || !char.IsLetter(line[0]))
        {
            return false;
        }

        var value = line[(separator + 1)..].Trim();
        // "(+7)", "(plus 6)": the day's change after the number.
        if (value.Length > 2 && value[^1] == ')' && value.LastIndexOf('(') is var open and > 0)
        {
            foreach (var c in value[(open + 1)..^1])
            {
                if (!(char.IsLetterOrDigit(c) || c is '+' or '-' or '−' or '.' or ',' or '\'' or ' '))
                {
                    return false;
                }
            }

            value = value[..open].TrimEnd();
        }

        // "etwa 1.187.450": one qualifier word before the number.
        var word = 0;
        while (word < value.Length && (char.IsLetter(value[word]) || (word > 0 && value[word] == '.')))
        {
            word++;
        }

        if (word > 0 && word < value.Length && value[word] == ' ')
        {
            value = value[(word + 1)..];
        }

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

    /// <summary>
    /// "2. 840'000", "4. 1,5 Millionen": an item number, a period and a number only, with one word after it at most, is the
    /// heading of a listicle's item (the paragraph after it says what the number counts): content however short. A number
    /// alone ("47") stays furniture: a counter looks the same.
    /// </summary>
    public static bool IsNumberHeading(ReadOnlySpan<char> line)
    {
        var item = 0;
        while (item < line.Length && char.IsAsciiDigit(line[item]))
        {
            item++;
        }

        if (item is 0 or > 2 || item + 2 >= line.Length || line[item] != '.' || line[item + 1] != ' ' || !char.IsAsciiDigit(line[item + 2]))
        {
            return false;
        }

        var value = line[(item + 2)..];
        var number = 0;
        while (number < value.Length && (char.IsAsciiDigit(value[number]) || value[number] is '.' or ',' or '\'' or '’'))
        {
            number++;
        }

        // "1,5 Millionen", "18 Prozent": one word after the number.
        var rest = value[number..];
        if (rest.Length == 0)
        {
            return true;
        }

        if (rest[0] != ' ' || rest.Length == 1)
        {
            return false;
        }

        foreach (var c in rest[1..])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // "Kommentare", "13 Kommentare": a counter may stand before the marker.
    private bool IsEndMarker(ReadOnlySpan<char> line, int words) =>
        words <= 8 && _endMarkers.StartsLine(line.TrimStart("0123456789 ".AsSpan()));

    private static int CountWords(ReadOnlySpan<char> line, int cap)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (words >= cap)
            {
                break;
            }

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
