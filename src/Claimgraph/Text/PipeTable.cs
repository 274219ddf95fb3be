namespace Claimgraph.Text;

/// <summary>
/// A table written as lines of cells separated by '|', in plain text or Markdown ("System | bestellt | geliefert" /
/// "Panzerhaubitze 2000 | 36 | 28", or "| PzH 2000 | 36 | 28 |" after a delimiter row "|---|---|---|"). A line is part of
/// a table only next to another line with as many cells (a delimiter row or blank lines between them are skipped), so a
/// lone line with bars ("Von Jonas Pfeiffer | 15.12.2026 | Lesezeit: 5 Minuten") is none. The header is the table's first
/// line when none of its cells after the first holds a digit and a row with a digit follows it.
/// </summary>
public static class PipeTable
{
    /// <summary>What the line from <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/> is in a table.</summary>
    public static PipeTableLine LineAt(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        if (line.IndexOf('|') < 0)
        {
            return PipeTableLine.None;
        }

        var cells = CellCount(line);
        if (cells < 2)
        {
            return PipeTableLine.None;
        }

        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var (before, _) = NeighbourCells(text, lineStart, forward: false);
        var (after, afterHasDigit) = NeighbourCells(text, lineEnd, forward: true);
        if (before != cells && after != cells)
        {
            return PipeTableLine.None;
        }

        var digitAfterFirst = HasDigitAfterFirstCell(line);
        if (!digitAfterFirst && before != cells && after == cells && afterHasDigit)
        {
            return PipeTableLine.Header;
        }

        return digitAfterFirst ? PipeTableLine.Row : PipeTableLine.Other;
    }

    /// <summary>The number of cells of a line with bars, without the outer bars of Markdown; 0 without a bar.</summary>
    public static int CellCount(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length > 0 && line[0] == '|')
        {
            line = line[1..];
        }

        if (line.Length > 0 && line[^1] == '|')
        {
            line = line[..^1];
        }

        var bars = line.Count('|');
        return bars == 0 ? 0 : bars + 1;
    }

    /// <summary>Markdown's delimiter row: bars, dashes, colons and spaces only ("|---|:--:|").</summary>
    public static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 0 && line.Contains('-') && line.Contains('|') && !line.ContainsAnyExcept("|-: ");
    }

    private static bool HasDigitAfterFirstCell(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length > 0 && line[0] == '|')
        {
            line = line[1..];
        }

        var bar = line.IndexOf('|');
        return bar >= 0 && line[(bar + 1)..].IndexOfAnyInRange('0', '9') >= 0;
    }

    // The cell count of the next line before or after a line (a delimiter row and blank lines skipped, as a page's reader
    // writes each row as a paragraph of its own), and whether that line has a digit after its first cell.
    private static (int Cells, bool HasDigit) NeighbourCells(string text, int edge, bool forward)
    {
        for (var skipped = 0; skipped < 3; skipped++)
        {
            int from, to;
            if (forward)
            {
                if (edge >= text.Length)
                {
                    return (0, false);
                }

                from = edge + 1;
                var next = text.IndexOf('\n', from);
                to = next < 0 ? text.Length : next;
                edge = to;
            }
            else
            {
                if (edge <= 0)
                {
                    return (0, false);
                }

                to = edge - 1;
                from = to == 0 ? 0 : text.LastIndexOf('\n', to - 1) + 1;
                edge = from;
            }

            var line = text.AsSpan(from, to - from);
            if (IsDelimiterRow(line) || line.IsWhiteSpace())
            {
                continue;
            }

            return (CellCount(line), HasDigitAfterFirstCell(line));
        }

        return (0, false);
    }
}
