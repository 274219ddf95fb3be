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

        var start = Math.Clamp(within.Start, 0, text.Length);
        var end = Math.Clamp(within.End, start, text.Length);
        // The tokens live only during this call: one buffer per thread serves every call.
        var buffer = t_buffer;
        var tokens = DateTokens.Read(text, start, end, ref buffer);
        t_buffer = buffer;
        var scanner = new DateScanner(_lexicon, tokens, reference, timeOfDay);
        var mentions = new List<TimeMention>();
        var index = 0;
        while (index < tokens.Count)
        {
            // Almost every word of a text is skipped with one lookup.
            if (!scanner.MayOpenAt(index))
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

        return mentions;
    }
}
