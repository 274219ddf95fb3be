namespace Claimgraph.Text;

/// <summary>
/// Finds quotations in normalized text, where „…“, “…”, «…» and »…« have all been folded to '"'.
/// Whether a '"' opens or closes is decided by its neighbours: it can open at the start of the text
/// or after whitespace or one of <c>( [ { : / -</c>, with no whitespace after it; it can close
/// before the end, whitespace or punctuation, with no whitespace before it. Marks pair up like
/// brackets, so nested quotations are found too. A quotation never spans a line break; marks that
/// find no partner are ignored. Linear in the length of the text.
/// </summary>
public static class QuotationFinder
{
    /// <summary>All quotations in <paramref name="text"/>, in order of their start.</summary>
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, new TextSpan(0, text.Length));
    }

    /// <summary>
    /// The quotations inside <paramref name="range"/> of <paramref name="text"/>, in order of their
    /// start; an outer quotation comes before the ones nested in it. The marks at the range's ends
    /// are judged as if the range were the whole text.
    /// </summary>
    public static IReadOnlyList<TextSpan> Find(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(range.Start, 0, text.Length);
        var end = Math.Clamp(range.End, start, text.Length);
        if (text.AsSpan(start, end - start).IndexOf('"') < 0)
        {
            return [];
        }

        // Each opening mark reserves a slot in order of position; a closing mark fills the slot of
        // the innermost open quotation. Slots never filled are dropped at the end.
        var slots = new List<TextSpan>();
        var open = new Stack<int>(); // slot indexes
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                open.Clear();
                continue;
            }

            if (c != '"')
            {
                continue;
            }

            var canOpen = CanOpen(text, i, start, end);
            var canClose = CanClose(text, i, start, end);
            if (canClose && open.Count > 0)
            {
                var slot = open.Pop();
                slots[slot] = new TextSpan(slots[slot].Start, i + 1);
            }
            else if (canOpen)
            {
                open.Push(slots.Count);
                slots.Add(new TextSpan(i, i));
            }
        }

        var found = new List<TextSpan>(slots.Count);
        foreach (var span in slots)
        {
            if (!span.IsEmpty)
            {
                found.Add(span);
            }
        }

        return found;
    }

    /// <summary>The quotations not nested in another one, in order.</summary>
    public static IReadOnlyList<TextSpan> Outermost(IReadOnlyList<TextSpan> quotations)
    {
        ArgumentNullException.ThrowIfNull(quotations);
        if (quotations.Count < 2)
        {
            return quotations;
        }

        var outer = new List<TextSpan>();
        foreach (var span in quotations)
        {
            if (outer.Count == 0 || span.Start >= outer[^1].End)
            {
                outer.Add(span);
            }
        }

        return outer;
    }

    private static bool CanOpen(string text, int i, int start, int end)
    {
        if (i + 1 >= end || char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        if (i == start)
        {
            return true;
        }

        var before = text[i - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '{' or ':' or '/' or '-' or '"' or '\'';
    }

    private static bool CanClose(string text, int i, int start, int end)
    {
        if (i == start || char.IsWhiteSpace(text[i - 1]))
        {
            return false;
        }

        if (i + 1 >= end)
        {
            return true;
        }

        var after = text[i + 1];
        return char.IsWhiteSpace(after) || char.IsPunctuation(after) || char.IsSymbol(after);
    }
}
