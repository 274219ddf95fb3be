using System.Diagnostics;
using System.Globalization;
using System.Text;
using Claimgraph.Tests.Recognizers.Specs;

namespace Claimgraph.Tests.Recognizers.Numbers;

/// <summary>
/// No input makes the recognizers slow down faster than linearly: one paragraph of 1 MB without
/// a sentence break, built from the fragments that start the longest patterns (number words,
/// magnitudes, range openers, "and", hyphens, dates, units), costs about twice what half of it
/// costs. Work is counted, not timed on the wall clock: the bytes the recognizers allocate (exact
/// and the same on every machine) and the CPU time of the test's own thread (on Linux; time the
/// thread waits for a core on a busy machine is not counted), best of five. The bounds are loose:
/// a quadratic cost would give four times.
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
        "one in three", "a quarter of", "08:39 Uhr", "12,34,567", "1.3x10^6", "percent", "24 degrees",
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
        Assert.True(all.Count(full) > 0);

        var (halfBytes, halfCpu) = Cost(() => all.Count(half));
        var (fullBytes, fullCpu) = Cost(() => all.Count(full));
        Assert.True(fullBytes < halfBytes * 2.5, $"1 MB allocated {fullBytes:N0} bytes, 0.5 MB {halfBytes:N0}: worse than linear");
        Assert.True(fullCpu < halfCpu * 4, string.Create(CultureInfo.InvariantCulture, $"1 MB took {fullCpu:F0} ms of CPU, 0.5 MB {halfCpu:F0} ms: worse than linear"));
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

    // The bytes one run allocates and the least CPU time of five runs, in milliseconds.
    private static (long Bytes, double Milliseconds) Cost(Action action)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        action();
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        var best = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var start = ThreadMilliseconds();
            action();
            best = Math.Min(best, ThreadMilliseconds() - start);
        }

        return (bytes, best);
    }

    // The CPU time of this thread (Linux: the first field of /proc/thread-self/schedstat, in
    // nanoseconds); the wall clock where that is not there.
    private static double ThreadMilliseconds()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/schedstat");
            return long.Parse(stat.AsSpan(0, stat.IndexOf(' ')), CultureInfo.InvariantCulture) / 1e6;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
        }
    }
}
