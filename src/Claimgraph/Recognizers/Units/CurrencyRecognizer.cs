using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Numbers;

namespace Claimgraph.Recognizers.Units;

/// <summary>
/// Finds amounts of money: a number before or after a currency word, symbol or code ("75
/// Millionen Dollar", "94.000 $", "$1.1 billion", "USD 200", "115USD"), and an amount with its
/// hundredths ("15 Dollar und 15 Cent", "thirteen dollars forty-five cents").
/// </summary>
public sealed class CurrencyRecognizer
{
    private readonly Phrases<Currency> _currencies;
    private readonly IReadOnlySet<string> _subunits;
    private readonly WordTable<bool> _connectors;
    private readonly DigitConventions _digits;

    public CurrencyRecognizer(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _currencies = pack.Units.Currencies;
        _subunits = pack.Units.Subunits;
        _connectors = pack.Units.SubunitConnectors;
        _digits = pack.Grammar.Digits;
    }

    public List<Money> FindAll(NumberScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var found = new List<Money>();
        var byToken = UnitScanning.NumbersByToken(scan);
        var tokens = scan.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // Currency first: "$ 20", "USD 200", "us $ 150 million".
            if (!tokens[i].IsNumber && byToken[i] < 0 && _currencies.TryMatch(scan.Text, tokens, i, out var before, out var beforeLast)
                && beforeLast + 1 < tokens.Length)
            {
                var n = beforeLast + 1;
                if (byToken[n] >= 0 && scan.Numbers[byToken[n]] is { Kind: NumberKind.Cardinal, Form: not NumberForm.Article } after
                    && !(after.LastToken + 1 < tokens.Length && tokens[after.LastToken + 1].Joined && tokens[after.LastToken + 1].IsWord))
                {
                    found.Add(new Money(scan.SpanOf(i, after.LastToken), after.Value, before));
                    i = after.LastToken;
                    continue;
                }

                if (UnitScanning.TryGluedDigits(scan, n, _digits, out _) is false && tokens[n].IsNumber && tokens[n].Joined
                    && DigitNumber.TryParse(scan.TokenText(n), _digits, out var gluedValue))
                {
                    // "USD115"
                    found.Add(new Money(scan.SpanOf(i, n), gluedValue, before));
                    i = n;
                    continue;
                }
            }

            if (byToken[i] >= 0)
            {
                var number = scan.Numbers[byToken[i]];
                if (number.Kind == NumberKind.Cardinal && UnitScanning.TryUnitAfter(scan, _currencies, number.LastToken + 1, out var currency, out var last))
                {
                    var value = number.Value;
                    (value, last) = WithHundredths(scan, byToken, currency, value, last);
                    found.Add(new Money(scan.SpanOf(i, last), value, currency));
                    i = last;
                    continue;
                }

                i = number.LastToken;
                continue;
            }

            if (UnitScanning.TryGluedDigits(scan, i, _digits, out var glued) && UnitScanning.TryUnitAfter(scan, _currencies, i + 1, out var gluedCurrency, out var gluedLast))
            {
                found.Add(new Money(scan.SpanOf(i, gluedLast), glued, gluedCurrency));
                i = gluedLast;
            }
        }

        return found;
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
            && cents.Value is >= 1 and < 100 && cents.Value == Math.Floor(cents.Value)
            && _currencies.TryMatch(scan.Text, scan.Tokens, cents.LastToken + 1, out var subunit, out var subunitLast) && _subunits.Contains(subunit.Name))
        {
            return (value + (cents.Value / 100), subunitLast);
        }

        return (value, last);
    }
}
