using Claimgraph.Text;

namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// Finds time expressions in normalized text: dates, months, years, seasons, parts of months and
/// years, relative expressions, durations and clock times. Relative expressions are resolved
/// against a reference date (the publication date); without one they are still found, with
/// <see cref="TimeMention.Start"/> and <see cref="TimeMention.End"/> null. Mentions do not
/// overlap and come in text order. Linear in the length of the text; never throws on any input.
/// </summary>
public sealed class DateRecognizer
{
    /// <summary>How many tokens before a date word a time expression may begin ("in den ersten drei Monaten").</summary>
    public const int WindowBefore = 10;

    /// <summary>How many tokens after a date word a time expression may go on ("März 2024 um 10 Uhr").</summary>
    public const int WindowAfter = 6;

    [ThreadStatic]
    private static DateToken[]? t_buffer;

    private readonly DateLexicon _lexicon;

    public DateRecognizer(DateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>A recognizer with the German lexicon.</summary>
    public static DateRecognizer German => LazyGerman.Value;

    private static readonly Lazy<DateRecognizer> LazyGerman = new(() => new DateRecognizer(DateLexicon.German));

    /// <summary>The time expressions in the whole text.</summary>
    public IReadOnlyList<TimeMention> Recognize(string text, DateOnly? reference) =>
        Recognize(text, new TextSpan(0, text?.Length ?? 0), reference);

    /// <summary>
    /// The time expressions in the whole text, against a reference moment: a count of hours,
    /// minutes or seconds from it ("in 5 minutes", "half an hour from now") is that moment's day
    /// with the time of day it names.
    /// </summary>
    public IReadOnlyList<TimeMention> Recognize(string text, DateTime moment) =>
        Recognize(text, new TextSpan(0, text?.Length ?? 0), DateOnly.FromDateTime(moment), TimeOnly.FromDateTime(moment));

    /// <summary>
    /// The time expressions of a tokenized stretch of text (a sentence), read only around the tokens
    /// a time expression other than a clock time needs (a date token): from
    /// <see cref="WindowBefore"/> tokens before each to <see cref="WindowAfter"/> after it. Most
    /// sentences with numbers hold no date, or one in a few of their words; the rest of their
    /// tokens are not read again. The same mentions as <see cref="Recognize(string, TextSpan, DateOnly?)"/>
    /// over the whole stretch, but for clock times far from any date or after the last date token of
    /// a window, and for expressions reaching further from their date word than the window.
    /// </summary>
    public List<TimeMention> RecognizeNearDates(TokenizedText tokens, DateOnly? reference)
    {
        var found = new List<TimeMention>();
        var all = tokens.Tokens;
        // A window runs from WindowBefore tokens before its first date token to WindowAfter after its last one; an
        // expression that holds a date token starts at or before it, so none is looked for after the last one.
        var (first, last, lastDate) = (-1, -1, -1);
        // A date token is one every time expression but a clock time holds: a word that ends a phrase naming a time (a month,
        // weekday or unit, "gestern", "Ende", "Woche") or a weekday with a time of day, by a bit of its mask (a sentence
        // none of whose words has it is asked about its numbers only); a number with a word joined to it ("1990er", "5th"),
        // or one that may be a year or a date ("2024", "17.11.2024", "17.11").
        var masked = _lexicon.DateWords.TryMasks(tokens, out var masks, out var dateBit);
        var words = _lexicon.DateWords.AnyIn(tokens);
        var lower = tokens.Lower;
        for (var i = 0; i < all.Length; i++)
        {
            var token = all[i];
            var date = token.Kind switch
            {
                TokenKind.Word => words && (masked ? (masks[i] & dateBit) != 0 : _lexicon.DateWords.Contains(tokens, i)),
                TokenKind.Number => (i + 1 < all.Length && all[i + 1].Kind == TokenKind.Word && all[i + 1].Joined) || MayBeDateNumber(lower[i]),
                _ => false,
            };
            if (!date)
            {
                continue;
            }

            var (from, to) = (Math.Max(0, i - WindowBefore), Math.Min(all.Length - 1, i + WindowAfter));
            if (first >= 0 && from > last + 1)
            {
                ReadWindow(tokens, first, last, reference, found, all[lastDate].Start);
                first = -1;
            }

            first = first < 0 ? from : first;
            last = to;
            lastDate = i;
        }

        if (first >= 0)
        {
            ReadWindow(tokens, first, last, reference, found, all[lastDate].Start);
        }

        return found;
    }

    // "2024", "17.11.2024", "17.11", not "11.000", "2,5" or "250": four digits, or groups of at
    // most two digits split by periods (the last may have four).
    private static bool MayBeDateNumber(string number)
    {
        var group = 0;
        var periods = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                group++;
                continue;
            }

            if (c != '.' || group > 2)
            {
                return false;
            }

            periods++;
            group = 0;
        }

        return group == 4 || (periods > 0 && group <= 2);
    }

    /// <summary>
    /// The time expressions inside <paramref name="within"/> (clamped to the text), with spans in
    /// offsets of the whole text.
    /// </summary>
    public IReadOnlyList<TimeMention> Recognize(string text, TextSpan within, DateOnly? reference) => Recognize(text, within, reference, null);

    private IReadOnlyList<TimeMention> Recognize(string? text, TextSpan within, DateOnly? reference, TimeOnly? timeOfDay)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var mentions = new List<TimeMention>();
        Read(text, within, reference, timeOfDay, mentions);
        return mentions;
    }

    /// <summary>Adds the time expressions inside <paramref name="within"/> to <paramref name="mentions"/>.</summary>
    private void Read(string text, TextSpan within, DateOnly? reference, TimeOnly? timeOfDay, List<TimeMention> mentions)
    {
        var start = Math.Clamp(within.Start, 0, text.Length);
        var end = Math.Clamp(within.End, start, text.Length);
        // The tokens live only during this call: one buffer per thread serves every call.
        var buffer = t_buffer;
        var tokens = DateTokens.Read(text, start, end, ref buffer);
        t_buffer = buffer;
        Scan(text, tokens, reference, timeOfDay, mentions, int.MaxValue);
    }

    /// <summary>
    /// Adds the time expressions of the sentence's tokens <paramref name="first"/> to <paramref name="last"/> to
    /// <paramref name="mentions"/>; none starts after the character offset <paramref name="lastStart"/>. The window's
    /// tokens are made from the sentence's (<see cref="DateTokens.FromSentence"/>), whose words tell which are plain.
    /// </summary>
    private void ReadWindow(TokenizedText sentence, int first, int last, DateOnly? reference, List<TimeMention> mentions, int lastStart)
    {
        var buffer = t_buffer;
        var tokens = DateTokens.FromSentence(sentence, first, last, _lexicon.PhraseWords, ref buffer);
        t_buffer = buffer;
        Scan(sentence.Text, tokens, reference, null, mentions, lastStart);
    }

    private void Scan(string text, DateTokens tokens, DateOnly? reference, TimeOnly? timeOfDay, List<TimeMention> mentions, int lastStart)
    {
        // The scanner is readied for these tokens, not allocated anew.
        var scanner = DateScanner.ForThisThread(_lexicon, tokens, reference, timeOfDay);

        var index = 0;
        while (index < tokens.Count && tokens[index].Start <= lastStart)
        {
            // Almost every word of a text is skipped with one lookup; a plain word (most of a window) with none.
            if (tokens.IsPlain(index) || !scanner.MayOpenAt(index))
            {
                index++;
                continue;
            }

            if (scanner.MatchAt(index) is { } match && match.Next > index)
            {
                var span = new TextSpan(tokens[index].Start, tokens[match.Next - 1].End);
                var coreStart = match.CoreIndex > index && match.CoreIndex < match.Next ? tokens[match.CoreIndex].Start : span.Start;
                mentions.Add(new TimeMention(span, match.Start, match.End, match.Kind, span.Of(text))
                {
                    Core = new TextSpan(coreStart, span.End),
                    Length = match.Count is { } count && match.Unit is { } unit ? new TimeLength(count, unit, match.Approximate) : null,
                    BetweenPoints = match.BetweenPoints,
                    Time = match.Time,
                    Form = match.Form,
                    Bound = match.Bound,
                    Anchor = match.Anchor,
                });
                index = match.Next;
            }
            else
            {
                index++;
            }
        }
    }
}
