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
    private readonly DigitConventions _digits;

    public DimensionRecognizer(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _units = pack.Units.Dimensions;
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
                    found.Add(new UnitQuantity(scan.SpanOf(i, last), number.Value, unit));
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
}
