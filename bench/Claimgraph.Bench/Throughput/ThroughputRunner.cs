using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;

namespace Claimgraph.Bench.Throughput;

/// <summary>
/// Runs the extractor on the calling thread over a <see cref="SyntheticCorpus"/>: a warm-up on a
/// small slice, then the whole corpus once or more (<see cref="ThroughputOptions.Runs"/>), measured; prints a short report.
/// </summary>
public sealed class ThroughputRunner
{
    private const double BytesPerMegabyte = 1_000_000;
    private const double TargetMegabytesPerSecond = 10;
    private const long WarmUpBytes = 1_000_000;
    private const double MinWarmUpSeconds = 2;
    private const double MaxWarmUpSeconds = 15;
    private const double SettledJitSeconds = 0.01;

    private readonly ThroughputOptions _options;
    private readonly TextWriter _out;

    public ThroughputRunner(ThroughputOptions options, TextWriter output)
    {
        _options = options;
        _out = output;
    }

    public int Run()
    {
        var samplesDirectory = _options.SamplesDirectory ?? RepoLocator.DefaultSamples();
        var samples = SampleArticles.Load(samplesDirectory);
        var loadStart = Stopwatch.GetTimestamp();
        var pack = LanguagePack.Load("de", EmbeddedLexiconSource.Instance);
        var extractor = new ClaimExtractor(pack);
        var loadSeconds = Stopwatch.GetElapsedTime(loadStart).TotalSeconds;
        var corpus = new SyntheticCorpus(samples, _options.TargetBytes);

        // Claims of the unvaried samples, to compare with the claims per article of the corpus.
        var sampleClaims = samples.Sum(s => extractor.Extract(new Document(s.Name, s.Text)).Claims.Count);

        // What making the documents costs on its own (it is part of the measured loop when streaming).
        var generation = MeasureGeneration(corpus);
        if (generation.Utf8Bytes != corpus.Utf8Bytes)
        {
            throw new InvalidOperationException($"corpus is {generation.Utf8Bytes} UTF-8 bytes, planned {corpus.Utf8Bytes}");
        }

        var (warmUpArticles, warmUp, warmUpRounds) = WarmUp(extractor, corpus, samples.Count);

        IEnumerable<Document> documents = corpus.Documents();
        if (_options.Materialize)
        {
            documents = documents.ToList();
        }

        // On a shared machine one pass can be slowed by other load: several passes show the spread, and the report
        // details the median one.
        var runs = new List<RunResult>(_options.Runs);
        for (var run = 0; run < _options.Runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            runs.Add(Extract(extractor, documents));
        }

        GC.KeepAlive(documents);
        var measured = runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Report(samplesDirectory, samples, sampleClaims, loadSeconds, corpus, generation, warmUpArticles, warmUp, warmUpRounds, measured, runs, process.PeakWorkingSet64);
        return 0;
    }

    /// <summary>
    /// Extracts slices of the corpus (from its start, again and again) until the runtime has settled: at least
    /// <see cref="MinWarmUpSeconds"/> and until a slice ran with under <see cref="SettledJitSeconds"/> of compiling on any
    /// thread, at most <see cref="MaxWarmUpSeconds"/>. The tiered JIT optimizes a method after 30 calls, on a background
    /// thread; with a fixed warm-up of 1 MB the measured loop still had 0.3–1.3 s of such compiling in it, so part of it ran
    /// code not yet optimized.
    /// </summary>
    private (int Articles, RunResult Total, int Rounds) WarmUp(ClaimExtractor extractor, SyntheticCorpus corpus, int minArticles)
    {
        var slice = Math.Min(corpus.Articles, Math.Max(minArticles, corpus.ArticlesCovering(Math.Min(WarmUpBytes, _options.TargetBytes / 10))));
        var start = Stopwatch.GetTimestamp();
        RunResult? total = null;
        var rounds = 0;
        while (true)
        {
            var round = Extract(extractor, corpus.Documents(0, slice));
            total = total is null ? round : total.Plus(round);
            rounds++;
            var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (elapsed >= MaxWarmUpSeconds || (elapsed >= MinWarmUpSeconds && round.JitSeconds < SettledJitSeconds))
            {
                return (slice * rounds, total, rounds);
            }
        }
    }

    private static GenerationCost MeasureGeneration(SyntheticCorpus corpus)
    {
        long ticks = 0;
        long bytes = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < corpus.Articles; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var document = corpus.DocumentAt(i);
            ticks += Stopwatch.GetTimestamp() - start;
            bytes += System.Text.Encoding.UTF8.GetByteCount(document.Text);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new GenerationCost((double)ticks / Stopwatch.Frequency, bytes, allocated);
    }

    private static RunResult Extract(ClaimExtractor extractor, IEnumerable<Document> documents)
    {
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pauseBefore = GC.GetTotalPauseDuration();
        var jitHereBefore = JitInfo.GetCompilationTime(currentThread: true);
        var jitBefore = JitInfo.GetCompilationTime();
        var cpuBefore = ProcessCpu();
        var start = Stopwatch.GetTimestamp();
        var articles = 0;
        long characters = 0;
        long claims = 0;
        foreach (var document in documents)
        {
            var result = extractor.Extract(document);
            articles++;
            characters += document.Text.Length;
            claims += result.Claims.Count;
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpuSeconds = (ProcessCpu() - cpuBefore).TotalSeconds;
        return new RunResult(
            articles,
            characters,
            claims,
            seconds,
            cpuSeconds,
            GC.GetAllocatedBytesForCurrentThread() - allocatedBefore,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds,
            (JitInfo.GetCompilationTime(currentThread: true) - jitHereBefore).TotalSeconds,
            (JitInfo.GetCompilationTime() - jitBefore).TotalSeconds);
    }

    private void Report(
        string samplesDirectory,
        IReadOnlyList<SampleArticle> samples,
        int sampleClaims,
        double loadSeconds,
        SyntheticCorpus corpus,
        GenerationCost generation,
        int warmUpArticles,
        RunResult warmUp,
        int warmUpRounds,
        RunResult measured,
        IReadOnlyList<RunResult> runs,
        long peakWorkingSet)
    {
        var c = CultureInfo.InvariantCulture;
        var mb = corpus.Utf8Bytes / BytesPerMegabyte;
        var mbPerSecond = mb / measured.Seconds;
        var generationInLoop = _options.Materialize ? 0 : generation.Seconds;
        var engineMbPerSecond = mb / (measured.Seconds - generationInLoop);
        var copies = (corpus.Articles + samples.Count - 1) / samples.Count;
        var mode = _options.Materialize
            ? $"materialized (all {corpus.Articles:N0} documents built and held before the measured run)"
            : "streamed (documents generated lazily, one article alive at a time)";
        var gcMode = $"{(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}, {Gen0Budget()}";

        _out.WriteLine(string.Create(c, $"""
            Claimgraph throughput — extraction on one thread
              runtime      {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription} {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical cores{LoadAverage()}, GC {gcMode}
              samples      {samples.Count} articles in {samplesDirectory}, {sampleClaims} claims unvaried ({(double)sampleClaims / samples.Count:F2}/article)
              pack load    {loadSeconds * 1000:F0} ms (language pack + extractor, cold)
              corpus       {mb:F2} MB UTF-8 ({measured.Characters:N0} UTF-16 chars), {corpus.Articles:N0} articles ({copies:N0} passes over the samples, numbers varied per pass)
              documents    {mode}
              warm-up      {warmUpArticles:N0} articles, {warmUp.Characters / 1e6:F2} M chars, {warmUp.Seconds:F2} s ({warmUpRounds} rounds of one slice, until the JIT compiled under {SettledJitSeconds * 1000:F0} ms in one)
              claims       {measured.Claims:N0} ({(double)measured.Claims / measured.Articles:F2}/article)
              time         {measured.Seconds:F2} s wall{(_options.Materialize ? "" : $" (of which ≈{generation.Seconds:F2} s making the documents)")}; {measured.CpuSeconds:F2} s CPU, all threads of the process
              per CPU s    {mb / measured.CpuSeconds:F2} MB per CPU second (less sensitive to other load on the machine)
              throughput   {mbPerSecond:F2} MB/s, {measured.Articles / measured.Seconds:N0} articles/s{(_options.Materialize ? "" : $" (engine alone ≈{engineMbPerSecond:F2} MB/s)")}
              runs         {RunsLine(mb, runs, measured)}
              peak WS      {peakWorkingSet / BytesPerMegabyte:F0} MB (Process.PeakWorkingSet64, whole process)
              GC alloc     {measured.AllocatedBytes / mb / BytesPerMegabyte:F1} MB allocated per corpus MB ({measured.AllocatedBytes / 1e9:F2} GB in total{(_options.Materialize ? "" : $"; making the documents ≈{generation.AllocatedBytes / mb / BytesPerMegabyte:F1} MB/MB of it")})
              GCs          gen0 {measured.Gen0}, gen1 {measured.Gen1}, gen2 {measured.Gen2}; pause {measured.GcPauseSeconds:F2} s
              JIT          {measured.JitSecondsOnThread:F2} s compiling on the extracting thread, {measured.JitSeconds:F2} s on all threads (tier-up runs in the background)
              target       ≥ {TargetMegabytesPerSecond:F0} MB/s on one core: {(mbPerSecond >= TargetMegabytesPerSecond ? "met" : "NOT met")} ({mbPerSecond / TargetMegabytesPerSecond:P0} of target)
            """));
    }

    // The first generation's budget: set by DOTNET_GCgen0size (Properties/launchSettings.json under dotnet run), else
    // the runtime's own, which follows the processor cache size the machine reports (bench/README.md, "Runtime settings").
    private static string Gen0Budget() =>
        Environment.GetEnvironmentVariable("DOTNET_GCgen0size") is { Length: > 0 } size
            ? $"gen0 budget {size} (DOTNET_GCgen0size)"
            : "gen0 budget the runtime's (no DOTNET_GCgen0size)";

    // "9.41 9.87 10.12 MB/s (median 9.87, best 10.12)": every measured pass, in the order run; the median is the pass the
    // details are of.
    private static string RunsLine(double mb, IReadOnlyList<RunResult> runs, RunResult median)
    {
        var c = CultureInfo.InvariantCulture;
        return runs.Count == 1
            ? "1 pass (--runs N for more; the details above are the median pass's)"
            : string.Create(c, $"{string.Join(' ', runs.Select(r => (mb / r.Seconds).ToString("F2", c)))} MB/s (median {mb / median.Seconds:F2}, best {mb / runs.Min(r => r.Seconds):F2}); the details above are the median pass's");
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    // Other work on the machine slows the wall clock; the load average says how busy it was.
    private static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? $", load average {fields[0]} {fields[1]} {fields[2]}" : "";
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private sealed record GenerationCost(double Seconds, long Utf8Bytes, long AllocatedBytes);

    private sealed record RunResult(
        int Articles,
        long Characters,
        long Claims,
        double Seconds,
        double CpuSeconds,
        long AllocatedBytes,
        int Gen0,
        int Gen1,
        int Gen2,
        double GcPauseSeconds,
        double JitSecondsOnThread,
        double JitSeconds)
    {
        /// <summary>Two runs as one: counts and times added.</summary>
        public RunResult Plus(RunResult other) => new(
            Articles + other.Articles,
            Characters + other.Characters,
            Claims + other.Claims,
            Seconds + other.Seconds,
            CpuSeconds + other.CpuSeconds,
            AllocatedBytes + other.AllocatedBytes,
            Gen0 + other.Gen0,
            Gen1 + other.Gen1,
            Gen2 + other.Gen2,
            GcPauseSeconds + other.GcPauseSeconds,
            JitSecondsOnThread + other.JitSecondsOnThread,
            JitSeconds + other.JitSeconds);
    }
}
