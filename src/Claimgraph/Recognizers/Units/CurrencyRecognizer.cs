using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Numbers;

namespace Claimgraph.Recognizers.Units;

/// <summary>
/// Finds amounts of money: a number before or after a currency word, symbol or code ("75
/// Millionen Dollar", "94.000 $", "$1.1 billion", "USD 200", "115USD"), and an amount with its
/// hundredths ("15 Dollar und 15 Cent", "thirteen dollars forty-five cents").
/// </summary>
public sealed class CurrencyRecognizer : IAmountReader<Currency, Money>
{
    private readonly Phrases<Currency> _currencies;
    private readonly IReadOnlySet<string> _subunits;
    private readonly WordTable<bool> _connectors;
    private readonly DigitConventions _digits;
    private readonly UnitLexicon _units;
    private readonly INumberWordReader _words;

    public CurrencyRecognizer(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _currencies = pack.Units.Currencies;
        _subunits = pack.Units.Subunits;
        _connectors = pack.Units.SubunitConnectors;
        _digits = pack.Grammar.Digits;
        _units = pack.Units;
        _words = pack.Numbers.Words;
    }

    public List<Money> FindAll(NumberScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return UnitScanning.ScanAmounts(scan, _currencies, _digits, this);
    }

    int IAmountReader<Currency, Money>.Read(NumberScan scan, int first, double value, Currency currency, int last, List<Money> found)
    {
        (value, last) = WithHundredths(scan, scan.NumbersByToken, currency, value, last);
        found.Add(new Money(scan.SpanOf(first, last), value, currency));
        return last;
    }

    // The readings where the currency comes first or is written as a code: "$ 20", "USD 200",
    // "us $ 150 million", "USD115", "MAUD 60", "60 MAUD". The last token taken, or -1.
    int IAmountReader<Currency, Money>.ReadFirst(NumberScan scan, int i, List<Money> found)
    {
        var byToken = scan.NumbersByToken;
        var tokens = scan.Tokens;

        // Currency first: a number follows within a few tokens.
        if (!tokens[i].IsNumber && byToken[i] < 0 && NumberWithin(tokens, byToken, i + 1, 4)
            && _currencies.TryMatch(scan.Text, tokens, i, out var before, out var beforeLast)
            && beforeLast + 1 < tokens.Length)
        {
            var n = beforeLast + 1;
            if (byToken[n] >= 0 && scan.Numbers[byToken[n]] is { Kind: NumberKind.Cardinal, Form: not NumberForm.Article } after
                && !(after.LastToken + 1 < tokens.Length && tokens[after.LastToken + 1].Joined && tokens[after.LastToken + 1].IsWord)
                && !IsBareMagnitude(scan, after))
            {
                found.Add(new Money(scan.SpanOf(i, after.LastToken), after.Value, before));
                return after.LastToken;
            }

            if (UnitScanning.TryGluedDigits(scan, n, _digits, out _) is false && tokens[n].IsNumber && tokens[n].Joined
                && DigitNumber.TryParse(scan.TokenText(n), _digits, out var gluedValue))
            {
                // "USD115"
                found.Add(new Money(scan.SpanOf(i, n), gluedValue, before));
                return n;
            }
        }

        // "USD115": a code and digits in one word.
        if (tokens[i].IsWord && char.IsAsciiDigit(scan.Text[tokens[i].End - 1]) && TryCodeWithDigits(scan.TokenText(i), out var coded, out var codedValue))
        {
            found.Add(new Money(tokens[i].Span, codedValue, coded));
            return i;
        }

        // "MAUD 60": a scaled code before the number.
        if (tokens[i].IsWord && byToken[i + 1] >= 0 && TryScaledCode(scan.TokenText(i), out var scaledBefore, out var scaleBefore)
            && scan.Numbers[byToken[i + 1]] is { Kind: NumberKind.Cardinal, Form: not NumberForm.Article } scaledNumber)
        {
            found.Add(new Money(scan.SpanOf(i, scaledNumber.LastToken), scaledNumber.Value * scaleBefore, scaledBefore));
            return scaledNumber.LastToken;
        }

        // "120 MEUR": a scaled code after it.
        if (byToken[i] >= 0 && scan.Numbers[byToken[i]] is { Kind: NumberKind.Cardinal } number && number.LastToken + 1 < tokens.Length
            && tokens[number.LastToken + 1].IsWord && TryScaledCode(scan.TokenText(number.LastToken + 1), out var scaled, out var scale))
        {
            found.Add(new Money(scan.SpanOf(i, number.LastToken + 1), number.Value * scale, scaled));
            return number.LastToken + 1;
        }

        return -1;
    }

    // "15 Dollar und 15 Cent", "thirteen dollars forty-five cents": the hundredths after the amount.
    private (double Value, int Last) WithHundredths(NumberScan scan, int[] byToken, Currency currency, double value, int last)
    {
        if (_subunits.Contains(currency.Name))
        {
            return (value, last);
        }

        var k = last + 1;
        if (k < scan.Tokens.Length && scan.Tokens[k].IsWord && _connectors.Contains(scan.TokenText(k)))
        {
            k++;
        }

        if (k < scan.Tokens.Length && byToken[k] >= 0 && scan.Numbers[byToken[k]] is { Kind: NumberKind.Cardinal } cents
            && cents.Value is >= 1 and < 100 && cents.Value == Math.Floor(cents.Value))
        {
            if (_currencies.TryMatch(scan.Text, scan.Tokens, cents.LastToken + 1, out var subunit, out var subunitLast) && _subunits.Contains(subunit.Name))
            {
                return (value + (cents.Value / 100), subunitLast);
            }

            // "15 Dollar 50.", "17 USD 25": two digits after the amount, with nothing counted after them
            // ("10 $ 30 $" is two amounts).
            var next = cents.LastToken + 1;
            if (next >= scan.Tokens.Length || !(scan.Tokens[next].IsWord || scan.Tokens[next].IsNumber || scan.IsSymbol(next, '%')
                || _currencies.TryMatch(scan.Text, scan.Tokens, next, out _, out _)))
            {
                return (value + (cents.Value / 100), cents.LastToken);
            }
        }

        return (value, last);
    }

    // "the dollars thousand of times": a magnitude word alone after a currency name counts nothing.
    private bool IsBareMagnitude(NumberScan scan, NumberMention number) =>
        number.Form == NumberForm.Words && number.FirstToken == number.LastToken
        && _words.TryReadWord(scan.TokenText(number.FirstToken), out var word) && word.Kind == NumberWordKind.Magnitude;

    private static bool NumberWithin(Text.Token[] tokens, int[] byToken, int from, int count)
    {
        for (var k = from; k < tokens.Length && k < from + count; k++)
        {
            if (byToken[k] >= 0 || tokens[k].IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryCodeWithDigits(ReadOnlySpan<char> word, out Currency currency, out double value)
    {
        currency = null!;
        value = 0;
        var split = word.IndexOfAnyInRange('0', '9');
        return split >= 3 && NumberRecognizer.IsPlainDigits(word[split..]) && _units.IsoCodes.TryGet(word[..split], out currency)
            && DigitNumber.TryParse(word[split..], _digits, out value);
    }

    private bool TryScaledCode(ReadOnlySpan<char> word, out Currency currency, out double scale)
    {
        currency = null!;
        scale = 0;
        var scales = _units.CodeScales;
        for (var i = 0; i < scales.Count; i++)
        {
            var (prefix, factor) = scales[i];
            if (word.Length == prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal) && !word[prefix.Length..].ContainsAnyExceptInRange('A', 'Z')
                && _units.IsoCodes.TryGet(word[prefix.Length..], out currency))
            {
                scale = factor;
                return true;
            }
        }

        return false;
    }
}
