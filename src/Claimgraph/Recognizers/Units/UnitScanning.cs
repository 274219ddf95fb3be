using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Numbers;

namespace Claimgraph.Recognizers.Units;

/// <summary>
/// What the unit recognizers share: one walk over the numbers of a scan that finds amounts with
/// a unit after them, and reading that unit phrase after a number, through a hyphen ("3-inch",
/// "12-Pfund") or inside brackets ("20 (kg)"), or glued to digits that are no number of their
/// own ("500Km", "7.62mm", "115USD").
/// </summary>
internal static class UnitScanning
{
    /// <summary>
    /// The walk of the dimension and currency recognizers: at each token the reader may read first
    /// (a currency before its amount); else a cardinal followed by a unit phrase, or digits glued
    /// to a unit, goes to the reader. Numbers are skipped whole.
    /// </summary>
    public static List<TResult> ScanAmounts<TUnit, TResult>(NumberScan scan, Phrases<TUnit> units, DigitConventions digits, IAmountReader<TUnit, TResult> reader)
    {
        var found = new List<TResult>();
        var byToken = scan.NumbersByToken;
        var tokens = scan.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (reader.ReadFirst(scan, i, found) is >= 0 and var claimed)
            {
                i = claimed;
                continue;
            }

            if (byToken[i] >= 0)
            {
                var number = scan.Numbers[byToken[i]];
                if (number.Kind == NumberKind.Cardinal && TryUnitAfter(scan, units, number.LastToken + 1, out var unit, out var last)
                    && reader.Read(scan, i, number.Value, unit, last, found) is >= 0 and var taken)
                {
                    i = taken;
                    continue;
                }

                i = number.LastToken;
                continue;
            }

            if (TryGluedDigits(scan, i, digits, out var value) && TryUnitAfter(scan, units, i + 1, out var glued, out var gluedLast)
                && reader.Read(scan, i, value, glued, gluedLast, found) is >= 0 and var gluedTaken)
            {
                i = gluedTaken;
            }
        }

        return found;
    }

    /// <summary>A unit phrase starting at token k (after a number), with its last token.</summary>
    public static bool TryUnitAfter<T>(NumberScan scan, Phrases<T> units, int k, out T unit, out int last)
    {
        unit = default!;
        last = k;
        if (k >= scan.Tokens.Length)
        {
            return false;
        }

        if (units.TryMatch(scan.Text, scan.Tokens, k, out unit, out last))
        {
            return !GluedLetterAfter(scan, last);
        }

        // "2,5 Mio. Euro": the period of an abbreviated magnitude.
        if (scan.IsSymbol(k, '.') && scan.Tokens[k].Joined && k > 0 && scan.Tokens[k - 1].IsWord && scan.Tokens[k - 1].Length <= 4
            && units.TryMatch(scan.Text, scan.Tokens, k + 1, out unit, out last))
        {
            return !GluedLetterAfter(scan, last);
        }

        // "3-inch", "12 - Pfund"
        if ((scan.IsSymbol(k, '-') || scan.IsSymbol(k, '‐')) && units.TryMatch(scan.Text, scan.Tokens, k + 1, out unit, out last))
        {
            return !GluedLetterAfter(scan, last);
        }

        // "20 (kg)", "20 [kg]"
        if (scan.Tokens[k].Kind == Text.TokenKind.Symbol && Closing(scan.Text[scan.Tokens[k].Start]) is { } close
            && units.TryMatch(scan.Text, scan.Tokens, k + 1, out unit, out var inner) && inner + 1 < scan.Tokens.Length
            && scan.Tokens[inner + 1].Kind == Text.TokenKind.Symbol && scan.Text[scan.Tokens[inner + 1].Start] is var c && (c == close || c is ')' or ']' or '}' or '>'))
        {
            last = inner + 1;
            return true;
        }

        return false;
    }

    /// <summary>Digits glued to a unit ("500Km"), which the number recognizer leaves alone: the value and the unit's first token.</summary>
    public static bool TryGluedDigits(NumberScan scan, int i, Lexicon.DigitConventions digits, out double value)
    {
        value = 0;
        var tokens = scan.Tokens;
        return tokens[i].IsNumber && i + 1 < tokens.Length && tokens[i + 1].Joined && tokens[i + 1].IsWord
            && !(i > 0 && tokens[i].Joined && (tokens[i - 1].IsWord || tokens[i - 1].IsSymbol(scan.Text, '-')))
            && DigitNumber.TryParse(scan.TokenText(i), digits, out value);
    }

    // "24703m212": a unit glued to more letters or digits is a code, not a unit.
    private static bool GluedLetterAfter(NumberScan scan, int last) =>
        last + 1 < scan.Tokens.Length && scan.Tokens[last + 1].Joined && (scan.Tokens[last + 1].IsWord || scan.Tokens[last + 1].IsNumber);

    private static char? Closing(char open) => open switch
    {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        _ => null,
    };
}
