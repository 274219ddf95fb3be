using Claimgraph.Lexicon;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// Finds percentages: a cardinal followed by a percent word or sign of the language ("%",
/// "Prozent", "per cent") or after one ("percent of 10"); with <see cref="PercentageOptions"/>
/// also proportions ("one in three", "a quarter of") and percent words without an amount.
/// </summary>
public sealed class PercentageRecognizer
{
    private readonly Phrases<bool> _percentWords;
    private readonly Phrases<bool> _percentBefore;
    private readonly Phrases<bool> _proportionWords;
    private readonly Phrases<bool> _proportionOf;
    private readonly PercentageOptions _options;

    public PercentageRecognizer(LanguagePack pack, PercentageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _percentWords = pack.Numbers.PercentWords;
        _percentBefore = pack.Numbers.PercentBefore;
        _proportionWords = pack.Numbers.ProportionWords;
        _proportionOf = pack.Numbers.ProportionOf;
        _options = options ?? PercentageOptions.Default;
    }

    public List<Percentage> FindAll(NumberScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var found = new List<Percentage>();
        var next = 0;
        foreach (var number in scan.Numbers)
        {
            if (number.Partial || number.FirstToken < next || number.Kind != NumberKind.Cardinal)
            {
                continue;
            }

            if (number.Form != NumberForm.Article && _percentWords.TryMatch(scan.Text, scan.Tokens, number.LastToken + 1, out _, out var last))
            {
                Add(found, scan, number.FirstToken, last, number.Value, ref next);
            }
            else if (number.FirstToken >= 2 && PercentBeforeEndsAt(scan, number.FirstToken - 1, out var first)
                && (found.Count == 0 || found[^1].Span.End <= scan.Tokens[first].Start))
            {
                Add(found, scan, first, number.LastToken, number.Value, ref next);
            }
            else if (_options.Proportions && TryProportion(scan, number, out var share, out var shareLast))
            {
                Add(found, scan, number.FirstToken, shareLast, share, ref next);
            }
        }

        if (_options.WithoutAmount)
        {
            AddWithoutAmount(scan, found);
        }

        return found;
    }

    private static void Add(List<Percentage> found, NumberScan scan, int first, int last, double? value, ref int next)
    {
        found.Add(new Percentage(scan.SpanOf(first, last), value));
        next = last + 1;
    }

    // "one in three", "drei von vier": part, proportion word, whole; "a quarter of", "1/4 of": a share of something.
    private bool TryProportion(NumberScan scan, NumberMention part, out double share, out int last)
    {
        share = 0;
        var k = part.LastToken + 1;
        if (_proportionWords.TryMatch(scan.Text, scan.Tokens, k, out _, out var wordLast) && wordLast + 1 < scan.Tokens.Length
            && scan.NumbersByToken[wordLast + 1] is >= 0 and var w && scan.Numbers[w] is { Kind: NumberKind.Cardinal } whole
            && whole.Value > 0 && whole.Value >= part.Value && part.Value > 0 && !IsYear(scan, whole))
        {
            share = part.Value / whole.Value * 100;
            last = whole.LastToken;
            return true;
        }

        if (part.Value is > 0 and < 1 && _proportionOf.TryMatch(scan.Text, scan.Tokens, k, out _, out last))
        {
            share = part.Value * 100;
            return true;
        }

        last = k;
        return false;
    }

    // "from 2 to 5 in 2008": a whole written like a year is the year.
    private static bool IsYear(NumberScan scan, NumberMention number) =>
        number.Form == NumberForm.Digits && number.FirstToken == number.LastToken && scan.TokenText(number.FirstToken).Length == 4
        && number.Value is >= 1000 and <= 2100;

    // "the % of increase", "a percentage": a percent word standing on its own, outside every amount.
    private void AddWithoutAmount(NumberScan scan, List<Percentage> found)
    {
        var tokens = scan.Tokens;
        var numbers = scan.Numbers;
        int n = 0, p = 0, count = found.Count;
        for (var k = 0; k < tokens.Length; k++)
        {
            while (n < numbers.Count && numbers[n].LastToken < k)
            {
                n++;
            }

            while (p < count && found[p].Span.End <= tokens[k].Start)
            {
                p++;
            }

            if ((n < numbers.Count && numbers[n].FirstToken <= k) || (p < count && found[p].Span.Start <= tokens[k].Start))
            {
                continue;
            }

            if (!tokens[k].Joined && _percentWords.TryMatch(scan.Text, tokens, k, out _, out var last)
                && !(last + 1 < tokens.Length && tokens[last + 1].Joined && (tokens[last + 1].IsWord || tokens[last + 1].IsNumber)))
            {
                found.Add(new Percentage(scan.SpanOf(k, last), null));
                k = last;
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    // "percent of 10": a phrase that ends right before the number (phrases are short: look back a few tokens).
    private bool PercentBeforeEndsAt(NumberScan scan, int end, out int first)
    {
        for (first = end; first >= 0 && first >= end - 3; first--)
        {
            if (_percentBefore.TryMatch(scan.Text, scan.Tokens, first, out _, out var last) && last == end)
            {
                return true;
            }
        }

        return false;
    }
}
