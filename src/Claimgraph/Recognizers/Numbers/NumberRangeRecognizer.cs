using Claimgraph.Lexicon;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// Finds ranges of numbers from the numbers of a scan: an opener and a joiner ("zwischen 10 und
/// 12", "from 10 to 12"), a connector between two numbers ("10.000 bis 12.000", "25-30"), or
/// bounds ("weniger als 5", "at least 30", "&gt;= 30"), two of them joined by "und"/"and"
/// ("more than 10 and less than 20"), or a bound after the number ("500 or more").
/// </summary>
public sealed class NumberRangeRecognizer
{
    private readonly Phrases<string> _bounds;
    private readonly Phrases<string> _openers;
    private readonly Phrases<bool> _connectors;
    private readonly WordTable<bool> _and;
    private readonly Phrases<string> _boundsAfter;
    private readonly WordTable<bool> _determiners;
    private readonly WordStarts _openingWords;
    private readonly INumberWordReader _words;

    public NumberRangeRecognizer(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _bounds = pack.Numbers.RangeBounds;
        _openers = pack.Numbers.RangeOpenerWords;
        _connectors = pack.Numbers.RangeConnectorWords;
        _and = pack.Numbers.RangeAnd;
        _boundsAfter = pack.Numbers.RangeBoundsAfter;
        _determiners = WordTable.Set(pack.Grammar.Determiners);
        _words = pack.Numbers.Words;
        _openingWords = new WordStarts(pack.Numbers.RangeBoundWords.Concat(pack.Numbers.RangeOpenerData.Keys));
    }

    // The longest opener or bound before its number, in tokens ("less than or equal to", "the").
    private const int MaxLead = 7;

    public List<NumberRange> FindAll(NumberScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var found = new List<NumberRange>();
        var byToken = scan.NumbersByToken;
        // Every range holds a number, and what opens it (a bound, "zwischen", "from") stands at
        // most a few tokens before it: try the positions up to each number, earliest first.
        var next = 0;
        foreach (var number in scan.Numbers)
        {
            if (number.FirstToken < next || number.Partial)
            {
                continue;
            }

            for (var start = Math.Max(next, number.FirstToken - MaxLead); start <= number.FirstToken; start++)
            {
                if (start < number.FirstToken && !_openingWords.MayStart(scan.TokenText(start)))
                {
                    continue;
                }

                if (TryAt(scan, byToken, start, out var range, out var last) && last >= number.LastToken)
                {
                    found.Add(range);
                    next = last + 1;
                    break;
                }
            }
        }

        return found;
    }

    private bool TryAt(NumberScan scan, int[] byToken, int i, out NumberRange range, out int last)
    {
        range = null!;
        last = i;
        var text = scan.Text;
        var tokens = scan.Tokens;

        // zwischen 10 und 12 / from 10 to 12
        if (_openers.TryMatch(text, tokens, i, out var joiner, out var openerLast)
            && Number(scan, byToken, openerLast + 1) is { } low
            && low.LastToken + 2 < tokens.Length && scan.TokenText(low.LastToken + 1).Equals(joiner, StringComparison.OrdinalIgnoreCase)
            && Number(scan, byToken, low.LastToken + 2) is { } high && low.Value < high.Value && low.Kind == high.Kind)
        {
            last = high.LastToken;
            range = new NumberRange(scan.SpanOf(i, last), LowScaled(scan, low, high), high.Value, true, true, RangeShape.Between);
            return true;
        }

        // 10.000 bis 12.000 / 25-30
        if (Number(scan, byToken, i) is { } from)
        {
            if (_connectors.TryMatch(text, tokens, from.LastToken + 1, out _, out var connectorLast)
                && Number(scan, byToken, connectorLast + 1) is { } to && from.Value < to.Value && from.Kind == to.Kind
                && !IsChained(scan, from, to))
            {
                last = to.LastToken;
                range = new NumberRange(scan.SpanOf(i, last), LowScaled(scan, from, to), to.Value, true, true, RangeShape.Between);
                return true;
            }

            // 500 or more / 500 or less
            if (_boundsAfter.TryMatch(text, tokens, from.LastToken + 1, out var afterBound, out var afterLast)
                && !OpensAnother(scan, byToken, from.LastToken + 1, afterLast))
            {
                last = afterLast;
                range = Bounded(scan.SpanOf(i, last), afterBound, from.Value);
                return true;
            }

            return false;
        }

        // weniger als 5 / more than 10 and less than 20
        if (_bounds.TryMatch(text, tokens, i, out var bound, out var boundLast) && !(tokens[i].Joined && i > 0 && tokens[i - 1].Kind == Text.TokenKind.Symbol)
            && Number(scan, byToken, boundLast + 1) is { } value)
        {
            last = value.LastToken;
            if (_boundsAfter.TryMatch(text, tokens, last + 1, out var afterBound2, out var afterLast2) && !OpensAnother(scan, byToken, last + 1, afterLast2))
            {
                // "less than 5000 or equal", "equal to 5000 or less"
                bound = Combine(bound, afterBound2);
                last = afterLast2;
            }

            range = Bounded(scan.SpanOf(i, last), bound, value.Value);
            if (last + 1 < tokens.Length && (_and.Contains(scan.TokenText(last + 1)) || scan.IsSymbol(last + 1, ','))
                && _bounds.TryMatch(text, tokens, last + 2, out var second, out var secondLast) && Number(scan, byToken, secondLast + 1) is { } other)
            {
                var both = Bounded(scan.SpanOf(i, other.LastToken), second, other.Value);
                if (Merge(range, both) is { } merged)
                {
                    range = merged;
                    last = other.LastToken;
                }
            }

            return true;
        }

        return false;
    }

    // "500 or more 600", "12 and more than 194": a bound after a number that goes on to another
    // number is no bound of the number before it.
    private bool OpensAnother(NumberScan scan, int[] byToken, int first, int last)
    {
        if (last + 1 < scan.Tokens.Length && byToken[last + 1] >= 0)
        {
            return true;
        }

        for (var k = first + 1; k <= last; k++)
        {
            if (_bounds.TryMatch(scan.Text, scan.Tokens, k, out _, out var boundLast) && boundLast >= last && Number(scan, byToken, boundLast + 1) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private NumberMention? Number(NumberScan scan, int[] byToken, int token)
    {
        // "between the tenth and the fifteenth": a determiner may stand before the number.
        if (token < scan.Tokens.Length && byToken[token] < 0 && scan.Tokens[token].IsWord && _determiners.Contains(scan.TokenText(token)))
        {
            token++;
        }

        return token < scan.Tokens.Length && byToken[token] >= 0 && scan.Numbers[byToken[token]] is { Form: not NumberForm.Article } number ? number : null;
    }

    // "zwei bis drei Millionen", "from 10 to 12 million": the magnitude that closes the upper end
    // is the lower end's too, where the lower end has none and is below the upper one without it.
    private double LowScaled(NumberScan scan, NumberMention low, NumberMention high)
    {
        if (Magnitude(scan, high.LastToken) is { } magnitude && Magnitude(scan, low.LastToken) is null && low.Value < high.Value / magnitude)
        {
            return low.Value * magnitude;
        }

        return low.Value;
    }

    // The magnitude word a number ends with ("Millionen", "Mio." with its period), or null.
    private double? Magnitude(NumberScan scan, int token)
    {
        if (scan.IsSymbol(token, '.') && token > 0)
        {
            token--;
        }

        return scan.Tokens[token].IsWord && _words.TryReadWord(scan.TokenText(token), out var word) && word.Kind == NumberWordKind.Magnitude ? word.Value : null;
    }

    // "+1-222-2222": numbers chained by hyphens are a phone number or a code, not a range.
    private static bool IsChained(NumberScan scan, NumberMention from, NumberMention to) =>
        (from.FirstToken > 0 && scan.Tokens[from.FirstToken].Joined && scan.Tokens[from.FirstToken - 1].Kind == Text.TokenKind.Symbol && !scan.IsSymbol(from.FirstToken - 1, '('))
        || (to.LastToken + 2 < scan.Tokens.Length && scan.Tokens[to.LastToken + 1].Joined && scan.IsSymbol(to.LastToken + 1, '-') && scan.Tokens[to.LastToken + 2].IsNumber);

    // A bound and the bound after the number: "less than … or equal" = "<=", "equal to … or less" = "<=".
    private static string Combine(string before, string after) => (before, after) switch
    {
        ("<", "=") => "<=",
        (">", "=") => ">=",
        ("=", _) => after,
        _ => before,
    };

    private static NumberRange Bounded(Text.TextSpan span, string bound, double value) => bound switch
    {
        "<" => new NumberRange(span, null, value, false, false, RangeShape.Bounded),
        "<=" => new NumberRange(span, null, value, false, true, RangeShape.Bounded),
        ">" => new NumberRange(span, value, null, false, false, RangeShape.Bounded),
        ">=" => new NumberRange(span, value, null, true, false, RangeShape.Bounded),
        _ => new NumberRange(span, value, value, true, true, RangeShape.Bounded),
    };

    // "more than 10 and less than 20": a lower and an upper bound make one range.
    private static NumberRange? Merge(NumberRange first, NumberRange second)
    {
        if (first.High is null && second.Low is null && first.Low is { } low && second.High is { } high && low < high)
        {
            return new NumberRange(first.Span.Union(second.Span), low, high, first.LowInclusive, second.HighInclusive, RangeShape.Bounded);
        }

        if (first.Low is null && second.High is null && second.Low is { } low2 && first.High is { } high2 && low2 < high2)
        {
            return new NumberRange(first.Span.Union(second.Span), low2, high2, second.LowInclusive, first.HighInclusive, RangeShape.Bounded);
        }

        return null;
    }
}
