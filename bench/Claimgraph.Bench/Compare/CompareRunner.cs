using System.Globalization;
using Claimgraph.Bench.Recognizers;

namespace Claimgraph.Bench.Compare;

/// <summary>
/// `compare --a DIR --b DIR [--pairs N] [--seconds S] [--samples DIR]`: two builds of the engine in one process, each
/// extracting the samples in turn, timed by the thread's CPU time, in pairs whose order alternates. A machine shared with
/// other work, or whose host drifts from minute to minute, slows both builds of a pair alike, so the ratio of their times
/// says which build is faster where separate runs of the throughput bench cannot (their passes differ by a fifth).
/// </summary>
internal static class CompareRunner
{
    public const string Usage = "usage: compare --a BUILD_FOLDER --b BUILD_FOLDER [--pairs N] [--seconds S] [--samples DIR] [--part dates]";

    private const double WarmUpSeconds = 6;

    // What a turn runs: extraction, or only the date recognizer (--part dates).
    private static Action<BuildUnderTest> s_turn = static build => build.ExtractAll();

    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string? a = null, b = null, samplesFolder = null;
        var datesOnly = false;
        var pairs = 16;
        var seconds = 1.0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--a": a = args[i + 1]; break;
                case "--b": b = args[i + 1]; break;
                case "--samples": samplesFolder = args[i + 1]; break;
                case "--part" when args[i + 1] == "dates": datesOnly = true; break;
                case "--pairs" when int.TryParse(args[i + 1], out var n) && n > 0: pairs = n; break;
                case "--seconds" when double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0: seconds = s; break;
                default:
                    Console.Error.WriteLine($"claimgraph-bench: unknown or bad option {args[i]} {args[i + 1]}");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (a is null || b is null || ThreadCpuClock.Now() is null)
        {
            Console.Error.WriteLine(a is null || b is null ? Usage : "claimgraph-bench: compare needs the thread CPU clock (Linux)");
            return 2;
        }

        var samples = SampleArticles.Load(samplesFolder ?? RepoLocator.DefaultSamples());
        var bytes = samples.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text));
        var (first, second) = (BuildUnderTest.Load(a, samples), BuildUnderTest.Load(b, samples));
        s_turn = datesOnly ? static build => build.RecognizeDatesAll() : static build => build.ExtractAll();

        // Both warm up until the tiered JIT has optimized what they run.
        var warmUpStart = Cpu();
        while (Cpu() - warmUpStart < WarmUpSeconds)
        {
            s_turn(first);
            s_turn(second);
        }

        var start = Cpu();
        s_turn(first);
        var rounds = Math.Max(1, (int)(seconds / Math.Max(Cpu() - start, 1e-6)));
        var ratios = new List<double>(pairs);
        var (ratesA, ratesB) = (new List<double>(pairs), new List<double>(pairs));
        for (var pair = 0; pair < pairs; pair++)
        {
            var (timeA, timeB) = pair % 2 == 0 ? (Time(first, rounds), Time(second, rounds)) : Swap(Time(second, rounds), Time(first, rounds));
            ratesA.Add(bytes * rounds / 1e6 / timeA);
            ratesB.Add(bytes * rounds / 1e6 / timeB);
            ratios.Add(timeA / timeB);
        }

        output.WriteLine($"compare{(datesOnly ? " (dates near date words of every line only)" : "")}: {samples.Count} articles, {pairs} pairs of {rounds} rounds each, thread CPU time");
        output.WriteLine($"  A  {first.Folder}: median {Median(ratesA):F2} MB per CPU second");
        output.WriteLine($"  B  {second.Folder}: median {Median(ratesB):F2} MB per CPU second");
        output.WriteLine($"  time of A / time of B: median {Median(ratios):F3} (B faster in {ratios.Count(r => r > 1)} of {pairs}); "
            + string.Join(" ", ratios.Order().Select(r => r.ToString("F3", CultureInfo.InvariantCulture))));
        return 0;
    }

    // The odd pairs run B first: its time comes first and is put second.
    private static (double A, double B) Swap(double timeB, double timeA) => (timeA, timeB);

    private static double Time(BuildUnderTest build, int rounds)
    {
        var start = Cpu();
        for (var round = 0; round < rounds; round++)
        {
            s_turn(build);
        }

        return Cpu() - start;
    }

    private static double Cpu() => ThreadCpuClock.Now()!.Value.TotalSeconds;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
