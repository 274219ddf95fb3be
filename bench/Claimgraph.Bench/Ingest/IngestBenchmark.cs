using System.Diagnostics;
using System.Globalization;
using Claimgraph.Bench.Throughput;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Claimgraph.Storage;
using Claimgraph.Storage.Sqlite;

namespace Claimgraph.Bench.Ingest;

/// <summary>
/// `ingest [--docs N] [--store FILE] [--samples DIR] [--batch N] [--delay MS]`: extracts and stores N synthetic
/// documents (the samples repeated with changed numbers, <see cref="SyntheticCorpus"/>, their
/// paragraphs mixed so that no two are near copies) on one thread into a new SQLite store, as the
/// CLI does (<see cref="Ingestor"/> batches, or N documents or MS milliseconds a batch; `--batch 1`:
/// one transaction per document); reports
/// documents/s and the peak working set at quarters of the run (flat memory: the later quarters
/// stay near the first).
/// </summary>
public static class IngestBenchmark
{
    /// <summary>The lines of the corpus documents the next documents take paragraphs from (each made once).</summary>
    private static readonly Dictionary<int, string[]> Lines = [];

    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        var docs = 10_000;
        string? store = null;
        string? samplesDirectory = null;
        int? batch = null;
        int? delay = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--docs" when i + 1 < args.Length:
                    docs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--store" when i + 1 < args.Length:
                    store = args[++i];
                    break;
                case "--samples" when i + 1 < args.Length:
                    samplesDirectory = args[++i];
                    break;
                case "--batch" when i + 1 < args.Length:
                    batch = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--delay" when i + 1 < args.Length:
                    delay = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine("usage: ingest [--docs N] [--store FILE] [--samples DIR] [--batch N] [--delay MS]");
                    return 2;
            }
        }

        var samples = SampleArticles.Load(samplesDirectory ?? RepoLocator.DefaultSamples());
        var path = store ?? Path.Combine(Path.GetTempPath(), $"claimgraph-bench-{Environment.ProcessId}.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var extractor = new ClaimExtractor(LanguagePack.Load("de", EmbeddedLexiconSource.Instance));
        // Enough bytes for the measured documents and the warm-up documents after them.
        var passBytes = samples.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text));
        var corpus = new SyntheticCorpus(samples, passBytes * ((docs / samples.Count) + 6));
        using var claims = SqliteClaimStore.Open(path);
        var ingestor = new Ingestor(extractor, claims, ExtractorVersion.Of("de", [EmbeddedLexiconSource.Instance])) 
        {
            BatchSize = batch ?? Ingestor.DefaultBatchSize,
            BatchDelay = delay is { } ms ? TimeSpan.FromMilliseconds(ms) : Ingestor.DefaultBatchDelay,
        };

        // Warm-up on a separate store, so that the measured run starts with jitted code.
        var warmPath = path + ".warm";
        using (var warm = SqliteClaimStore.Open(warmPath))
        {
            var warmIngestor = new Ingestor(extractor, warm, "warm") { BatchSize = ingestor.BatchSize, BatchDelay = ingestor.BatchDelay };
            for (var i = 0; i < samples.Count * 4; i++)
            {
                warmIngestor.Add(Distinct(corpus, docs + i, samples.Count), null, null);
            }

            warmIngestor.Flush();
        }

        foreach (var file in new[] { warmPath, warmPath + "-wal", warmPath + "-shm" })
        {
            File.Delete(file);
        }

        using var process = Process.GetCurrentProcess();
        var quarters = new List<string>();
        var cpu = process.TotalProcessorTime;
        var written = BytesWritten();
        var clock = Stopwatch.StartNew();
        long stored = 0;
        for (var i = 0; i < docs; i++)
        {
            ingestor.Add(Distinct(corpus, i, samples.Count), null, null, outcome => stored += outcome.Claims);
            if ((i + 1) % Math.Max(1, docs / 4) == 0)
            {
                process.Refresh();
                quarters.Add(string.Create(CultureInfo.InvariantCulture, $"{i + 1:N0}: {process.WorkingSet64 / 1e6:F0} MB"));
            }
        }

        ingestor.Flush();
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        written = BytesWritten() - written;
        var summary = claims.Summary();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Claimgraph ingest — extraction + SQLite store on one thread
              store        {path} (WAL, up to {ingestor.BatchSize} documents or {ingestor.BatchDelay.TotalMilliseconds:F0} ms a transaction)
              documents    {docs:N0} ({summary.Documents:N0} stored), {stored:N0} claims, {summary.Sentences:N0} indexed sentences
              time         {seconds:F2} s wall, {cpuSeconds:F2} s CPU
              throughput   {docs / seconds:N0} documents/s ({docs / cpuSeconds:N0} per CPU second)
              working set  {string.Join("; ", quarters)}; peak {process.PeakWorkingSet64 / 1e6:F0} MB
              store size   {new FileInfo(path).Length / 1e6:F1} MB (+ WAL {(File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length / 1e6 : 0):F1} MB); {(written < 0 ? "" : $"{written / 1e6:F0} MB written ({written / 1e3 / docs:F0} KB a document)")}
              target       ≥ 500 documents/s: {(docs / seconds >= 500 ? "met" : "NOT met")}
            """));
        return 0;
    }

    /// <summary>The bytes this process has written so far (Linux: /proc/self/io), or -1 where that is not known.</summary>
    private static long BytesWritten()
    {
        const string io = "/proc/self/io";
        if (!File.Exists(io))
        {
            return -1;
        }

        var line = File.ReadLines(io).FirstOrDefault(l => l.StartsWith("wchar:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line["wchar:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Document <paramref name="index"/>: a text of its own, since the store keeps one text per
    /// article and recognises near copies, and the corpus is the samples again and again with other
    /// numbers. Its paragraphs are those of the corpus document at the index, each taken from one of
    /// the next samples instead (which one depends on the index and the paragraph), so two
    /// documents share few paragraphs and fewer 5-word shingles; the text is German news as before.
    /// </summary>
    private static Document Distinct(SyntheticCorpus corpus, int index, int samples)
    {
        var document = corpus.DocumentAt(index);
        var paragraphs = document.Text.Split('\n');
        foreach (var old in Lines.Keys.Where(k => k < index).ToList())
        {
            Lines.Remove(old);
        }

        for (var k = 1; k < paragraphs.Length; k++)
        {
            var source = index + (int)((unchecked(((uint)index * 0x9E3779B1u) ^ ((uint)k * 0x85EBCA6Bu)) >> 8) % (uint)samples);
            if (!Lines.TryGetValue(source, out var from))
            {
                from = corpus.DocumentAt(source).Text.Split('\n');
                Lines[source] = from;
            }

            paragraphs[k] = from[k % from.Length];
        }

        return document with { Text = string.Join('\n', paragraphs) + $"\n\nArchiv-Nr. {index}\n" };
    }
}
