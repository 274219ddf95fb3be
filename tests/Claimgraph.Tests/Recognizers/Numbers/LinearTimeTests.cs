using System.Diagnostics;
using System.Text;
using Claimgraph.Tests.Recognizers.Specs;

namespace Claimgraph.Tests.Recognizers.Numbers;

/// <summary>
/// No input makes the recognizers slow down faster than linearly: one paragraph of 1 MB without
/// a sentence break, built from the fragments that start the longest patterns (number words,
/// magnitudes, range openers, "and", hyphens, dates, units), takes about twice as long as half of
/// it. The bound is loose (a quadratic cost would give four times) and the best of five runs is
/// compared, alone (no other test runs beside it), so a busy machine does not make it fail.
/// </summary>
[Collection(nameof(LinearTimeTests))]
[CollectionDefinition(nameof(LinearTimeTests), DisableParallelization = true)]
public sealed class LinearTimeTests
{
    private static readonly string[] Pieces =
    [
        "zwischen 10 und 12 Millionen", "one hundred and twenty-three and two thirds", "ein halbes Dutzend", "-", "und",
        "zweihundertsechsundfünfzig", "from 10 to 12 km", "1.000.000", "11 000 000", "2,7 Mrd. Euro", "$1.1 billion",
        "am 21. Dezember 2024", "seit drei Jahren", "last spring", "vor zwei Wochen", "mehr als 50 %", "17.", "17th",
        "KN-23", "(46)", "20 years old", "and a half", "thousand", "minus", "point five", "1/2", "3", "Komma",
        "2 weeks before", "zwei Wochen vor", "the week of", "first week of", "um 8:00", "at 5", "Sep-23", "10/1-", "bis",
        "am Sonntag", "tomorrow", "between Jan 2019 and", "April 9th through", "Q3", "Wochenende",
    ];

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void A_megabyte_paragraph_costs_about_twice_half_a_megabyte(string language)
    {
        var all = new RecognizerPropertyTests.AllRecognizers(Packs.For(language));
        var full = Paragraph(1_000_000);
        var half = full[..(full.Length / 2)];
        all.Count(half[..10_000]);

        var halfTime = Best(() => all.Count(half));
        var fullTime = Best(() => all.Count(full));
        Assert.True(all.Count(full) > 0);
        Assert.True(fullTime < halfTime * 4, $"1 MB took {fullTime:F0} ms, 0.5 MB {halfTime:F0} ms: worse than linear");
    }

    private static string Paragraph(int length)
    {
        var builder = new StringBuilder(length + 100);
        var random = new Random(7);
        while (builder.Length < length)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(4) == 0 ? ", " : " ");
        }

        return builder.ToString(0, length);
    }

    private static double Best(Action action)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
