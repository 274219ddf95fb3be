namespace Claimgraph.Lexicon;

/// <summary>
/// Reads number words written as one compound from atoms ("dreihundertfünfzig" = drei·hundert +
/// fünfzig, "einundzwanzig" = ein + und + zwanzig, "zweitausendvierhundert"), and their inflected
/// forms ("zweier", "dreien"). The "german-compound" engine.
/// </summary>
public sealed class CompoundNumberWordReader : INumberWordReader
{
    private readonly Dictionary<string, double> _atoms;
    private readonly string[] _connectors;
    private readonly HashSet<string> _excluded;
    private readonly string[] _endings;
    private readonly Dictionary<string, double> _fractions;
    private readonly int _longestAtom;

    public CompoundNumberWordReader(
        IReadOnlyDictionary<string, double> atoms,
        IEnumerable<string> connectors,
        IEnumerable<string> standaloneExclude,
        IEnumerable<string> inflectionEndings,
        IReadOnlyDictionary<string, double> fractions)
    {
        _atoms = atoms.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal);
        _connectors = connectors.Select(c => c.ToLowerInvariant()).ToArray();
        _excluded = standaloneExclude.Select(c => c.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _endings = inflectionEndings.Select(c => c.ToLowerInvariant()).OrderByDescending(e => e.Length).ToArray();
        _fractions = fractions.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal);
        _longestAtom = _atoms.Keys.Select(k => k.Length).DefaultIfEmpty(1).Max();
    }

    public bool TryRead(string lowerWord, out double value)
    {
        value = 0;
        if (lowerWord.Length < 3 || _excluded.Contains(lowerWord))
        {
            return false;
        }

        if (_fractions.TryGetValue(lowerWord, out value))
        {
            return true;
        }

        if (TryCompound(lowerWord, out value))
        {
            return true;
        }

        // Inflected small numbers: "zweier" (genitive), "dreien" (dative).
        foreach (var ending in _endings)
        {
            if (lowerWord.Length > ending.Length + 2 && lowerWord.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = lowerWord[..^ending.Length];
                if (!_excluded.Contains(stem) && _atoms.TryGetValue(stem, out value) && value is >= 2 and <= 12)
                {
                    return true;
                }
            }
        }

        value = 0;
        return false;
    }

    private bool TryCompound(string word, out double value)
    {
        value = 0;
        double total = 0;
        double current = 0;
        var position = 0;
        var atoms = 0;
        while (position < word.Length)
        {
            var connector = _connectors.FirstOrDefault(c => atoms > 0 && string.CompareOrdinal(word, position, c, 0, c.Length) == 0 && position + c.Length < word.Length);
            if (connector is not null)
            {
                position += connector.Length;
                continue;
            }

            var matched = false;
            for (var length = Math.Min(_longestAtom, word.Length - position); length > 0; length--)
            {
                if (!_atoms.TryGetValue(word.Substring(position, length), out var atom))
                {
                    continue;
                }

                // "sieb" only inside "siebzehn"/"siebzig" style compounds; let longer atoms win.
                position += length;
                atoms++;
                if (atom == 1000)
                {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
                else if (atom == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    current += atom;
                }

                matched = true;
                break;
            }

            if (!matched)
            {
                return false;
            }
        }

        value = total + current;
        return atoms > 0;
    }
}
