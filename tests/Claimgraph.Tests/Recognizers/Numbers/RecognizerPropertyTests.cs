using System.Globalization;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Dates;
using Claimgraph.Recognizers.Numbers;
using Claimgraph.Recognizers.Units;
using Claimgraph.Tests.Recognizers.Specs;
using Claimgraph.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Claimgraph.Tests.Recognizers.Numbers;

/// <summary>
/// Properties of the number, unit and date recognizers in German and English: any string in,
/// no exception, every span inside the input and in text order; a number formatted in either
/// language's conventions reads back to the same value.
/// </summary>
public sealed class RecognizerPropertyTests
{
    // Fragments that reach deep into the patterns when strung together at random.
    private static readonly string[] Fragments =
    [
        "zwischen", "und", "bis", "von", "from", "to", "between", "and", "weniger", "als", "more", "than", "at", "least",
        "ein", "eine", "a", "an", "half", "halbes", "Dutzend", "dozen", "drei", "three", "hundert", "hundred", "tausend",
        "thousand", "Millionen", "million", "Mrd", "Mio", "bn", "k", "einhundertdreiundzwanzig", "twenty", "-", "one",
        "zweieinhalb", "dreiviertel", "Drittel", "thirds", "fifth", "erste", "zweiten", "17th", "17.", "Komma", "point",
        "minus", "negative", "over", "out", "of", "%", "Prozent", "percent", "€", "$", "USD", "Euro", "Dollar", "Cent",
        "km", "Kilometer", "miles", "m²", "Quadratkilometer", "Jahre", "years", "alt", "old", "(46)", "Selenskyj",
        "11.000", "11,000", "11 000", "11'000", "1,5", "1.5", "3/4", "½", "1e10", "2.5^-1", "10k", "KN-23", "M1989",
        "http://x.de/a%20b", "2024", "17.11.2024", "08:39", "Uhr", "am", "im", "seit", "vor", "ago", "last", "next",
        "May", "Mai", "21", "Dec.", "Dezember", ".", ",", ":", "/", "(", ")", "\n", " ", "  ",
    ];

    public static TheoryData<string> Languages => new() { "de", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Any_string_gives_ordered_spans_inside_the_input(string language)
    {
        var all = new AllRecognizers(Packs.For(language));
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => (all.Problem(text ?? "") is not { } problem).Label(all.Problem(text ?? "") ?? ""))
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Number_like_strings_give_ordered_spans_inside_the_input(string language)
    {
        var all = new AllRecognizers(Packs.For(language));
        var spaced = Gen.Elements(Fragments).ListOf().Select(parts => string.Join(" ", parts));
        var glued = Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts));
        Prop.ForAll(Gen.OneOf(spaced, glued).ToArbitrary(), text => (all.Problem(text) is null).Label(all.Problem(text) ?? ""))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Numbers_written_in_the_language_conventions_read_back(string language)
    {
        var pack = Packs.For(language);
        var numbers = new NumberRecognizer(pack);
        var digits = pack.Grammar.Digits;
        var values = Gen.Zip(Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 99)), Gen.Elements(0, 1, 2, 3, 4))
            .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2));
        Prop.ForAll(values.ToArbitrary(), item =>
        {
            var (whole, cents, style) = (item.Item1, item.Item2, item.Item3);
            // Style 4 writes the other language's convention with both marks ("1,500.25" in German text), which is unambiguous.
            whole = style == 4 ? Math.Max(whole, 1000) : whole;
            var value = style >= 3 ? whole + (cents / 100.0) : whole;
            var text = style == 4 ? Format(whole, cents, 3, new DigitConventions(digits.Decimal, digits.Group)) : Format(whole, cents, style, digits);
            var found = numbers.FindAll($"Es sind {text} Stück.");
            return found.Count == 1 && Math.Abs(found[0].Value - value) < 1e-6 * Math.Max(1, value)
                ? true.Label(text)
                : false.Label($"{text} → {string.Join("; ", found.Select(f => f.Value))}");
        }).QuickCheckThrowOnFailure();
    }

    // 0: plain digits; 1: the language's group mark; 2: space or Swiss apostrophe groups; 3: with decimals.
    private static string Format(int whole, int cents, int style, DigitConventions digits)
    {
        var plain = whole.ToString(CultureInfo.InvariantCulture);
        var group = style switch
        {
            1 or 3 => digits.Group,
            _ => whole % 2 == 0 ? ' ' : '\'',
        };
        var grouped = style == 0 ? plain : Group(plain, group);
        return style == 3 ? grouped + digits.Decimal + cents.ToString("D2", CultureInfo.InvariantCulture) : grouped;
    }

    private static string Group(string digits, char mark)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append(mark);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    /// <summary>Every recognizer of a language, and the property they must all keep.</summary>
    internal sealed class AllRecognizers(LanguagePack pack)
    {
        private readonly NumberRecognizer _numbers = new(pack);
        private readonly PercentageRecognizer _percentages = new(pack);
        private readonly NumberRecognizer _numbersPercentMode = new(pack, new NumberOptions { KeepProportionsApart = true });
        private readonly PercentageRecognizer _percentagesPercentMode = new(pack, new PercentageOptions { Proportions = true, WithoutAmount = true });
        private readonly NumberRangeRecognizer _ranges = new(pack);
        private readonly RelativeOrdinalRecognizer _relative = new(pack);
        private readonly DimensionRecognizer _dimensions = new(pack);
        private readonly CurrencyRecognizer _currencies = new(pack);
        private readonly AgeRecognizer _ages = new(pack);
        private readonly DateRecognizer _dates = new(pack.Dates);

        public int Count(string text)
        {
            var scan = _numbers.Scan(text);
            return scan.Numbers.Count + _percentages.FindAll(scan).Count + _ranges.FindAll(scan).Count + _relative.FindAll(scan).Count
                + _percentagesPercentMode.FindAll(_numbersPercentMode.Scan(text)).Count
                + _dimensions.FindAll(scan).Count + _currencies.FindAll(scan).Count + _ages.FindAll(scan).Count
                + _dates.Recognize(text, new DateOnly(2024, 11, 17)).Count;
        }

        public bool Holds(string text) => Problem(text) is null;

        /// <summary>Which recognizer breaks the property on the text, or null.</summary>
        public string? Problem(string text)
        {
            var scan = _numbers.Scan(text);
            var dated = _dates.Recognize(text, new DateOnly(2024, 11, 17));
            var percentMode = _numbersPercentMode.Scan(text);
            return !Ordered(text, scan.Numbers.Select(n => n.Span)) ? "numbers"
                : !Ordered(text, _percentages.FindAll(scan).Select(p => p.Span)) ? "percentages"
                : !Ordered(text, percentMode.Numbers.Select(n => n.Span)) ? "numbers in percent mode"
                : !Ordered(text, _percentagesPercentMode.FindAll(percentMode).Select(p => p.Span)) ? "percentages in percent mode"
                : !Ordered(text, _ranges.FindAll(scan).Select(r => r.Span)) ? "ranges"
                : !Ordered(text, _relative.FindAll(scan).Select(r => r.Span)) ? "relative ordinals"
                : !Ordered(text, _dimensions.FindAll(scan).Select(d => d.Span)) ? "dimensions"
                : !Ordered(text, _currencies.FindAll(scan).Select(m => m.Span)) ? "currencies"
                : !Ordered(text, _ages.FindAll(scan).Select(a => a.Span)) ? "ages"
                : !Ordered(text, dated.Select(m => m.Span)) ? "dates"
                : !dated.All(m => m.Span.Contains(m.Core) && !m.Core.IsEmpty) ? "date cores"
                : null;
        }

        private static bool Ordered(string text, IEnumerable<TextSpan> spans)
        {
            var end = 0;
            foreach (var span in spans)
            {
                if (span.Start < end || span.End <= span.Start || span.End > text.Length)
                {
                    return false;
                }

                end = span.End;
            }

            return true;
        }
    }
}
