using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Numbers;

namespace Claimgraph.Recognizers.Units;

/// <summary>
/// Finds numbers with a unit of measurement (length, area, volume, weight, speed, information,
/// angle) from the dimensions of units.yaml, misspellings included where the data lists them.
/// A unit with words that make it another quantity ("temperature" for degrees) is passed over
/// when one of them stands in the few words before the number or right after the unit.
/// </summary>
public sealed class DimensionRecognizer : IAmountReader<Unit, UnitQuantity>
{
    private const int NotNearBefore = 5;

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
        return UnitScanning.ScanAmounts(scan, _units, _digits, this);
    }

    int IAmountReader<Unit, UnitQuantity>.ReadFirst(NumberScan scan, int token, List<UnitQuantity> found) => -1;

    int IAmountReader<Unit, UnitQuantity>.Read(NumberScan scan, int first, double value, Unit unit, int last, List<UnitQuantity> found)
    {
        if (IsOtherQuantity(scan, unit, first, last))
        {
            return -1;
        }

        var (amount, end) = WithPart(scan, scan.NumbersByToken, unit, value, last);
        found.Add(new UnitQuantity(scan.SpanOf(first, end), amount, unit));
        return end;
    }

    // "the temperature is 24 degrees", "24 degrees Celsius".
    private bool IsOtherQuantity(NumberScan scan, Unit unit, int first, int last)
    {
        if (_lexicon.NotNear.Count == 0 || !_lexicon.NotNear.TryGetValue(unit.Name, out var words))
        {
            return false;
        }

        for (var k = Math.Max(0, first - NotNearBefore); k < first; k++)
        {
            if (scan.Tokens[k].IsWord && words.Contains(scan.TokenText(k)))
            {
                return true;
            }
        }

        return last + 1 < scan.Tokens.Length && scan.Tokens[last + 1].IsWord && words.Contains(scan.TokenText(last + 1));
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
