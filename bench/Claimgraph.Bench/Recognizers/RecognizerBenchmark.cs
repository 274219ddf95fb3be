using System.Diagnostics;
using System.Globalization;
using System.Text;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Dates;
using Claimgraph.Recognizers.Numbers;
using Claimgraph.Recognizers.Units;

namespace Claimgraph.Bench.Recognizers;

/// <summary>
/// `recognizers [--mb N]`: number, unit and date recognition on one thread over German and
/// English news text (samples/de and bench/Claimgraph.Bench/Data/en, repeated to N MB of UTF-8,
/// half each), one article at a time: the number scan, percentages, ranges, dimensions,
/// currencies, ages and the date recognizer with a reference date.
/// </summary>
public static class RecognizerBenchmark
{
    private const double BytesPerMegabyte = 1_000_000;
    private const double TargetMegabytesPerSecond = 10;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        double megabytes = 20;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--mb" && i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) && mb > 0)
            {
                megabytes = mb;
                i++;
            }
            else
            {
                Console.Error.WriteLine("usage: recognizers [--mb N]   (default 20 MB of UTF-8, half German, half English)");
                return 2;
            }
        }

        var root = RepoLocator.FindRoot();
        var languages = new[]
        {
            Language.Load("de", Path.Combine(root, "samples", "de")),
            Language.Load("en", Path.Combine(root, "bench", "Claimgraph.Bench", "Data", "en")),
        };

        var target = (long)(megabytes * BytesPerMegabyte);
        var reference = new DateOnly(2024, 11, 17);

        // Warm up until the tiered JIT has put in its optimized code (it starts counting calls only
        // after 100 ms and compiles in the background): a few seconds, at least 20 rounds (about 2 MB).
        // A warm-up of 2 MB measured the JIT at work: 13 instead of 18-23 MB/s for the same code.
        var warmUp = Stopwatch.StartNew();
        for (var round = 0; round < 20 || warmUp.Elapsed < WarmUp; round++)
        {
            foreach (var language in languages)
            {
                foreach (var article in language.Articles)
                {
                    language.Recognize(article, reference);
                }
            }
        }

        Array.Clear(Language.Allocated);
        Array.Clear(Language.Ticks);

        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var threadBefore = ThreadCpuClock.Now();
        var start = Stopwatch.GetTimestamp();
        long bytes = 0;
        long found = 0;
        var articles = 0;
        var turn = 0;
        while (bytes < target)
        {
            var language = languages[turn % languages.Length];
            var article = language.Articles[(turn / languages.Length) % language.Articles.Count];
            found += language.Recognize(article, reference);
            bytes += Encoding.UTF8.GetByteCount(article);
            articles++;
            turn++;
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var threadSeconds = ThreadCpuClock.Now() - threadBefore;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var rate = bytes / BytesPerMegabyte / seconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recognizers: {bytes / BytesPerMegabyte:F1} MB ({articles:N0} articles, German and English) in {seconds:F2} s on one thread"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {rate:F1} MB/s ({bytes / BytesPerMegabyte / cpuSeconds:F1} MB per CPU second: the machine may be shared), {articles / seconds:N0} articles/s, {found:N0} mentions, {allocated / (double)bytes:F1} bytes allocated per input byte"));
        if (threadSeconds is { } thread)
        {
            // The measuring thread's own CPU time: what the rate would be with a core to itself.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {bytes / BytesPerMegabyte / thread.TotalSeconds:F1} MB per CPU second of the measuring thread (load-independent figure; load average now {LoadAverage()})"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  target {TargetMegabytesPerSecond} MB/s: {(rate >= TargetMegabytesPerSecond ? "met" : "not met")}"));
        if (Environment.GetEnvironmentVariable("BENCH_BREAKDOWN") is not null)
        {
            output.WriteLine("  bytes allocated per input byte, number scan / percentages+ranges / units / dates: "
                + string.Join(" / ", Language.Allocated.Skip(1).Take(4).Select(t => (t / (double)bytes).ToString("F2", CultureInfo.InvariantCulture))));
            output.WriteLine("  CPU seconds of the measuring thread per stage, same order: "
                + string.Join(" / ", Language.Ticks.Skip(1).Take(4).Select(t => TimeSpan.FromTicks(t).TotalSeconds.ToString("F2", CultureInfo.InvariantCulture))));
        }

        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private sealed class Language
    {
        private readonly NumberRecognizer _numbers;
        private readonly PercentageRecognizer _percentages;
        private readonly NumberRangeRecognizer _ranges;
        private readonly DimensionRecognizer _dimensions;
        private readonly CurrencyRecognizer _currencies;
        private readonly AgeRecognizer _ages;
        private readonly DateRecognizer _dates;

        private Language(LanguagePack pack, IReadOnlyList<string> articles)
        {
            _numbers = new NumberRecognizer(pack);
            _percentages = new PercentageRecognizer(pack);
            _ranges = new NumberRangeRecognizer(pack);
            _dimensions = new DimensionRecognizer(pack);
            _currencies = new CurrencyRecognizer(pack);
            _ages = new AgeRecognizer(pack);
            _dates = new DateRecognizer(pack.Dates);
            Articles = articles;
        }

        public IReadOnlyList<string> Articles { get; }

        public static Language Load(string code, string directory) =>
            new(LanguagePack.Load(code, EmbeddedLexiconSource.Instance), SampleArticles.Load(directory).Select(a => a.Text).ToList());

        // Bytes allocated by each stage (BENCH_BREAKDOWN=1 prints them).
        public static readonly long[] Allocated = new long[8];

        // Time per stage, in ticks of the measuring thread's CPU time where the clock is there (wall time else).
        public static readonly long[] Ticks = new long[8];

        private static readonly bool Breakdown = Environment.GetEnvironmentVariable("BENCH_BREAKDOWN") is not null;

        private static long Clock() => !Breakdown ? 0 : ThreadCpuClock.Now() is { } cpu ? cpu.Ticks : TimeSpan.FromSeconds(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency).Ticks;

        public int Recognize(string text, DateOnly reference)
        {
            var s0 = Clock();
            var t0 = GC.GetAllocatedBytesForCurrentThread();
            var t1 = t0;
            var s1 = Clock();
            var scan = _numbers.Scan(text);
            var s2 = Clock();
            var t2 = GC.GetAllocatedBytesForCurrentThread();
            var n = scan.Numbers.Count
                + _percentages.FindAll(scan).Count
                + _ranges.FindAll(scan).Count;
            var t3 = GC.GetAllocatedBytesForCurrentThread();
            var s3 = Clock();
            n += _dimensions.FindAll(scan).Count
                + _currencies.FindAll(scan).Count
                + _ages.FindAll(scan).Count;
            var t4 = GC.GetAllocatedBytesForCurrentThread();
            var s4 = Clock();
            n += _dates.Recognize(text, reference).Count;
            var t5 = GC.GetAllocatedBytesForCurrentThread();
            var s5 = Clock();
            Ticks[1] += s2 - s1;
            Ticks[2] += s3 - s2;
            Ticks[3] += s4 - s3;
            Ticks[4] += s5 - s4;
            Allocated[0] += t1 - t0;
            Allocated[1] += t2 - t1;
            Allocated[2] += t3 - t2;
            Allocated[3] += t4 - t3;
            Allocated[4] += t5 - t4;
            return n;
        }
    }
}
