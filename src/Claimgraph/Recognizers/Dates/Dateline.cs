using Claimgraph.Text;

namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// Finds an article's publication stamp: "Stand: 17.11.2024 08:39 Uhr", "15.10.2024, 04:15",
/// "Veröffentlicht am 3. März 2025, 12:00 Uhr". The stamp is looked for in the head of the
/// article (its first lines), where it may carry a label or stand on a line of its own or nearly
/// so, and then in its last lines, where it needs a label. Dates deeper in the page (reader
/// comments with their own timestamps, related stories) are not taken. The first stamp wins.
/// </summary>
public static class Dateline
{
    /// <summary>How many non-blank lines count as the head of an article.</summary>
    public const int HeadLines = 15;

    /// <summary>How many non-blank lines at the end are searched for a labelled stamp.</summary>
    public const int TailLines = 5;

    /// <summary>How many letters a line may hold besides an unlabelled stamp ("Dienstag", "Lesezeit").</summary>
    private const int MaxOtherLetters = 20;

    /// <summary>How many digits a line may hold besides an unlabelled stamp ("Lesezeit: 3 Minuten").</summary>
    private const int MaxOtherDigits = 2;

    /// <summary>The fewest digits a date with a year is written with ("1.5.24", "3. Mai 25").</summary>
    private const int MinStampDigits = 3;

    /// <summary>The most letters a stamp holds: "Donnerstag, 17. September 2024 um 08:39 Uhr" has 24.</summary>
    private const int MaxStampLetters = 32;

    /// <summary>The most digits a stamp holds: "17.11.2024 08:39:15".</summary>
    private const int MaxStampDigits = 14;

    /// <summary>
    /// How much of a line without a label a wire dateline is looked for in: a place, a stamp and an
    /// agency ("Kiew, Dienstag, 17. September 2024, 08:39 Uhr (dpa) -") fit in far less.
    /// </summary>
    private const int WireHeadChars = 160;

    /// <summary>The comma after a wire dateline's place is one of the line's first four tokens ("Den Haag,").</summary>
    private const int WirePlaceTokens = 4;

    // The date tokens of a line live only during one call: one buffer per thread serves every call.
    [ThreadStatic]
    private static DateToken[]? t_buffer;

    /// <summary>The publication date and time; midnight when the stamp gives no time.</summary>
    public static bool TryFind(string text, DateLexicon lexicon, out DateTime published)
    {
        published = default;
        if (string.IsNullOrEmpty(text) || lexicon is null)
        {
            return false;
        }

        // Only the head and the tail are read: the lines between them are not even split.
        Span<TextSpan> head = stackalloc TextSpan[HeadLines];
        var headCount = HeadOf(text, head, out var headEnd);
        for (var i = 0; i < headCount; i++)
        {
            if (TryLine(text, head[i], lexicon, requireLabel: false, out published))
            {
                return true;
            }
        }

        // An article of no more lines than its head has no tail apart from it.
        Span<TextSpan> tail = stackalloc TextSpan[TailLines];
        var tailCount = headCount == HeadLines ? TailOf(text, headEnd, tail) : 0;
        for (var i = tail.Length - tailCount; i < tail.Length; i++)
        {
            if (TryLine(text, tail[i], lexicon, requireLabel: true, out published))
            {
                return true;
            }
        }

        published = default;
        return false;
    }

    /// <summary>
    /// The first non-blank lines of the text, as many as <paramref name="lines"/> holds (their count), and where the
    /// last of them ends.
    /// </summary>
    private static int HeadOf(string text, Span<TextSpan> lines, out int end)
    {
        var count = 0;
        var start = 0;
        end = 0;
        while (start <= text.Length && count < lines.Length)
        {
            end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (!text.AsSpan(start, end - start).IsWhiteSpace())
            {
                lines[count++] = new TextSpan(start, end);
            }

            start = end + 1;
        }

        return count;
    }

    /// <summary>
    /// The last non-blank lines of the text that start after <paramref name="after"/> (the end of the head), found
    /// from the end backwards: as many as <paramref name="lines"/> holds, at its end in text order (their count).
    /// </summary>
    private static int TailOf(string text, int after, Span<TextSpan> lines)
    {
        var count = 0;
        var end = text.Length;
        while (end > after && count < lines.Length)
        {
            // A line starts after the line break before it, or at the start of the text.
            var start = text.LastIndexOf('\n', end - 1) + 1;
            if (start <= after)
            {
                break;
            }

            if (!text.AsSpan(start, end - start).IsWhiteSpace())
            {
                lines[lines.Length - ++count] = new TextSpan(start, end);
            }

            end = start - 1;
        }

        return count;
    }

    private static bool TryLine(string text, TextSpan line, DateLexicon lexicon, bool requireLabel, out DateTime published)
    {
        published = default;
        // Most lines of an article are sentences: too few digits for a date with a year, or too many
        // letters for an unlabelled stamp; they are let go before they are read into date tokens. Digits are counted
        // only as far as that needs: to the fewest a stamp has, then, on a line with few enough letters, to the most a
        // stamp standing alone may hold.
        if (CountDigits(text, line, MinStampDigits) < MinStampDigits)
        {
            return false;
        }

        // A line of prose is read only as far as a wire dateline can reach, unless a label may be in it.
        var labelled = MayHoldLabel(text.AsSpan(line.Start, line.Length), lexicon);
        if (requireLabel && !labelled)
        {
            return false;
        }

        // Letters are counted only as far as an unlabelled stamp's line may hold them.
        var lineLetters = CountLetters(text, line, MaxOtherLetters + MaxStampLetters + 1);
        var (lineDigits, standsAlone) = (0, false);
        if (lineLetters <= MaxOtherLetters + MaxStampLetters)
        {
            lineDigits = CountDigits(text, line, MaxOtherDigits + MaxStampDigits + 1);
            standsAlone = lineDigits <= MaxOtherDigits + MaxStampDigits;
        }

        if (!labelled && !standsAlone && !OpensWithComma(text, line))
        {
            return false;
        }

        var readEnd = labelled || standsAlone ? line.End : WireHead(text, line);
        var buffer = t_buffer;
        var tokens = DateTokens.Read(text, line.Start, readEnd, ref buffer);
        t_buffer = buffer;
        var scanner = DateScanner.ForThisThread(lexicon, tokens, null);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!lexicon.DatelineLabels.Match(tokens, i, out _, out var next))
            {
                continue;
            }

            if (tokens.IsSymbol(next, ':'))
            {
                next++;
            }

            if (tokens.SameLine(next) && TryStamp(scanner, tokens, lexicon, next, out published, out _))
            {
                return true;
            }
        }

        if (requireLabel)
        {
            return false;
        }

        // A wire dateline that opens the first paragraph: "Kiew, 13.12.2024 (dpa) - Russland hat …".
        for (var i = 1; i < tokens.Count && i <= WirePlaceTokens; i++)
        {
            if (tokens.IsSymbol(i - 1, ',') && TryStamp(scanner, tokens, lexicon, i, out published, out var stampEnd) && OpensWireText(tokens, stampEnd))
            {
                return true;
            }
        }

        if (!standsAlone)
        {
            return false;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!TryStamp(scanner, tokens, lexicon, i, out published, out var end))
            {
                continue;
            }

            var stamp = new TextSpan(tokens[i].Start, tokens[end - 1].End);
            var (stampLetters, stampDigits) = (CountLetters(text, stamp, int.MaxValue), CountDigits(text, stamp, int.MaxValue));
            if (lineDigits - stampDigits <= MaxOtherDigits && lineLetters - stampLetters <= MaxOtherLetters)
            {
                return true;
            }
        }

        published = default;
        return false;
    }

    /// <summary>
    /// Whether the first word of some label starts a word of the line: a quick no before reading it into tokens. Found
    /// inside a word ("Widerstand", "hergestellt") it starts no token, so no label.
    /// </summary>
    private static bool MayHoldLabel(ReadOnlySpan<char> line, DateLexicon lexicon)
    {
        var at = 0;
        while (at < line.Length)
        {
            var found = line[at..].IndexOfAny(lexicon.DatelineLabelStarts);
            if (found < 0)
            {
                return false;
            }

            at += found;
            if (at == 0 || !char.IsLetter(line[at - 1]))
            {
                return true;
            }

            at++;
        }

        return false;
    }

    /// <summary>Whether one of the first <see cref="WirePlaceTokens"/> tokens of the line is a comma, as after the place of a wire dateline.</summary>
    private static bool OpensWithComma(string text, TextSpan line)
    {
        // A comma token is a comma character: a line without one opens with none.
        if (!text.AsSpan(line.Start, line.Length).Contains(','))
        {
            return false;
        }

        var buffer = t_buffer;
        var head = DateTokens.Read(text, line.Start, line.End, ref buffer, WirePlaceTokens);
        t_buffer = buffer;
        for (var i = 0; i < head.Count; i++)
        {
            if (head.IsSymbol(i, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the head of a line a wire dateline can stand in, at a space so no token is cut.</summary>
    private static int WireHead(string text, TextSpan line)
    {
        if (line.Length <= WireHeadChars)
        {
            return line.End;
        }

        var end = line.Start + WireHeadChars;
        while (end < line.End && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>An optional weekday, a date with a year, and an optional clock time after a separator.</summary>
    private static bool TryStamp(DateScanner scanner, DateTokens tokens, DateLexicon lexicon, int index, out DateTime published, out int end)
    {
        published = default;
        end = index;
        if (lexicon.Weekdays.Match(tokens, index, out _, out var afterWeekday) && tokens.SameLine(afterWeekday))
        {
            index = tokens.IsSymbol(afterWeekday, ',') ? afterWeekday + 1 : afterWeekday;
        }

        if (!(scanner.TryNumericDay(index, out var point, out var next) ||
              scanner.TryNamedDay(index, out point, out next) ||
              scanner.TryIsoDay(index, out point, out next)) ||
            point.Year is not { } year || point.Month is not { } month || point.Day is not { } day ||
            day > CalendarMath.DaysInMonth(year, month))
        {
            return false;
        }

        var time = TimeOnly.MinValue;
        var clockAt = next;
        if (tokens.SameLine(clockAt) && lexicon.DatelineTimeSeparators.Match(tokens, clockAt, out _, out var afterSeparator))
        {
            clockAt = afterSeparator;
        }

        if (tokens.SameLine(clockAt) && !tokens.Glued(clockAt) && scanner.TryClock(clockAt, out var clock, out var afterClock))
        {
            time = clock;
            next = afterClock;
        }

        published = new DateOnly(year, month, day).ToDateTime(time);
        end = next;
        return true;
    }

    /// <summary>After a dateline's stamp: an optional agency in brackets, then a dash ("(dpa) -", "-").</summary>
    private static bool OpensWireText(DateTokens tokens, int index)
    {
        if (tokens.IsSymbol(index, '('))
        {
            var close = index + 1;
            while (close < tokens.Count && close <= index + 4 && !tokens.IsSymbol(close, ')'))
            {
                close++;
            }

            if (!tokens.IsSymbol(close, ')'))
            {
                return false;
            }

            index = close + 1;
        }

        return tokens.SameLine(index) && (tokens.IsSymbol(index, '-') || tokens.IsSymbol(index, '–'));
    }

    /// <summary>The letters in the span, counted up to <paramref name="cap"/>.</summary>
    private static int CountLetters(string text, TextSpan span, int cap)
    {
        var letters = 0;
        for (var i = span.Start; i < span.End && letters < cap; i++)
        {
            if (char.IsLetter(text[i]))
            {
                letters++;
            }
        }

        return letters;
    }

    /// <summary>
    /// The ASCII digits in the span (the only ones a date token is made of), found by a vectorized search, counted up to
    /// <paramref name="cap"/> (a line with more is no stamp standing alone; a paragraph may hold hundreds).
    /// </summary>
    private static int CountDigits(string text, TextSpan span, int cap)
    {
        var digits = 0;
        var rest = text.AsSpan(span.Start, span.Length);
        for (var next = rest.IndexOfAnyInRange('0', '9'); next >= 0 && digits < cap; next = rest.IndexOfAnyInRange('0', '9'))
        {
            digits++;
            rest = rest[(next + 1)..];
        }

        return digits;
    }
}
