using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Numbers;

namespace Claimgraph.Recognizers.Units;

/// <summary>
/// Finds numbers with a unit of measurement (length, area, volume, weight, speed, information,
/// angle) from the dimensions of units.yaml, misspellings included where the data lists them.
/// </summary>
public sealed class DimensionRecognizer
{
    private readonly Phrases<Unit> _units;
    private readonly UnitLexicon _lexicon;
    private readonly DigitConventions _digits;

    public DimensionRecognizer(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _units = pack.Units.Dimensions;
        _lexicon = pack.Units;
        _digits = pack.Grammar.Digits;
    }

    public List<UnitQuantity> FindAll(NumberScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var found = new List<UnitQuantity>();
        var byToken = UnitScanning.NumbersByToken(scan);
        for (var i = 0; i < scan.Tokens.Length; i++)
        {
            if (byToken[i] >= 0)
            {
                var number = scan.Numbers[byToken[i]];
                if (number.Kind == NumberKind.Cardinal && UnitScanning.TryUnitAfter(scan, _units, number.LastToken + 1, out var unit, out var last))
                {
                    var (amount, end) = WithPart(scan, byToken, unit, number.Value, last);
                    last = end;
                    found.Add(new UnitQuantity(scan.SpanOf(i, last), amount, unit));
                    i = last;
                    continue;
                }

                i = number.LastToken;
                continue;
            }

            if (UnitScanning.TryGluedDigits(scan, i, _digits, out var value) && UnitScanning.TryUnitAfter(scan, _units, i + 1, out var glued, out var gluedLast))
            {
                found.Add(new UnitQuantity(scan.SpanOf(i, gluedLast), value, glued));
                i = gluedLast;
            }
        }

        return found;
    }

    // "5 ft 2 in", "5 feet and 2 inches": the smaller part after the unit, as a fraction of it.
    private (double Value, int Last) WithPart(NumberScan scan, int[] byToken, Unit unit, double value, int last)
    {
        if (!_lexicon.Compounds.TryGetValue(unit.Name, out var compound))
        {
            return (value, last);
        }

        var k = last + 1;
        if (k < scan.Tokens.Length && scan.Tokens[k].IsWord && _lexicon.CompoundConnectors.Contains(scan.TokenText(k)))
        {
            k++;
        }

        if (k < scan.Tokens.Length && byToken[k] >= 0 && scan.Numbers[byToken[k]] is { Kind: NumberKind.Cardinal } part
            && compound.Words.TryMatch(scan.Text, scan.Tokens, part.LastToken + 1, out var factor, out var partLast) && factor > 0 && part.Value < factor)
        {
            return (value + (part.Value / factor), partLast);
        }

        return (value, last);
    }
}
