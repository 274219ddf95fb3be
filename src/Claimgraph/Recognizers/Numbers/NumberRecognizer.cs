using System.Globalization;
using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>
/// Finds the numbers of a text, in digits, words or both: "11.000", "11 000", "11'000", "1,5",
/// "-9.23", "1e10", "3/4", "2 1/4", "½", "2,7 Milliarden", "10k", "dreihundertfünfzig",
/// "twenty-one trillion three hundred", "zwei Komma drei", "ein halbes Dutzend", "two thirds",
/// "one and a half", "one over three", and ordinals ("17.", "17th", "siebzehnte",
/// "twenty-first", "zu dritt"). Digits glued to letters ("180ml", "2S19") and model numbers
/// ("KN-23") are not numbers of their own. One pass over the tokens; each number is put
/// together by a small accumulator (total, current group, last term) that never looks back, so
/// the work is linear in the text.
/// </summary>
public sealed class NumberRecognizer
{
    private readonly NumberLexicon _lexicon;
    private readonly INumberWordReader _words;
    private readonly DigitConventions _digits;
    private readonly NumberOptions _options;
    private readonly NumberWordReader? _gate;
    private readonly Units.UnitLexicon _units;

    public NumberRecognizer(LanguagePack pack, NumberOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _lexicon = pack.Numbers;
        _words = pack.Numbers.Words;
        _digits = pack.Grammar.Digits;
        _options = options ?? NumberOptions.Default;
        _gate = _words as NumberWordReader;
        _units = pack.Units;
    }

    /// <summary>The numbers of the text (cardinals and ordinals), in order and not overlapping.</summary>
    public IReadOnlyList<NumberMention> FindAll(string text) => Scan(text).Numbers;

    /// <summary>Tokenizes the text and reads its numbers, for this and the recognizers built on it.</summary>
    public NumberScan Scan(string text)
    {
        text ??= "";
        var tokens = Tokenizer.Tokenize(text);
        var found = new List<NumberMention>();
        for (var i = 0; i < tokens.Length; i++)
        {
            // Most tokens start no number: a word no number word begins like, a punctuation mark.
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol ? !MayStartNumber(text[token.Start]) : token.IsWord && _gate is { } gate && !gate.MayBeNumber(token.Of(text)) && !IsUrlStart(text, tokens, i))
            {
                continue;
            }

            if (IsUrlStart(text, tokens, i))
            {
                // Numbers inside a web address are no numbers of the text.
                while (i + 1 < tokens.Length && tokens[i + 1].Joined)
                {
                    i++;
                }

                continue;
            }

            if (tokens[i].IsNumber && ClockTimeLast(text, tokens, i) is >= 0 and var clockLast)
            {
                // "08:39", "8.39 Uhr", "8 a.m.": a time of day, no number of the text.
                i = clockLast;
                continue;
            }

            if (TryAt(text, tokens, i, out var mention))
            {
                found.Add(mention);
                i = mention.LastToken;
            }
            else if (tokens[i].IsNumber && !DigitNumber.TryParse(tokens[i].Of(text), _digits, out _))
            {
                SplitDigitRuns(text, tokens, i, found);
            }
        }

        return new NumberScan(text, tokens, found);
    }

    // A sign, a decimal mark (".25") or a fraction sign ("½") may start a number; no other symbol.
    private bool MayStartNumber(char c) => c is '-' or '−' or '+' || c == _digits.Decimal || VulgarFraction(c) is not null;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsUrlStart(string text, Token[] tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || token.End >= text.Length || text[token.End] is not (':' or '.'))
        {
            return false;
        }

        var rest = text.AsSpan(token.End);
        return rest.StartsWith("://", StringComparison.Ordinal)
            || (rest[0] == '.' && token.Of(text).Equals("www", StringComparison.OrdinalIgnoreCase));
    }

    // A clock time starting at token i: "08:39" (and "08:39:12"), or an hour with or without its
    // minutes before a clock word ("8 Uhr", "8.39 Uhr", "8 a.m."). Its last token, or -1.
    private int ClockTimeLast(string text, Token[] tokens, int i)
    {
        var hour = tokens[i].Of(text);
        if (hour.Length > 2 || !IsPlainDigits(hour) || ParseInvariant(hour) > 24)
        {
            return HourAndMinutes(hour) && _lexicon.ClockWords.TryMatch(text, tokens, i + 1, out _, out _) ? i : -1;
        }

        var last = i;
        while (last + 2 < tokens.Length && tokens[last + 1].IsSymbol(text, ':') && tokens[last + 1].Joined && tokens[last + 2].Joined
            && tokens[last + 2].Of(text) is { Length: 2 } minutes && IsPlainDigits(minutes) && ParseInvariant(minutes) < 60 && last - i < 4)
        {
            last += 2;
        }

        return last > i || _lexicon.ClockWords.TryMatch(text, tokens, i + 1, out _, out _) ? last : -1;
    }

    // "8.39", "8,39": an hour and its minutes in one number token.
    private static bool HourAndMinutes(ReadOnlySpan<char> token)
    {
        var separator = token.IndexOfAny('.', ',');
        return separator is 1 or 2 && token.Length == separator + 3 && IsPlainDigits(token[..separator]) && IsPlainDigits(token[(separator + 1)..])
            && ParseInvariant(token[..separator]) <= 24 && ParseInvariant(token[(separator + 1)..]) < 60;
    }

    // "192.168.1.2", "22,24,26,31": separators that make no number in any convention; each run of digits is a number.
    private static void SplitDigitRuns(string text, Token[] tokens, int i, List<NumberMention> found)
    {
        var token = tokens[i];
        var start = token.Start;
        for (var p = token.Start; p <= token.End; p++)
        {
            if (p == token.End || !char.IsAsciiDigit(text[p]))
            {
                if (p > start)
                {
                    found.Add(new NumberMention(new TextSpan(start, p), ParseInvariant(text.AsSpan(start, p - start)), NumberKind.Cardinal, NumberForm.Digits)
                    {
                        FirstToken = i,
                        LastToken = i,
                        Partial = true,
                    });
                }

                start = p + 1;
            }
        }
    }

    private bool TryAt(string text, Token[] tokens, int i, out NumberMention mention)
    {
        mention = null!;
        var token = tokens[i];
        if (token.IsWord && _gate is { } gate && !gate.MayBeNumber(token.Of(text)))
        {
            return false;
        }

        var sign = 1;
        var j = i;
        if (IsMinus(text, token) && i + 1 < tokens.Length && tokens[i + 1].IsNumber && tokens[i + 1].Start - token.End <= 1
            && !(token.Joined && i > 0 && !tokens[i - 1].IsSymbol(text, '('))
            && !(i > 0 && (tokens[i - 1].IsNumber || IsNumberWordToken(text, tokens[i - 1]))))
        {
            sign = -1;
            j = i + 1;
        }
        else if (token.IsWord && _lexicon.NegativeWords.Contains(token.Of(text)) && i + 1 < tokens.Length)
        {
            sign = -1;
            j = i + 1;
        }

        if (!TryCore(text, tokens, j, out var core))
        {
            return false;
        }

        var value = sign * core.Value;
        mention = new NumberMention(new TextSpan(tokens[i].Start, tokens[core.Last].End), value + 0.0, core.Kind, core.Form)
        {
            FirstToken = i,
            LastToken = core.Last,
        };
        return true;
    }

    private bool IsNumberWordToken(string text, Token token) =>
        token.IsWord && _words.TryReadWord(token.Of(text), out var word) && word.Kind != NumberWordKind.Article;

    private static bool IsMinus(string text, Token token) => token.IsSymbol(text, '-') || token.IsSymbol(text, '−');

    private bool TryCore(string text, Token[] tokens, int j, out Core core)
    {
        core = default;
        var token = tokens[j];
        if (token.IsNumber)
        {
            return TryDigitsAt(text, tokens, j, out core);
        }

        if (token.IsSymbol(text, _digits.Decimal) && j + 1 < tokens.Length && tokens[j + 1].IsNumber && tokens[j + 1].Joined
            && !(token.Joined && j > 0 && (tokens[j - 1].IsWord || tokens[j - 1].IsNumber)) && IsPlainDigits(tokens[j + 1].Of(text)))
        {
            // ".25": a decimal without its leading zero.
            var digits = tokens[j + 1].Of(text);
            if (GluedWordAfter(text, tokens, j + 1))
            {
                return false;
            }

            core = new Core(ParseInvariant(digits) / Math.Pow(10, digits.Length), j + 1, NumberKind.Cardinal, NumberForm.Digits);
            return true;
        }

        if (token.Kind == TokenKind.Symbol && VulgarFraction(text[token.Start]) is { } fraction)
        {
            core = new Core(fraction, j, NumberKind.Cardinal, NumberForm.Digits);
            return true;
        }

        if (!token.IsWord)
        {
            return false;
        }

        // "zu dritt": an ordinal stem standing bare.
        if (j > 0 && _lexicon.OrdinalBareAfter.Contains(tokens[j - 1].Of(text)) && _words is NumberWordReader reader
            && reader.TryReadOrdinalStem(token.Of(text), out var bare))
        {
            core = new Core(bare, j, NumberKind.Ordinal, NumberForm.Words);
            return true;
        }

        var accumulator = new Accumulator(this, text, tokens);
        if (!accumulator.Run(j, null))
        {
            return false;
        }

        core = accumulator.Result;
        // "that one", "this one": a pronoun, unless a unit follows ("that one mile").
        if (core.Last == j && core.Kind == NumberKind.Cardinal && core.Value == 1 && j > 0 && tokens[j - 1].IsWord && _lexicon.NotNumberAfter.Contains(tokens[j - 1].Of(text))
            && !_units.Dimensions.TryMatch(text, tokens, j + 1, out _, out _) && !_units.Currencies.TryMatch(text, tokens, j + 1, out _, out _))
        {
            return false;
        }

        return true;
    }

    private bool TryDigitsAt(string text, Token[] tokens, int j, out Core core)
    {
        core = default;
        var token = tokens[j];

        // Model numbers: "KN-23", "Shahed-136", "F-16".
        if (token.Joined && j >= 2 && tokens[j - 1].IsSymbol(text, '-') && tokens[j - 1].Joined && tokens[j - 2].IsWord
            && !(tokens[j - 2].Joined && j >= 3 && tokens[j - 3].IsNumber))
        {
            return false;
        }

        if (!ReadDigits(text, tokens, j, out var value, out var last))
        {
            return false;
        }

        var next = last + 1;
        var form = NumberForm.Digits;
        if (next < tokens.Length && tokens[next].Joined)
        {
            var after = tokens[next].Of(text);
            // "10M", "1MM": a magnitude letter written in capitals right after the digits.
            if (tokens[next].IsWord && _lexicon.CapitalMagnitudes.TryGetValue(after.ToString(), out var capital) && !GluedWordAfter(text, tokens, next))
            {
                core = new Core(value * capital, next, NumberKind.Cardinal, NumberForm.Mixed);
                return true;
            }

            if (tokens[next].IsWord && _lexicon.DigitOrdinalSuffixes.Contains(after))
            {
                core = new Core(value, next, NumberKind.Ordinal, NumberForm.Digits);
                return true;
            }

            if (_lexicon.DigitOrdinalPeriod && tokens[next].IsSymbol(text, '.') && last == j && IsPlainDigits(token.Of(text))
                && next + 1 < tokens.Length && tokens[next + 1].IsWord && !tokens[next + 1].Joined && value is >= 1 and < 10000)
            {
                core = new Core(value, next, NumberKind.Ordinal, NumberForm.Digits);
                return true;
            }

            // Exponents: "1e10", "-12e-1", "1.1^23", "2.5^-1", "1.3x10^6".
            if (TryExponent(text, tokens, next, out var exponent, out var exponentLast))
            {
                value = Math.Pow(value, 1) * exponent.Scale(value);
                last = exponentLast;
                core = new Core(value, last, NumberKind.Cardinal, NumberForm.Digits);
                return !GluedWordAfter(text, tokens, last);
            }

            // "3/4": a fraction in digits, unless a date goes on ("5/17/2018").
            if (tokens[next].IsSymbol(text, '/') && next + 1 < tokens.Length && tokens[next + 1].IsNumber && tokens[next + 1].Joined
                && !(next + 2 < tokens.Length && tokens[next + 2].Joined && tokens[next + 2].IsSymbol(text, '/'))
                && last == j && IsPlainDigits(token.Of(text)) && IsPlainDigits(tokens[next + 1].Of(text))
                && !(token.Joined && j > 0 && tokens[j - 1].IsSymbol(text, '/')))
            {
                var denominator = ParseInvariant(tokens[next + 1].Of(text));
                if (denominator > 0)
                {
                    core = new Core(value / denominator, next + 1, NumberKind.Cardinal, NumberForm.Digits);
                    return !GluedWordAfter(text, tokens, next + 1);
                }
            }

            if (tokens[next].IsWord && !_words.TryReadWord(after, out var glued))
            {
                return false;
            }

            if (tokens[next].IsWord && _words.TryReadWord(after, out glued) && glued.Kind is not (NumberWordKind.Magnitude or NumberWordKind.Multiplier))
            {
                return false;
            }
        }

        // "2 1/4": a whole number and a fraction in digits.
        if (next + 2 < tokens.Length && tokens[next].IsNumber && !tokens[next].Joined && tokens[next + 1].IsSymbol(text, '/')
            && tokens[next + 1].Joined && tokens[next + 2].IsNumber && tokens[next + 2].Joined && IsPlainDigits(tokens[next].Of(text))
            && IsPlainDigits(tokens[next + 2].Of(text)) && !(next + 3 < tokens.Length && tokens[next + 3].Joined && tokens[next + 3].IsSymbol(text, '/')))
        {
            var numerator = ParseInvariant(tokens[next].Of(text));
            var denominator = ParseInvariant(tokens[next + 2].Of(text));
            if (denominator > numerator && numerator > 0)
            {
                core = new Core(value + (numerator / denominator), next + 2, NumberKind.Cardinal, NumberForm.Digits);
                return true;
            }
        }

        var accumulator = new Accumulator(this, text, tokens);
        accumulator.Run(last + 1, value);
        core = accumulator.Result;
        if (core.Last > last)
        {
            form = NumberForm.Mixed;
        }

        core = core with { Form = core.Kind == NumberKind.Ordinal ? NumberForm.Mixed : form };
        return true;
    }

    private bool GluedWordAfter(string text, Token[] tokens, int last) =>
        last + 1 < tokens.Length && tokens[last + 1].Joined && tokens[last + 1].IsWord
        && !(_words.TryReadWord(tokens[last + 1].Of(text), out var w) && w.Kind is NumberWordKind.Magnitude or NumberWordKind.Multiplier);

    /// <summary>Digits with separators, and groups of three after single spaces ("1 234 567,89").</summary>
    private bool ReadDigits(string text, Token[] tokens, int j, out double value, out int last)
    {
        last = j;
        var first = tokens[j].Of(text);
        if (!DigitNumber.TryParse(first, _digits, out value))
        {
            return false;
        }

        if (first.Length > 3 || !IsPlainDigits(first))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[64];
        var length = 0;
        first.CopyTo(buffer);
        length = first.Length;
        var k = j + 1;
        var grouped = false;
        while (k < tokens.Length && tokens[k].IsNumber && !tokens[k].Joined && tokens[k].Start - tokens[k - 1].End == 1 && length < 40)
        {
            var group = tokens[k].Of(text);
            var isGroup = group.Length == 3 && IsPlainDigits(group);
            var isLastGroup = group.Length > 4 && group[3] == _digits.Decimal && IsPlainDigits(group[..3]) && IsPlainDigits(group[4..]);
            if (!isGroup && !isLastGroup)
            {
                break;
            }

            group[..3].CopyTo(buffer[length..]);
            length += 3;
            grouped = true;
            last = k;
            k++;
            if (isLastGroup)
            {
                buffer[length++] = '.';
                var decimals = group[4..];
                if (length + decimals.Length > buffer.Length)
                {
                    return false;
                }

                decimals.CopyTo(buffer[length..]);
                length += decimals.Length;
                break;
            }
        }

        if (grouped)
        {
            value = double.Parse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        return true;
    }

    private static bool TryExponent(string text, Token[] tokens, int next, out Exponent exponent, out int last)
    {
        exponent = default;
        last = next;
        var token = tokens[next];
        if (token.IsWord && token.Length >= 1 && text[token.Start] is 'e' or 'E')
        {
            var rest = token.Of(text)[1..];
            if (rest.Length > 0 && IsPlainDigits(rest))
            {
                exponent = new Exponent(ParseInvariant(rest), false);
                return true;
            }

            if (rest.Length == 0 && next + 2 < tokens.Length && tokens[next + 1].Joined && tokens[next + 2].Joined && tokens[next + 2].IsNumber
                && (tokens[next + 1].IsSymbol(text, '-') || tokens[next + 1].IsSymbol(text, '+')) && IsPlainDigits(tokens[next + 2].Of(text)))
            {
                var power = ParseInvariant(tokens[next + 2].Of(text));
                exponent = new Exponent(tokens[next + 1].IsSymbol(text, '-') ? -power : power, false);
                last = next + 2;
                return true;
            }

            return false;
        }

        // "1.3x10^6", "6.23×10^-4": times ten to a power.
        var tenAt = token.IsWord && token.Of(text) is "x10" or "X10" ? next
            : (token.IsSymbol(text, '×') || token.IsSymbol(text, '*')) && next + 1 < tokens.Length && tokens[next + 1].Joined && tokens[next + 1].Of(text) is "10" ? next + 1
            : -1;
        if (tenAt >= 0 && tenAt + 2 < tokens.Length && tokens[tenAt + 1].IsSymbol(text, '^') && tokens[tenAt + 1].Joined
            && TryExponent(text, tokens, tenAt + 1, out var tens, out var powerLast))
        {
            exponent = new Exponent(tens.Power, false);
            last = powerLast;
            return true;
        }

        if (token.IsSymbol(text, '^') && next + 1 < tokens.Length && tokens[next + 1].Joined)
        {
            var k = next + 1;
            var sign = 1;
            if ((tokens[k].IsSymbol(text, '-') || tokens[k].IsSymbol(text, '+')) && k + 1 < tokens.Length && tokens[k + 1].Joined)
            {
                sign = tokens[k].IsSymbol(text, '-') ? -1 : 1;
                k++;
            }

            if (tokens[k].IsNumber && DigitNumber.TryParse(tokens[k].Of(text), new DigitConventions(',', '.'), out var power))
            {
                exponent = new Exponent(sign * power, true);
                last = k;
                return true;
            }
        }

        return false;
    }

    internal static bool IsPlainDigits(ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');

    private static double ParseInvariant(ReadOnlySpan<char> digits) =>
        double.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static double? VulgarFraction(char c) => c switch
    {
        '½' => 0.5,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6,
        '⅚' => 5.0 / 6,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => null,
    };

    private readonly record struct Exponent(double Power, bool IsPower)
    {
        // "1e10" scales by ten to the power; "1.1^23" raises the number itself.
        public double Scale(double value) => IsPower ? (value == 0 ? 0 : Math.Pow(value, Power) / value) : Math.Pow(10, Power);
    }

    internal readonly record struct Core(double Value, int Last, NumberKind Kind, NumberForm Form);

    /// <summary>
    /// Puts a number together from words (and digits among them), left to right: total (what is
    /// closed by a magnitude), current (the group being built), last term (what a following
    /// smaller word may be added to). A fraction after "and"/"und" ("three and a half") is read
    /// as a segment of its own and rolled back if no denominator closes it.
    /// </summary>
    private struct Accumulator
    {
        private readonly NumberRecognizer _owner;
        private readonly string _text;
        private readonly Token[] _tokens;
        private double _total;
        private double _current;
        private double _lastTerm;
        private double _lastMagnitude;
        private double _lastMultiplier;
        private double _pendingScale;
        private bool _has;
        private bool _closed;
        private bool _article;
        private bool _words;
        private bool _digits;

        public Accumulator(NumberRecognizer owner, string text, Token[] tokens)
        {
            _owner = owner;
            _text = text;
            _tokens = tokens;
            _lastMagnitude = double.MaxValue;
            Result = default;
        }

        public Core Result { get; private set; }

        public bool Run(int start, double? initial)
        {
            var lexicon = _owner._lexicon;
            var reader = _owner._words;
            var good = -1;
            double goodValue = 0;
            var goodKind = NumberKind.Cardinal;
            if (initial is { } first)
            {
                _current = first;
                _lastTerm = first;
                _has = true;
                _closed = true;
                _digits = true;
                good = start - 1;
                goodValue = first;
            }

            var articleAt = -1;
            var connector = Connector.None;
            var inSegment = false;
            double savedTotal = 0, savedCurrent = 0, savedMagnitude = 0;
            var k = start;
            for (; k < _tokens.Length; k++)
            {
                var token = _tokens[k];
                var word = token.Of(_text);
                if (token.Kind == TokenKind.Symbol && (word[0] == '-' || word[0] == '‐'))
                {
                    if (!_has || connector != Connector.None || _digits)
                    {
                        break;
                    }

                    connector = Connector.Hyphen;
                    continue;
                }

                if (token.IsWord && lexicon.Connectors.Contains(word))
                {
                    if (!_has || connector != Connector.None)
                    {
                        break;
                    }

                    connector = Connector.And;
                    continue;
                }

                if (token.IsWord && _has && !inSegment && lexicon.DecimalWords.Contains(word) && _current == Math.Floor(_current))
                {
                    if (TryDecimals(k + 1, out var fractionPart, out var decimalsLast))
                    {
                        _current += fractionPart;
                        _closed = true;
                        good = decimalsLast;
                        goodValue = _total + _current;
                        k = decimalsLast;
                    }

                    break;
                }

                if (token.IsWord && _has && !inSegment && !lexicon.FractionOver.IsEmpty && lexicon.FractionOver.TryMatch(_text, _tokens, k, out _, out var overLast)
                    && !(_owner._options.KeepProportionsApart && lexicon.ProportionWords.TryMatch(_text, _tokens, k, out _, out _))
                    && overLast + 1 < _tokens.Length)
                {
                    var inner = new Accumulator(_owner, _text, _tokens);
                    Core denominatorCore = default;
                    var ok = _tokens[overLast + 1].IsNumber
                        ? _owner.TryDigitsAt(_text, _tokens, overLast + 1, out denominatorCore)
                        : inner.Run(overLast + 1, null) && (denominatorCore = inner.Result).Value > 0;
                    if (ok && denominatorCore.Value > _total + _current && denominatorCore.Kind == NumberKind.Cardinal)
                    {
                        goodValue = (_total + _current) / denominatorCore.Value;
                        good = denominatorCore.Last;
                        _words = true;
                        k = good;
                    }

                    break;
                }

                NumberWord number;
                if (token.IsNumber)
                {
                    if (!IsPlainDigits(word) || _closed || !_has || (k + 1 < _tokens.Length && _tokens[k + 1].Joined && !_tokens[k + 1].IsSymbol(_text, '.') && !_tokens[k + 1].IsSymbol(_text, ',')))
                    {
                        break;
                    }

                    number = new NumberWord(NumberWordKind.Cardinal, ParseInvariant(word));
                    _digits = true;
                }
                else if (!token.IsWord || !reader.TryReadWord(word, out number))
                {
                    break;
                }

                if (connector == Connector.Hyphen && number.Kind is NumberWordKind.Article)
                {
                    break;
                }

                switch (number.Kind)
                {
                    case NumberWordKind.Article:
                        if (!_has)
                        {
                            if (articleAt >= 0)
                            {
                                goto Done;
                            }

                            articleAt = k;
                            _article = true;
                            continue;
                        }

                        if (connector == Connector.And && !inSegment && IsFractionAhead(k + 1))
                        {
                            (savedTotal, savedCurrent, savedMagnitude) = (_total, _current, _lastMagnitude);
                            inSegment = true;
                            _total = 0;
                            _current = 1;
                            _lastTerm = 1;
                            _closed = true;
                            connector = Connector.None;
                            continue;
                        }

                        // "half a dozen": the article between a fraction and what it multiplies.
                        if (connector == Connector.None && k + 1 < _tokens.Length && reader.TryReadWord(_tokens[k + 1].Of(_text), out var following)
                            && following.Kind is NumberWordKind.Multiplier or NumberWordKind.Magnitude)
                        {
                            continue;
                        }

                        goto Done;

                    case NumberWordKind.Cardinal:
                        // "three twenty-firsts", "one hundred thirty fifths": a tens word and a unit
                        // denominator make one compound denominator after a numerator.
                        if ((_has || _article) && !inSegment && connector != Connector.And && number.Value is >= 20 and < 100 && number.Value % 10 == 0
                            && TryCompoundDenominator(k + 1, number.Value, out var denominator, out var denominatorLast))
                        {
                            goodValue = (_has ? _total + _current : 1) / denominator;
                            good = denominatorLast;
                            _words = true;
                            goto Done;
                        }

                        // "3 hundred and 2 hundred": a group that takes a multiplier as large as the last starts a new number.
                        if (_has && connector == Connector.And && _lastMultiplier > 0 && k + 1 < _tokens.Length && _tokens[k + 1].IsWord
                            && reader.TryReadWord(_tokens[k + 1].Of(_text), out var after) && after.Kind == NumberWordKind.Multiplier && after.Value >= _lastMultiplier)
                        {
                            goto Done;
                        }

                        if (_article && !_has)
                        {
                            goto Done;
                        }

                        if (!_has)
                        {
                            _current = number.Value;
                            _lastTerm = number.Value;
                            _has = true;
                            _closed = number.Value != Math.Floor(number.Value);
                        }
                        else if (!inSegment && CanAdd(number.Value) && !(connector == Connector.And && IsFractionAhead(k + 1)))
                        {
                            _current += number.Value;
                            _lastTerm = number.Value;
                        }
                        else if (!inSegment && connector == Connector.And && IsFractionAhead(k + 1))
                        {
                            (savedTotal, savedCurrent, savedMagnitude) = (_total, _current, _lastMagnitude);
                            inSegment = true;
                            _total = 0;
                            _current = number.Value;
                            _lastTerm = number.Value;
                            _closed = false;
                            connector = Connector.None;
                            continue;
                        }
                        else if (inSegment && CanAdd(number.Value))
                        {
                            _current += number.Value;
                            _lastTerm = number.Value;
                            connector = Connector.None;
                            continue;
                        }
                        else
                        {
                            goto Done;
                        }

                        break;

                    case NumberWordKind.Multiplier:
                        // "three hundred and two dozens" = 300 + 2 × 12: a small multiplier takes the last term.
                        if (!inSegment && _has && number.Value < 100 && _lastTerm is > 0 and < 100 && _lastTerm != _current
                            && !(_lastMultiplier is > 0 and < 100))
                        {
                            _current += (_lastTerm * number.Value) - _lastTerm;
                            _lastTerm *= number.Value;
                            _lastMultiplier = number.Value;
                            _closed = true;
                            break;
                        }

                        if (inSegment || (_has && _lastMultiplier >= number.Value) || (_has && _current == 0))
                        {
                            goto Done;
                        }

                        _current = (_has ? _current : 1) * number.Value;
                        _lastTerm = _current;
                        _lastMultiplier = number.Value;
                        _has = true;
                        _closed = false;
                        break;

                    case NumberWordKind.Magnitude:
                        // "three lakh crore", "a thousand million": a larger magnitude right after one multiplies it.
                        if (!inSegment && _has && _current == 0 && _pendingScale == 0 && number.Value > _lastMagnitude && good == k - 1
                            && connector == Connector.None && _lastTerm == _lastMagnitude)
                        {
                            _total *= number.Value;
                            _lastTerm = number.Value;
                            _lastMagnitude = number.Value;
                            break;
                        }

                        if (inSegment || (_has && _current == 0 && _pendingScale == 0 && number.Value >= _lastMagnitude))
                        {
                            goto Done;
                        }

                        _total += (_has ? _current : 1) * number.Value;
                        _current = 0;
                        _pendingScale = 0;
                        _lastMultiplier = 0;
                        _lastTerm = number.Value;
                        _lastMagnitude = number.Value;
                        _has = true;
                        _closed = false;
                        break;

                    case NumberWordKind.Fraction:
                    case NumberWordKind.Ordinal when _has && lexicon.OrdinalAfterNumberIsFraction && number.Value < 1000 && !CanAdd(number.Value):
                    case NumberWordKind.Ordinal when _article && !_has && lexicon.OrdinalAfterNumberIsFraction:
                        {
                            if (number.Value < 2)
                            {
                                goto Done;
                            }

                            var numerator = _has ? _total + _current : 1;
                            var fraction = numerator / number.Value;
                            if (inSegment)
                            {
                                _total = savedTotal;
                                if (savedCurrent == 0 && savedTotal > 0 && savedMagnitude < double.MaxValue)
                                {
                                    // "one million and a half": half of the magnitude, unless one follows ("and a half million").
                                    _current = fraction;
                                    _pendingScale = savedMagnitude;
                                }
                                else
                                {
                                    _current = savedCurrent + fraction;
                                }

                                _lastMagnitude = savedMagnitude;
                                inSegment = false;
                            }
                            else
                            {
                                _total = 0;
                                _current = fraction;
                            }

                            _lastTerm = _current;
                            _has = true;
                            _closed = true;

                            // "two thirds of a million": the fraction of the magnitude after it.
                            if (lexicon.FractionOf.TryMatch(_text, _tokens, k + 1, out _, out var ofLast) && ofLast + 1 < _tokens.Length
                                && _tokens[ofLast + 1].IsWord && reader.TryReadWord(_tokens[ofLast + 1].Of(_text), out var whole)
                                && whole.Kind is NumberWordKind.Magnitude)
                            {
                                _current *= whole.Value;
                                _lastMagnitude = whole.Value;
                                k = ofLast + 1;
                            }

                            break;
                        }

                    case NumberWordKind.Ordinal:
                        if (inSegment)
                        {
                            goto Done;
                        }

                        double ordinal;
                        if (_has && _current == 0 && _total > 0 && number.Value < _lastMagnitude && connector != Connector.Hyphen)
                        {
                            // "$ 280 million first preferred notes": an ordinal after a magnitude starts something new.
                            goto Done;
                        }

                        if (!_has)
                        {
                            if (_article)
                            {
                                goto Done;
                            }

                            ordinal = number.Value;
                        }
                        else if (CanAdd(number.Value))
                        {
                            ordinal = _total + _current + number.Value;
                        }
                        else if (number.Value >= 100 && _current > 0 && _current < number.Value)
                        {
                            ordinal = (_total + _current) * number.Value;
                        }
                        else
                        {
                            goto Done;
                        }

                        good = k;
                        goodValue = ordinal;
                        goodKind = NumberKind.Ordinal;
                        _words = true;
                        goto Done;
                }

                connector = Connector.None;
                _words |= token.IsWord;
                if (!inSegment)
                {
                    good = k;
                    goodValue = _total + (_pendingScale > 0 ? _current * _pendingScale : _current);
                }
            }

        Done:
            if (good < start && initial is null)
            {
                // An article alone before a word: the number one where the language says so ("ein
                // Panzer"); "setzte … ein." is a verb particle.
                if (articleAt >= 0 && lexicon.ArticleIsNumber && articleAt + 1 < _tokens.Length && _tokens[articleAt + 1].Kind != TokenKind.Symbol)
                {
                    Result = new Core(1, articleAt, NumberKind.Cardinal, NumberForm.Article);
                    return true;
                }

                return false;
            }

            if (initial is not null && good < start)
            {
                Result = new Core(initial.Value, start - 1, NumberKind.Cardinal, NumberForm.Digits);
                return true;
            }

            Result = new Core(goodValue, good, goodKind, _digits ? (_words ? NumberForm.Mixed : NumberForm.Digits) : NumberForm.Words);
            return true;
        }

        // A smaller word joins the group before it: "twenty" + "one", "hundred" + "six", "Millionen" + "dreihundert".
        private readonly bool CanAdd(double value)
        {
            if (_closed || value < 1 || value != Math.Floor(value))
            {
                return false;
            }

            if (_current == 0 && _total > 0)
            {
                return value < _lastMagnitude;
            }

            if (_lastTerm >= 100 && _lastTerm % 100 == 0)
            {
                return value < 100 && _current % 100 == 0;
            }

            return _lastTerm is >= 20 and < 100 && _lastTerm % 10 == 0 && value < 10;
        }

        private readonly bool TryCompoundDenominator(int k, double tens, out double denominator, out int last)
        {
            denominator = 0;
            last = k;
            var lexicon = _owner._lexicon;
            if (k < _tokens.Length && _tokens[k].IsSymbol(_text, '-'))
            {
                k++;
            }

            // A plural denominator ("twenty-firsts"), or a singular one after an article ("a twenty-first");
            // "one hundred twenty fifth" is the 125th.
            if (k >= _tokens.Length || !_tokens[k].IsWord || !_owner._words.TryReadWord(_tokens[k].Of(_text), out var unit) || unit.Value is < 1 or >= 10
                || !(unit.Kind == NumberWordKind.Fraction || (unit.Kind == NumberWordKind.Ordinal && lexicon.OrdinalAfterNumberIsFraction && _article && !_has)))
            {
                return false;
            }

            denominator = tens + unit.Value;
            last = k;
            return true;
        }

        private readonly bool IsFractionAhead(int k)
        {
            var reader = _owner._words;
            for (var steps = 0; k < _tokens.Length && steps < 6; k++, steps++)
            {
                var word = _tokens[k].Of(_text);
                if (_tokens[k].IsSymbol(_text, '-'))
                {
                    continue;
                }

                if (!_tokens[k].IsWord || !reader.TryReadWord(word, out var number))
                {
                    return false;
                }

                if (number.Kind == NumberWordKind.Fraction || (number.Kind == NumberWordKind.Ordinal && _owner._lexicon.OrdinalAfterNumberIsFraction))
                {
                    return true;
                }

                if (number.Kind is not (NumberWordKind.Cardinal or NumberWordKind.Article))
                {
                    return false;
                }
            }

            return false;
        }

        // "zwei Komma drei", "two hundred point zero three", "point seventy-one".
        private readonly bool TryDecimals(int k, out double fraction, out int last)
        {
            fraction = 0;
            last = k - 1;
            var reader = _owner._words;
            Span<char> digits = stackalloc char[24];
            var count = 0;
            digits[count++] = '0';
            digits[count++] = '.';
            for (; k < _tokens.Length && count < 20; k++)
            {
                var token = _tokens[k];
                if (token.IsSymbol(_text, '-') && count > 2)
                {
                    continue;
                }

                if (!token.IsWord || !reader.TryReadWord(token.Of(_text), out var number) || number.Kind != NumberWordKind.Cardinal
                    || number.Value != Math.Floor(number.Value) || number.Value >= 100)
                {
                    break;
                }

                var v = (int)number.Value;
                if (v >= 20 && v % 10 == 0 && k + 2 < _tokens.Length && _tokens[k + 1].IsSymbol(_text, '-')
                    && reader.TryReadWord(_tokens[k + 2].Of(_text), out var unit) && unit.Kind == NumberWordKind.Cardinal && unit.Value is >= 1 and < 10)
                {
                    v += (int)unit.Value;
                    k += 2;
                }

                v.TryFormat(digits[count..], out var written, default, CultureInfo.InvariantCulture);
                count += written;
                last = k;
            }

            if (count <= 2)
            {
                return false;
            }

            fraction = double.Parse(digits[..count], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return true;
        }

        private enum Connector
        {
            None,
            Hyphen,
            And,
        }
    }
}
