namespace Claimgraph.Extraction;

/// <summary>
/// The credit line of a social-media post embedded in a page and scraped as text, standing right after the post's text:
/// an X post's "— Name (@handle) 19. Dezember 2026" (a dash, the author, the handle in brackets, the date), a Telegram
/// post's "Kanal · 187.3K Aufrufe · 09:12" (the channel, then parts set off by a middle dot, a bullet or a bar, one of
/// them a count of views). The author or channel is who says what the paragraph before says; the line itself states
/// nothing (its date and view count are no claims).
/// </summary>
internal static class PostCredit
{
    // Parts of a Telegram credit line are set off by these.
    private static readonly char[] Separators = ['·', '•', '|'];

    // An eye before a bare view count ("👁 187.3K") marks it as views, as a view word after it does.
    private const string Eye = "\U0001F441";

    // Letters below this are Latin (Basic Latin to Latin Extended-B).
    private const char LatinEnd = '\u0250';

    // An X credit without the leading dash still is one when no more than this stands after the handle (a date).
    private const int MaxDateLength = 40;

    /// <summary>The author or channel a line credits with the post before it, or null when the line is no such credit.</summary>
    public static string? NameOf(ReadOnlySpan<char> line, IReadOnlySet<string> viewWords)
    {
        // Every paragraph is asked: only a line with a handle or a separator is copied and parsed.
        line = line.Trim();
        if (line.IndexOf("(@", StringComparison.Ordinal) < 0 && line.IndexOfAny(Separators) < 0)
        {
            return null;
        }

        var text = line.ToString();
        return HandleCredit(text) ?? ViewsCredit(text, viewWords);
    }

    /// <summary>"— Daniel Kersting (@dkersting_osint) 20. Dezember 2026": the name before the handle.</summary>
    private static string? HandleCredit(string line)
    {
        var open = line.IndexOf("(@", StringComparison.Ordinal);
        if (open <= 0)
        {
            return null;
        }

        var close = open + 2;
        while (close < line.Length && (char.IsAsciiLetterOrDigit(line[close]) || line[close] == '_'))
        {
            close++;
        }

        if (close == open + 2 || close >= line.Length || line[close] != ')')
        {
            return null;
        }

        var dashed = line[0] == '-';
        var after = line.AsSpan(close + 1).Trim();
        if (!dashed && (after.Length > MaxDateLength || !after.ContainsAny("0123456789")))
        {
            return null;
        }

        var name = line[(dashed ? 1 : 0)..open].Trim();
        return name.Length > 0 ? InLatinLetters(name) : null;
    }

    /// <summary>"Volodymyr Zelenskyy / Володимир Зеленський", "95 ОДШБр | 95th Air Assault Brigade": of a name given in two
    /// scripts, set off by a spaced slash or bar, the first written in Latin letters; else the name as given.</summary>
    private static string InLatinLetters(string name)
    {
        var forms = name.Split([" / ", " | "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var form in forms)
        {
            if (form.All(c => !char.IsLetter(c) || c < LatinEnd))
            {
                return form;
            }
        }

        return name;
    }

    /// <summary>"Два майора · 187.3K Aufrufe · 09:12": the channel before a part that counts views.</summary>
    private static string? ViewsCredit(string line, IReadOnlySet<string> viewWords)
    {
        var parts = line.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0].Any(char.IsDigit) || !parts[0].Any(char.IsLetter))
        {
            return null;
        }

        for (var i = 1; i < parts.Length; i++)
        {
            if (CountsViews(parts[i], viewWords))
            {
                return parts[0];
            }
        }

        return null;
    }

    /// <summary>"187.3K Aufrufe", "12,4 Tsd. views", "👁 214.6K": a count with an optional magnitude, then a view word or after an eye.</summary>
    private static bool CountsViews(string part, IReadOnlySet<string> viewWords)
    {
        var eye = part.StartsWith(Eye, StringComparison.Ordinal);
        var words = part[(eye ? Eye.Length : 0)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !char.IsAsciiDigit(words[0][0]))
        {
            return false;
        }

        // The count and a magnitude glued to it ("187.3K") or standing after it ("12,4 Tsd.").
        var next = 1;
        if (next < words.Length && words[next] is "K" or "M" or "Tsd." or "Mio.")
        {
            next++;
        }

        return next == words.Length ? eye
            : next == words.Length - 1 && viewWords.Contains(words[next].ToLowerInvariant());
    }
}
