namespace Claimgraph.Lexicon;

/// <summary>
/// The part of reading number words that is the same in every language: lookups of articles,
/// multipliers, magnitudes, fraction words and irregular ordinals, and the derivation of
/// ordinals (stem + suffix + inflection ending) and fractions (ordinal stem + fraction suffix)
/// from cardinals. An engine says how a cardinal word is built (<see cref="TryCardinal"/>).
/// All lookups work on spans of the text and allocate nothing.
/// </summary>
public abstract class NumberWordReader : INumberWordReader
{
    private readonly WordTable<double> _multipliers;
    private readonly WordTable<double> _magnitudes;
    private readonly WordTable<double> _fractionWords;
    private readonly WordTable<double> _ordinals;
    private readonly WordTable<bool> _articles;
    private readonly WordTable<bool> _fractionExclude;
    private readonly WordTable<bool> _excluded;
    private readonly (string Suffix, string Replacement)[] _ordinalSuffixes;
    private readonly string[] _ordinalEndings;
    private readonly string[] _fractionSuffixes;
    private readonly string[] _inflectionEndings;
    private readonly WordStarts _starts;
    private readonly string[] _irregularOrdinals;
    private readonly string[] _fractionWordKeys;

    internal NumberWordReader(NumberLexiconData data)
    {
        // Every number word starts like one of the words of the lexicon: a cheap filter for the
        // words of a text, almost none of which are numbers.
        _starts = new WordStarts(data.Atoms.Keys.Concat(data.Multipliers.Keys).Concat(data.Magnitudes.Keys).Concat(data.FractionWords.Keys)
            .Concat(data.Ordinals.Keys).Concat(data.Articles).Concat(data.Fractions.Keys).Concat(data.NegativeWords));

        _multipliers = WordTable.Of(data.Multipliers);
        _magnitudes = WordTable.Of(data.Magnitudes);
        _fractionWords = WordTable.Of(data.FractionWords);
        _ordinals = WordTable.Of(data.Ordinals);
        _articles = WordTable.Set(data.Articles);
        _fractionExclude = WordTable.Set(data.FractionExclude);
        _excluded = WordTable.Set(data.StandaloneExclude);
        _ordinalSuffixes = data.OrdinalSuffixes.OrderByDescending(p => p.Key.Length).Select(p => (p.Key.ToLowerInvariant(), (p.Value ?? "").ToLowerInvariant())).ToArray();
        _ordinalEndings = data.OrdinalEndings.Select(e => e.ToLowerInvariant()).OrderByDescending(e => e.Length).ToArray();
        _fractionSuffixes = data.FractionSuffixes.Select(e => e.ToLowerInvariant()).OrderByDescending(e => e.Length).ToArray();
        _irregularOrdinals = data.Ordinals.Keys.Select(k => k.ToLowerInvariant()).ToArray();
        _fractionWordKeys = data.FractionWords.Keys.Select(k => k.ToLowerInvariant()).ToArray();
        _inflectionEndings = data.InflectionEndings.Select(e => e.ToLowerInvariant()).OrderByDescending(e => e.Length).ToArray();
    }

    /// <summary>A cardinal written as one word, by the language's grammar of number words.</summary>
    protected abstract bool TryCardinal(ReadOnlySpan<char> word, out double value);

    /// <summary>Whether the word may be a number word at all (it starts like one).</summary>
    public bool MayBeNumber(ReadOnlySpan<char> word) => _starts.MayStart(word);

    public bool TryRead(ReadOnlySpan<char> lowerWord, out double value)
    {
        value = 0;
        if (lowerWord.Length < 3 || !MayBeNumber(lowerWord) || _excluded.Contains(lowerWord))
        {
            return false;
        }

        if (TryCardinal(lowerWord, out value))
        {
            return true;
        }

        // Inflected small numbers: "zweier" (genitive), "dreien" (dative).
        foreach (var ending in _inflectionEndings)
        {
            if (lowerWord.Length > ending.Length + 2 && lowerWord.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                var stem = lowerWord[..^ending.Length];
                if (!_excluded.Contains(stem) && TryCardinal(stem, out value) && value is >= 2 and <= 12)
                {
                    return true;
                }
            }
        }

        value = 0;
        return false;
    }

    public bool TryReadWord(ReadOnlySpan<char> word, out NumberWord result)
    {
        result = default;
        if (word.IsEmpty || !MayBeNumber(word))
        {
            return false;
        }

        if (_articles.Contains(word))
        {
            result = new NumberWord(NumberWordKind.Article, 1);
            return true;
        }

        if (_multipliers.TryGet(word, out var value))
        {
            result = new NumberWord(NumberWordKind.Multiplier, value);
            return true;
        }

        if (_magnitudes.TryGet(word, out value))
        {
            result = new NumberWord(NumberWordKind.Magnitude, value);
            return true;
        }

        if (_fractionWords.TryGet(word, out value))
        {
            result = new NumberWord(NumberWordKind.Fraction, value);
            return true;
        }

        if (TryCardinal(word, out value))
        {
            result = new NumberWord(NumberWordKind.Cardinal, value);
            return true;
        }

        if (_ordinals.TryGet(word, out value) && _ordinalEndings.Length == 0)
        {
            result = new NumberWord(NumberWordKind.Ordinal, value);
            return true;
        }

        if (TryOrdinal(word, out value))
        {
            result = new NumberWord(NumberWordKind.Ordinal, value);
            return true;
        }

        if (TryFraction(word, out value))
        {
            result = new NumberWord(NumberWordKind.Fraction, value);
            return true;
        }

        if (TryRead(word, out value))
        {
            result = new NumberWord(NumberWordKind.Cardinal, value);
            return true;
        }

        if (TryFractionCompound(word, out value))
        {
            result = new NumberWord(NumberWordKind.Cardinal, value);
            return true;
        }

        return false;
    }

    /// <summary>An ordinal without inflection ending ("zu dritt", the stem of "Drittel").</summary>
    public bool TryReadOrdinalStem(ReadOnlySpan<char> stem, out double value)
    {
        value = 0;
        if (stem.Length < 2 || !MayBeNumber(stem))
        {
            return false;
        }

        if (_ordinals.TryGet(stem, out value))
        {
            return true;
        }

        // A compound ending in an irregular stem: "einhundertdritt" = einhundert + dritt.
        foreach (var irregular in _irregularOrdinals)
        {
            if (stem.Length > irregular.Length + 2 && stem.EndsWith(irregular, StringComparison.OrdinalIgnoreCase)
                && TryCardinal(stem[..^irregular.Length], out var head) && head >= 100 && head % 100 == 0 && _ordinals.TryGet(irregular, out var last))
            {
                value = head + last;
                return true;
            }
        }

        Span<char> buffer = stackalloc char[64];
        foreach (var (suffix, replacement) in _ordinalSuffixes)
        {
            if (stem.Length <= suffix.Length || !stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var bare = stem[..^suffix.Length];
            if (bare.Length + replacement.Length > buffer.Length)
            {
                continue;
            }

            bare.CopyTo(buffer);
            replacement.AsSpan().CopyTo(buffer[bare.Length..]);
            var baseWord = buffer[..(bare.Length + replacement.Length)];
            if (TryCardinal(baseWord, out value) || _multipliers.TryGet(baseWord, out value) || _magnitudes.TryGet(baseWord, out value))
            {
                return value >= 1;
            }
        }

        value = 0;
        return false;
    }

    private bool TryOrdinal(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        if (_ordinalEndings.Length == 0)
        {
            return TryReadOrdinalStem(word, out value);
        }

        foreach (var ending in _ordinalEndings)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                && TryReadOrdinalStem(word[..^ending.Length], out value))
            {
                return true;
            }
        }

        // A whole word listed as an ordinal ("zuerst").
        return _ordinals.TryGet(word, out value) && word.Length > 5;
    }

    // "Drittel" = dritt + el; "thirds" = third + s.
    private bool TryFraction(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        if (_fractionExclude.Contains(word))
        {
            return false;
        }

        foreach (var suffix in _fractionSuffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var stem = word[..^suffix.Length];
                // "firsts" only inside a compound denominator ("twenty-firsts"); the number recognizer checks.
                if (_fractionWords.TryGet(stem, out value) || TryReadOrdinalStem(stem, out value))
                {
                    return value >= 1;
                }
            }
        }

        return false;
    }

    private bool EndsLikeFraction(ReadOnlySpan<char> word)
    {
        foreach (var suffix in _fractionSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var key in _fractionWordKeys)
        {
            if (word.EndsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "dreiviertel" = drei Viertel: a cardinal numerator written together with its denominator.
    private bool TryFractionCompound(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        if (!EndsLikeFraction(word))
        {
            return false;
        }

        for (var split = 3; split <= word.Length - 4; split++)
        {
            var rest = word[split..];
            if ((TryFraction(rest, out var denominator) || _fractionWords.TryGet(rest, out denominator))
                && TryCardinal(word[..split], out var numerator) && numerator >= 1)
            {
                value = numerator / denominator;
                return true;
            }
        }

        return false;
    }
}
