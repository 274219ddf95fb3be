using Claimgraph.Recognizers.Dates;
using Claimgraph.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Claimgraph.Tests.Recognizers.Dates;

public sealed class DateRecognizerPropertyTests
{
    // Fragments that reach deep into the patterns when strung together at random.
    private static readonly string[] Fragments =
    [
        "am", "im", "seit", "vor", "bis", "zum", "zwischen", "und", "von", "den", "dem", "der", "des",
        "Ende", "Anfang", "Mitte", "vergangenen", "kommenden", "diesem", "letzten", "Jahr", "Jahren",
        "Wochen", "Woche", "Tagen", "Monat", "Monaten", "Stunden", "Jahres", "ein", "paar", "einigen",
        "zweieinhalb", "drei", "einem", "halben", "März", "Dez.", "Jan", "Jänner", "Sommer", "Winter",
        "Jahreswechsel", "Jahresbeginn", "Vorjahr", "Samstag", "Samstagabend", "gestern", "heute",
        "Uhr", "er", "1980", "2024", "2100", "1899", "0", "00", "9", "17", "29", "31", "99", "120",
        "11.000", "2,5", "24/25", ".", ",", "-", ":", "/", "'", "(", ")", " ", " ", "  ", "\n",
        "KN-23", "M1989", "17.11.", "17.11.2024", "2024-02-30", "08:39", "24:00", "9999",
    ];

    private static readonly DateOnly?[] References =
    [
        null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31),
        new DateOnly(2024, 2, 29), new DateOnly(2024, 11, 17), new DateOnly(2025, 1, 1),
    ];

    [Fact]
    public void Any_string_gives_ordered_spans_inside_the_input()
    {
        var text = ArbMap.Default.ArbFor<string>().Generator;
        var reference = Gen.Elements(References);
        Prop.ForAll(Gen.Zip(text, reference).ToArbitrary(), pair => Holds(pair.Item1, pair.Item2))
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("Sommer von Dez. 9999")]
    [InlineData("im Sommer des Dezember 9999, im nächsten Monat")]
    [InlineData("der 31 Mitte 24:00 / 00 9999 und Sommer von Dez. 9999 letzten 17.11.2024 Jan 2100")]
    public void The_last_month_of_the_calendar_does_not_throw(string text)
    {
        // A month's last day was found by adding a month, which December 9999 does not have (found by the property below).
        var mentions = DateRecognizer.German.Recognize(text, new DateOnly(9999, 12, 31));

        Assert.All(mentions, m => Assert.Equal(m.Text, m.Span.Of(text)));
    }

    [Fact]
    public void Date_like_strings_give_ordered_spans_inside_the_input()
    {
        var text = Gen.Elements(Fragments).ListOf().Select(parts => string.Join(" ", parts));
        var glued = Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts));
        var reference = Gen.Elements(References);
        Prop.ForAll(Gen.Zip(Gen.OneOf(text, glued), reference).ToArbitrary(), pair => Holds(pair.Item1, pair.Item2))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void Any_span_of_any_string_stays_inside_that_span()
    {
        var input = Gen.Elements(Fragments).ListOf().Select(parts => string.Join(" ", parts));
        var bounds = Gen.Two(Gen.Choose(-3, 60));
        Prop.ForAll(Gen.Zip(input, bounds).ToArbitrary(), pair =>
        {
            var (text, (a, b)) = pair;
            var within = new TextSpan(a, b);
            var mentions = DateRecognizer.German.Recognize(text, within, new DateOnly(2024, 11, 17));
            var start = Math.Clamp(a, 0, text.Length);
            var end = Math.Clamp(b, start, text.Length);
            return mentions.All(m => m.Span.Start >= start && m.Span.End <= end);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Dateline_never_throws()
    {
        var text = Gen.Elements([.. Fragments, "Stand", "Veröffentlicht am", "\n", "\n"]).ListOf().Select(parts => string.Join(" ", parts));
        Prop.ForAll(Gen.OneOf(text, ArbMap.Default.ArbFor<string>().Generator).ToArbitrary(), input =>
        {
            var found = Dateline.TryFind(input ?? "", DateLexicon.German, out var published);
            return found || published == default;
        }).QuickCheckThrowOnFailure();
    }

    private static bool Holds(string? input, DateOnly? reference)
    {
        var text = input ?? "";
        var mentions = DateRecognizer.German.Recognize(text, reference);
        var previousEnd = 0;
        foreach (var mention in mentions)
        {
            if (mention.Span.Start < previousEnd || mention.Span.End <= mention.Span.Start || mention.Span.End > text.Length ||
                mention.Text != mention.Span.Of(text))
            {
                return false;
            }

            previousEnd = mention.Span.End;
        }

        return true;
    }
}
