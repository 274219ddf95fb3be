namespace Claimgraph.Lexicon;

/// <summary>
/// The "german-compound" engine: number words written as one compound, read by their grammar
/// ([[units] hundert] [units und tens | teens | tens | units], optionally times tausend and
/// again): "dreihundertfünfzig", "einundzwanzig", "zweitausendvierhundert",
/// "einhundertdreiundzwanzigtausendvierhundertfünfundsechzig". Atoms, the connector ("und")
/// and halves ("zweieinhalb" = zwei + einhalb) come from numbers.yaml. Reads spans without
/// allocating.
/// </summary>
public sealed class CompoundNumberWordReader : NumberWordReader
{
    private readonly WordTable<double> _atoms;
    private readonly WordTable<double> _fractions;
    private readonly (string Key, double Value)[] _halves;
    private readonly string[] _connectors;
    private readonly string[] _hundreds;
    private readonly string[] _thousands;

    internal CompoundNumberWordReader(NumberLexiconData data)
        : base(data)
    {
        _atoms = WordTable.Of(data.Atoms.Where(p => p.Value is not (100 or 1000)));
        _fractions = WordTable.Of(data.Fractions);
        _halves = data.Fractions.Where(p => p.Value < 1).Select(p => (p.Key.ToLowerInvariant(), p.Value)).ToArray();
        _connectors = data.Connectors.Select(c => c.ToLowerInvariant()).ToArray();
        _hundreds = data.Atoms.Where(p => p.Value is 100).Select(p => p.Key.ToLowerInvariant()).ToArray();
        _thousands = data.Atoms.Where(p => p.Value is 1000).Select(p => p.Key.ToLowerInvariant()).ToArray();
    }

    protected override bool TryCardinal(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        if (word.Length < 3)
        {
            return false;
        }

        if (_fractions.TryGet(word, out value))
        {
            return true;
        }

        if (TryBelowMillion(word, out value))
        {
            return true;
        }

        // "zweieinhalb" = zwei + einhalb.
        foreach (var (key, fraction) in _halves)
        {
            if (word.Length > key.Length + 2 && word.EndsWith(key, StringComparison.OrdinalIgnoreCase) && TryBelowMillion(word[..^key.Length], out var whole))
            {
                value = whole + fraction;
                return true;
            }
        }

        value = 0;
        return false;
    }

    private bool TryBelowMillion(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        foreach (var thousand in _thousands)
        {
            var at = word.LastIndexOf(thousand, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            double left = 1, right = 0;
            if (at > 0 && !TryBelowThousand(word[..at], out left))
            {
                return false;
            }

            var rest = word[(at + thousand.Length)..];
            if (!rest.IsEmpty && !TryBelowThousand(rest, out right))
            {
                return false;
            }

            value = (left * 1000) + right;
            return true;
        }

        return TryBelowThousand(word, out value);
    }

    private bool TryBelowThousand(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        foreach (var hundred in _hundreds)
        {
            var at = word.IndexOf(hundred, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            double left = 1, right = 0;
            if (at > 0 && !(_atoms.TryGet(word[..at], out left) && left is >= 1 and <= 9))
            {
                return false;
            }

            var rest = word[(at + hundred.Length)..];
            if (!rest.IsEmpty && !TryBelowHundred(rest, out right))
            {
                return false;
            }

            value = (left * 100) + right;
            return true;
        }

        return TryBelowHundred(word, out value);
    }

    private bool TryBelowHundred(ReadOnlySpan<char> word, out double value)
    {
        if (_atoms.TryGet(word, out value) && value < 100)
        {
            return true;
        }

        // "einundzwanzig" = ein + und + zwanzig.
        foreach (var connector in _connectors)
        {
            var at = word.IndexOf(connector, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && _atoms.TryGet(word[..at], out var unit) && unit is >= 1 and <= 9
                && _atoms.TryGet(word[(at + connector.Length)..], out var tens) && tens is >= 20 and < 100 && tens % 10 == 0)
            {
                value = unit + tens;
                return true;
            }
        }

        value = 0;
        return false;
    }
}
