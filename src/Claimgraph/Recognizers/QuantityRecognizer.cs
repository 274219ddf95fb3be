using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Recognizers;

/// <summary>
/// Finds quantity phrases in a tokenized sentence: [qualifier] number [magnitude] [range] [qualifier].
/// Numbers in digits or words, vague amounts, "mehrere tausend", "zwischen … und …". Tokens that
/// are numbers but not amounts are passed over: ordinals and dates ("21. Dezember", "17.11.2024"),
/// clock times ("08:39"), model numbers ("KN-23", "2S19"), numbers in a bracket of their own ("(46)").
/// Deciding what is counted is the next stage's work.
/// </summary>
public sealed class QuantityRecognizer
{
    private readonly NumberLexicon _numbers;
    private readonly DigitConventions _digits;
    private readonly MeasureLexicon _measures;
    private readonly HashSet<string> _months;
    private readonly KeyFilter _monthFilter;

    // The lexicon's tables asked of the token after every number, by their own types (no interface dispatch per lookup),
    // each behind a filter of its keys' first letters and lengths that turns down most words without hashing them.
    private readonly Dictionary<string, double> _magnitudes;
    private readonly KeyFilter _magnitudeFilter;
    private readonly Dictionary<string, double> _vagueMagnitudes;
    private readonly IReadOnlySet<string> _rangeConnectors;
    private readonly KeyFilter _rangeConnectorFilter;
    private readonly Phrases<double> _vague;

    // Age compounds ("der 48-Jährige"): the number is a person's age, not a count.
    private readonly Phrases<Units.AgeUnit> _ageCompounds;

    // Whether some range opener is a symbol: otherwise a symbol never opens a quantity.
    private readonly bool _symbolOpens;

    // The word forms that may open a quantity, answered with the sentence's cue masks.
    private readonly WordClass _openers;

    // Whether some range opener is written with a digit: otherwise a number token opens no range.
    private readonly bool _numberOpens;

    // What the recognizer asks of a word that may open a quantity, remembered by the pooled string (see WordFactsAt).
    private readonly FormMemo<WordFacts> _facts = new(8192);

    public QuantityRecognizer(LanguagePack pack)
    {
        _numbers = pack.Numbers;
        _digits = pack.Grammar.Digits;
        _measures = pack.Measures;
        _months = pack.Dates.MonthWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _monthFilter = new KeyFilter(_months);
        _magnitudes = new Dictionary<string, double>(pack.Numbers.Magnitudes, StringComparer.Ordinal);
        _magnitudeFilter = new KeyFilter(_magnitudes.Keys);
        _vagueMagnitudes = new Dictionary<string, double>(pack.Numbers.VagueMagnitudes, StringComparer.Ordinal);
        _rangeConnectors = pack.Numbers.RangeConnectors;
        _rangeConnectorFilter = new KeyFilter(_rangeConnectors);
        _vague = pack.Numbers.Vague;
        _ageCompounds = pack.Units.AgeCompact;
        _symbolOpens = pack.Numbers.RangeOpeners.Keys.Any(key => !key.Any(char.IsLetterOrDigit));
        _openers = pack.QuantityOpeners;
        _numberOpens = pack.Numbers.RangeOpeners.Keys.Any(key => key.Any(char.IsDigit));
    }

    /// <summary>
    /// The lexicon's answers about word token i, asked of every word a quantity may start at and of the word after a range
    /// opener or qualifier: whether it opens a range (and its joiner), is a number word (and its value), an article, or the
    /// first word of a vague amount. Each of these makes the word a quantity opener, so a word whose opener bit in the
    /// sentence's cue masks is clear is none of them, with no lookup at all (<see cref="NoFacts"/>); the opener forms are
    /// few and are remembered by the pooled string (<c>TokenStringPool</c>) in a direct-mapped table, one lookup of its
    /// identity instead of a hashed lookup of its characters (and a number word's parse) per question. Slots are replaced whole.
    /// </summary>
    private WordFacts WordFactsAt(TokenizedText text, int i) => _openers.Contains(text, i) ? FactsOf(text.Lower[i]) : NoFacts;

    private static readonly WordFacts NoFacts = new("");

    private WordFacts FactsOf(string form)
    {
        if (_facts.TryGet(form, out var known))
        {
            return known;
        }

        var facts = new WordFacts(form);
        facts.RangeJoiner = _numbers.RangeOpeners.TryGetValue(form, out var joiner) ? joiner : null;
        facts.IsNumberWord = _numbers.Words.TryRead(form, out facts.NumberValue);
        facts.IsArticle = _numbers.Articles.Contains(form);
        facts.MayStartVague = _vague.StartsWith(form);
        return _facts.Remember(facts);
    }

    private bool IsMagnitude(TokenizedText text, int i, out double magnitude)
    {
        magnitude = 0;
        return _magnitudeFilter.MayContain(text.Lower[i]) && _magnitudes.TryGetValue(text.Lower[i], out magnitude);
    }

    private bool IsRangeConnector(TokenizedText text, int i) => _rangeConnectorFilter.MayContain(text.Lower[i]) && _rangeConnectors.Contains(text.Lower[i]);

    private bool IsMonth(string lower) => _monthFilter.MayContain(lower) && _months.Contains(lower);

    public List<QuantityPhrase> FindAll(TokenizedText text)
    {
        var found = new List<QuantityPhrase>();
        // The opener bit of each word read from the sentence's masks here, not by a call per token.
        var indexed = _openers.TryMasks(text, out var masks, out var bit);
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var may = indexed && tokens[i].IsWord ? (masks[i] & bit) != 0 : MayOpen(text, i);
            if (may && TryAt(text, i, out var phrase))
            {
                found.Add(phrase);
                i = phrase.Last;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a quantity may start at the token: any number, a symbol only if it opens a range, and a word that is a number
    /// word or the first word of a qualifier, range opener, vague quantifier or vague amount. Most
    /// words are none of these; a word's answer comes with the sentence's cue masks (<see cref="WordClass"/>).
    /// </summary>
    private bool MayOpen(TokenizedText text, int i)
    {
        if (!text.Tokens[i].IsWord)
        {
            return text.Tokens[i].IsNumber || (_symbolOpens && _numbers.RangeOpeners.ContainsKey(text.Lower[i]));
        }

        return _openers.Contains(text, i);
    }

    /// <summary>
    /// Whether a word form may open a quantity: a number word or the first word of a qualifier,
    /// range opener, vague quantifier or vague amount (the pack's <see cref="LanguagePack.QuantityOpeners"/>).
    /// </summary>
    internal static Func<string, bool> OpenerTest(NumberLexicon numbers)
    {
        var vague = numbers.Vague;
        return lower => numbers.QualifiersBefore.StartsWith(lower) || numbers.RangeOpeners.ContainsKey(lower)
            || numbers.VagueQuantifiers.StartsWith(lower) || vague.StartsWith(lower)
            || numbers.Words.TryRead(lower, out _) || numbers.Articles.Contains(lower);
    }

    private bool TryAt(TokenizedText text, int i, out QuantityPhrase phrase)
    {
        phrase = null!;
        var qualifier = Qualifier.Exact;
        var start = i;
        if (_numbers.QualifiersBefore.TryMatchAt(text, i, out var before) && before.Last + 1 < text.Count && !IsPrepositionAfterNoun(text, before))
        {
            if (TryCore(text, AfterAbbreviationPeriod(text, before.Last), out var coreAfterQualifier))
            {
                qualifier = before.Value;
                return Finish(text, start, coreAfterQualifier, qualifier, out phrase);
            }

            return false;
        }

        return TryCore(text, i, out var core) && Finish(text, start, core, qualifier, out phrase);
    }

    private bool Finish(TokenizedText text, int start, Core core, Qualifier qualifier, out QuantityPhrase phrase)
    {
        var quantity = core.Quantity;
        if (quantity.Qualifier is Qualifier.Exact && qualifier != Qualifier.Exact)
        {
            quantity = quantity.WithQualifier(qualifier);
        }

        var last = core.Last;
        if (quantity.Qualifier == Qualifier.Exact && last + 1 < text.Count && _numbers.QualifiersAfter.TryMatchAt(text, last + 1, out var after)
            && !OpensNextQualifier(text, after))
        {
            quantity = quantity.WithQualifier(after.Value);
            last = after.Last;
        }

        phrase = new QuantityPhrase(start, last, core.Last, quantity);
        return true;
    }

    /// <summary>
    /// "ca. 120.000 Schuss": a period joined to a qualifier word closes its abbreviation (the splitter's abbreviations keep
    /// the sentence going), so the number follows the period.
    /// </summary>
    private static int AfterAbbreviationPeriod(TokenizedText text, int qualifierLast) =>
        qualifierLast + 2 < text.Count && text.IsSymbol(qualifierLast + 1, '.') && text.Tokens[qualifierLast + 1].Joined
            ? qualifierLast + 2 : qualifierLast + 1;

    /// <summary>
    /// "16 Panzerhaubitzen 2000 und mehr als 180.000 Schuss": a qualifier after the number whose words go on into a longer
    /// qualifier before a number ("mehr als") joins the next quantity and qualifies it, not the number before.
    /// </summary>
    private bool OpensNextQualifier(TokenizedText text, CueMatch<Qualifier> after) =>
        after.Last > after.First && _numbers.QualifiersBefore.TryMatchAt(text, after.First + 1, out var next) && next.Last > after.Last;

    /// <summary>"ein Paket über 125 Millionen": a one-word qualifier right after a noun of value is a preposition.</summary>
    private bool IsPrepositionAfterNoun(TokenizedText text, CueMatch<Qualifier> qualifier)
    {
        var noun = qualifier.First - 1;
        return qualifier.First == qualifier.Last && noun >= 0 && text.Tokens[noun].IsWord && text.IsCapitalized(noun)
            && _numbers.PrepositionQualifiers.Contains(text.Lower[qualifier.First])
            && WordEndings.EndsWithAny(text.Lower[noun], _numbers.PrepositionAfterNouns);
    }

    private bool TryCore(TokenizedText text, int i, out Core core)
    {
        core = default;
        var lower = text.Lower[i];
        // A word's answers come with its facts; a number opens a range only if some opener has a digit; a symbol is looked up.
        var facts = text.Tokens[i].IsWord ? WordFactsAt(text, i) : NoFacts;
        var joiner = text.Tokens[i].IsWord ? facts.RangeJoiner
            : (!text.Tokens[i].IsNumber || _numberOpens) && _numbers.RangeOpeners.TryGetValue(lower, out var otherJoiner) ? otherJoiner : null;

        // zwischen 10 und 12 / von 10 bis 12
        if (joiner is not null && i + 1 < text.Count
            && TryNumber(text, i + 1, out var low, out var lowLast)
            && lowLast + 2 < text.Count && text.Lower[lowLast + 1] == joiner
            && TryNumber(text, lowLast + 2, out var high, out var highLast))
        {
            (low, high) = ScaleLowByHigh(text, i + 1, lowLast, low, high);
            core = new Core(highLast, Quantity.Between(low, high));
            return low < high;
        }

        // mehrere tausend / einige hundert
        if (_numbers.VagueQuantifiers.TryMatchAt(text, i, out var quantifier) && quantifier.Last + 1 < text.Count
            && IsVagueMagnitude(text, quantifier.Last + 1, out var order))
        {
            core = new Core(quantifier.Last + 1, new Quantity(order, null, null, Qualifier.Several));
            return true;
        }

        // Tausende / Hunderte / Dutzende (a capitalised noun, or lower-case "tausende"), "hundreds of thousands"
        if (facts.MayStartVague && _vague.TryMatch(text.Text, text.Tokens, i, out var vague, out var vagueLast) && !IsMagnitudeAfterNumber(text, i)
            && !IsAfterDigitCount(text, i))
        {
            core = new Core(vagueLast, new Quantity(vague, null, null, Qualifier.Several));
            return true;
        }

        if (!TryNumber(text, i, out var value, out var last))
        {
            return false;
        }

        // 10.000 bis 12.000 / 10.000-12.000
        if (last + 2 < text.Count && IsRangeConnector(text, last + 1)
            && TryNumber(text, last + 2, out var upper, out var upperLast))
        {
            var (scaledLow, scaledHigh) = ScaleLowByHigh(text, i, last, value, upper);
            if (scaledLow < scaledHigh)
            {
                core = new Core(upperLast, Quantity.Between(scaledLow, scaledHigh));
                return true;
            }
        }

        // "Jeden Tag kommen 30, 40 Drohnen", "zwei, drei Millionen"
        if (SpokenStep(text, i, last, value) is { } step)
        {
            core = step;
            return true;
        }

        core = new Core(last, new Quantity(value, null, null, Qualifier.Exact));
        return true;
    }

    /// <summary>
    /// A whole number, a comma, a space and the number one step of its leading digit above it is a spoken range: "30, 40
    /// Drohnen", "200, 300 Mann", "zwei, drei Millionen" (the upper end's magnitude scales the lower). A number right
    /// before or after makes it a list ("10, 20, 30", "30, 40 oder 50"); "2023, 2024" is no step (a thousand, not one). A
    /// spoken range joiner does what the comma does between round numbers ("weitere 30 oder 40 Raketen").
    /// </summary>
    private Core? SpokenStep(TokenizedText text, int first, int last, double value)
    {
        if (last + 2 >= text.Count || !(text.IsSymbol(last + 1, ',') || (text.Tokens[last + 1].IsWord && _numbers.SpokenRangeJoiners.Contains(text.Lower[last + 1])))
            || text.Tokens[last + 2].Joined || value < 1 || value != Math.Floor(value)
            || (first >= 2 && text.IsSymbol(first - 1, ',') && TryNumber(text, first - 2, out _, out _))
            || !TryNumber(text, last + 2, out var upper, out var upperLast)
            || (upperLast + 1 < text.Count && TryNumber(text, upperLast + 1, out _, out _))
            || (upperLast + 2 < text.Count && TryNumber(text, upperLast + 2, out _, out _)))
        {
            return null;
        }

        // With a word ("zwölf oder 22 Raketen" may be two kinds of load) only round numbers make a range.
        var (low, high) = ScaleLowByHigh(text, first, last, value, upper);
        var step = Math.Pow(10, Math.Floor(Math.Log10(low)));
        return high - low == step && (text.IsSymbol(last + 1, ',') || low % step == 0) ? new Core(upperLast, Quantity.Between(low, high)) : null;
    }

    // "zwei bis drei Millionen": the magnitude of the upper end applies to the lower one too.
    private (double Low, double High) ScaleLowByHigh(TokenizedText text, int lowFirst, int lowLast, double low, double high)
    {
        if (lowLast == lowFirst && high > low * 100 && low < 1000)
        {
            foreach (var magnitude in new[] { 1e12, 1e9, 1e6, 1e3 })
            {
                if (high >= magnitude && low * magnitude <= high)
                {
                    return (Scale(low, magnitude), high);
                }
            }
        }

        return (low, high);
    }

    /// <summary>
    /// Whether the plain digits at token i belong to a run of space-separated groups of more than one group whose first
    /// group starts with a zero. Looks only at neighbouring number tokens.
    /// </summary>
    private static bool InZeroLedDigitRun(TokenizedText text, int i)
    {
        var start = i;
        while (start > 0 && SpacedDigitGroups(text, start - 1))
        {
            start--;
        }

        return text.Text[text.Tokens[start].Start] == '0' && (start < i || (i + 1 < text.Count && SpacedDigitGroups(text, i)));
    }

    /// <summary>Plain digit tokens of at most three digits at left and left + 1, one space apart.</summary>
    private static bool SpacedDigitGroups(TokenizedText text, int left) =>
        text.Tokens[left].IsNumber && text.Tokens[left + 1].IsNumber && !text.Tokens[left + 1].Joined
        && text.Tokens[left + 1].Start - text.Tokens[left].End == 1 && text.Tokens[left].Length <= 3 && text.Tokens[left + 1].Length <= 3
        && IsPlainDigits(text, left) && IsPlainDigits(text, left + 1);

    /// <summary>A number in digits or words at token i, with the magnitude word after it.</summary>
    private bool TryNumber(TokenizedText text, int i, out double value, out int last)
    {
        value = 0;
        last = i;
        var token = text.Tokens[i];
        if (token.IsNumber)
        {
            if (!IsAmountNumber(text, i) || !DigitNumber.TryParse(token.Of(text.Text), _digits, out value))
            {
                return false;
            }

            // "11 000", "1 500 000": groups of three digits after single spaces.
            if (token.Length <= 3 && IsPlainDigits(text, i))
            {
                // "Hotline 0 800 300 529": a run of digit groups led by a zero is a phone number or a code, no amount;
                // none of its groups is read, so the run's tail is no number of its own either.
                if (InZeroLedDigitRun(text, i))
                {
                    return false;
                }

                while (last + 1 < text.Count && text.Tokens[last + 1].IsNumber && !text.Tokens[last + 1].Joined && text.Tokens[last + 1].Length == 3
                    && text.Tokens[last + 1].Start - text.Tokens[last].End == 1 && IsPlainDigits(text, last + 1) && IsAmountNumber(text, last + 1))
                {
                    value = value * 1000 + double.Parse(text.Lower[last + 1], System.Globalization.CultureInfo.InvariantCulture);
                    last++;
                }
            }
        }
        else if (!token.IsWord || WordFactsAt(text, i) is not { Form.Length: > 0 } word)
        {
            // A symbol, or a word that opens no quantity: no number word, no article.
            return false;
        }
        else if (word.IsNumberWord)
        {
            // A number word is fine as it is.
            value = word.NumberValue;
        }
        else if (i + 1 < text.Count && word.IsArticle && IsMagnitude(text, i + 1, out _))
        {
            // "mehr als einer Million Schuss": the article is the number one before a magnitude.
            value = 1;
        }
        else if (i + 2 < text.Count && word.IsArticle && IsMagnitude(text, i + 2, out _)
            && _numbers.Words.TryReadWord(text.Lower[i + 1], out var fraction) && fraction.Kind == NumberWordKind.Fraction && fraction.Value > 0)
        {
            // "eine halbe Million Stück": the article and a fraction word before a magnitude are that part of it.
            value = 1 / fraction.Value;
            last = i + 1;
        }
        else
        {
            return false;
        }

        // Magnitude: "5 Millionen", "2,7 Mrd.", "5 Mio"
        if (last + 1 < text.Count && IsMagnitude(text, last + 1, out var magnitude))
        {
            value = Scale(value, magnitude);
            last++;
            if (last + 1 < text.Count && text.IsSymbol(last + 1, '.') && text.Tokens[last + 1].Joined && text.Lower[last].Length <= 3)
            {
                last++;
            }
        }

        return true;
    }

    private static bool IsPlainDigits(TokenizedText text, int i) => AsciiDigits.All(text.Lower[i]);

    // "4,1 Milliarden" is 4.100.000.000, not the 4.099.999.999,9999995 of binary floating point: decimals scale exactly.
    private static double Scale(double value, double magnitude) =>
        Math.Abs(value) < 1e15 ? (double)((decimal)value * (decimal)magnitude) : value * magnitude;

    // "Tausend" right after a number is its magnitude, not a vague amount.
    private bool IsMagnitudeAfterNumber(TokenizedText text, int i) => i > 0 && text.Tokens[i - 1].IsNumber;

    // "im mittleren dreistelligen Millionen-Euro-Bereich": after an adjective of how many digits, "Millionen" names an order, no amount.
    private bool IsAfterDigitCount(TokenizedText text, int i) =>
        i > 0 && text.Tokens[i - 1].IsWord && WordEndings.EndsWithAny(text.Lower[i - 1], _numbers.DigitCountEndings, minStem: 2);

    /// <summary>Whether a digit token is an amount rather than part of a date, time, ordinal or model number.</summary>
    private bool IsAmountNumber(TokenizedText text, int i)
    {
        var token = text.Tokens[i];
        var next = i + 1 < text.Count ? text.Tokens[i + 1] : default;
        var hasNext = i + 1 < text.Count;

        // Model numbers: "KN-23", "F-16", "Shahed-136" (a word joined by a hyphen before the digits).
        if (token.Joined && i >= 2 && text.IsSymbol(i - 1, '-') && text.Tokens[i - 2].IsWord && text.Tokens[i - 1].Joined)
        {
            return false;
        }

        // Digits glued to a preceding word ("Su-34" is above; "A4" is a word token): nothing to do.
        if (hasNext && next.Joined)
        {
            // Clock time "08:39", score "3:1", ratio.
            if (text.IsSymbol(i + 1, ':') && i + 2 < text.Count && text.Tokens[i + 2].IsNumber && text.Tokens[i + 2].Joined)
            {
                return false;
            }

            // An age compound: "sagte der 48-Jährige" (a hyphen glues it; only then is the lexicon asked).
            if (text.IsSymbol(i + 1, '-') && _ageCompounds.TryMatch(text.Text, text.Tokens, i + 1, out _, out _))
            {
                return false;
            }

            // Ordinal or date: "21. Dezember", "das 17. Paket". A period at the very end closes the sentence.
            if (text.IsSymbol(i + 1, '.') && i + 2 < text.Count)
            {
                return false;
            }

            // A number glued to letters: a unit ("170mm", "5km") is fine, anything else is a model ("2S19", "11Ga").
            if (next.IsWord && !_measures.TryUnit(text.Lower[i + 1], out _) && !IsMagnitude(text, i + 1, out _))
            {
                return false;
            }

        }

        // The minutes of a clock time: "08:39".
        if (i >= 2 && token.Joined && text.IsSymbol(i - 1, ':') && text.Tokens[i - 1].Joined && text.Tokens[i - 2].IsNumber)
        {
            return false;
        }

        // A year after a month name or a year word: "Dezember 2024", "Dec. 2024", "im Jahr 2024".
        if (token.Length == 4 && i > 0 && text.Tokens[i - 1].IsWord && _numbers.YearWords.Contains(text.Lower[i - 1])
            && DigitNumber.TryParse(token.Of(text.Text), _digits, out var yearAfterWord) && yearAfterWord is >= 1000 and <= 2100)
        {
            return false;
        }

        // A year after a month name: "Dezember 2024", "Dec. 2024".
        if (token.Length == 4 && i > 0 && (IsMonth(text.Lower[i - 1]) || (text.IsSymbol(i - 1, '.') && i > 1 && IsMonth(text.Lower[i - 2])))
            && DigitNumber.TryParse(token.Of(text.Text), _digits, out var year) && year is >= 1900 and <= 2100)
        {
            return false;
        }

        // Percentages: "50%", "50 %".
        if (hasNext && text.IsSymbol(i + 1, '%'))
        {
            return false;
        }

        // A number alone in brackets: an age or a reference, "(46)".
        if (i > 0 && text.IsSymbol(i - 1, '(') && token.Joined && hasNext && text.IsSymbol(i + 1, ')') && next.Joined)
        {
            return false;
        }

        // Clock times and percentages written out: "8 Uhr", "12 Prozent".
        if (hasNext && (_numbers.ClockWords.TryMatch(text.Text, text.Tokens, i + 1, out _, out _) || _numbers.PercentWords.TryMatch(text.Text, text.Tokens, i + 1, out _, out _)))
        {
            return false;
        }

        // The first end of a range of percentages: "um 45 bis 65 Prozent höher", "10-15 %".
        if (i + 3 < text.Count && text.Tokens[i + 2].IsNumber && IsRangeConnector(text, i + 1)
            && _numbers.PercentWords.TryMatch(text.Text, text.Tokens, i + 3, out _, out _))
        {
            return false;
        }

        return true;
    }

    private bool IsVagueMagnitude(TokenizedText text, int i, out double order) => _vagueMagnitudes.TryGetValue(text.Lower[i], out order);

    private readonly record struct Core(int Last, Quantity Quantity);

    /// <summary>The answers of <see cref="FactsOf"/> for one word form.</summary>
    private sealed class WordFacts(string form) : FormFacts(form)
    {        public string? RangeJoiner;
        public bool IsNumberWord;
        public double NumberValue;
        public bool IsArticle;
        public bool MayStartVague;
    }
}
