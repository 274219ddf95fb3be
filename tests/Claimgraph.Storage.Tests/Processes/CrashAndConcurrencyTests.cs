using System.Diagnostics;
using Claimgraph.Storage.Sqlite;

namespace Claimgraph.Storage.Tests.Processes;

/// <summary>`claimgraph ingest` killed midway, and two ingests on one store at once (real processes).</summary>
public sealed class CrashAndConcurrencyTests
{
    [Fact]
    public void Killed_ingest_leaves_a_consistent_store_and_the_next_run_completes_it_without_duplicates()
    {
        const int count = 1500;
        var corpus = IngestProcess.Corpus(count, "kill");
        var store = Path.Combine(TestPaths.TempFolder(), "store.db");

        using (var process = IngestProcess.Start(store, corpus))
        {
            var clock = Stopwatch.StartNew();
            long stored = 0;
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(100);
                if (File.Exists(store))
                {
                    using var reader = SqliteClaimStore.Open(store);
                    stored = reader.Summary().Documents;
                    if (stored >= 50)
                    {
                        break;
                    }
                }
            }

            Assert.False(process.HasExited, "ingest finished before it could be killed; make the corpus larger");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        using (var killed = SqliteClaimStore.Open(store))
        {
            Assert.Empty(killed.Check());
            var documents = killed.Summary().Documents;
            Assert.InRange(documents, 50, count - 1);
        }

        var (code, output) = IngestProcess.Run(store, corpus);
        Assert.True(code == 0, output);
        using var completed = SqliteClaimStore.Open(store);
        Assert.Empty(completed.Check());
        Assert.Equal(count, completed.Summary().Documents);
    }

    [Fact]
    public async Task Interrupted_ingest_stores_what_it_read_and_the_next_run_completes_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const int count = 1500;
        var corpus = IngestProcess.Corpus(count, "stop");
        var store = Path.Combine(TestPaths.TempFolder(), "store.db");
        using (var process = IngestProcess.Start(store, corpus))
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(100);
                if (File.Exists(store))
                {
                    using var reader = SqliteClaimStore.Open(store);
                    if (reader.Summary().Documents >= 50)
                    {
                        break;
                    }
                }
            }

            Assert.False(process.HasExited, "ingest finished before it could be interrupted; make the corpus larger");
            using (var signal = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                signal.WaitForExit();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            var (stdout, stderr) = (await output, await error);
            Assert.True(process.ExitCode == 130, stdout + stderr);
            Assert.Contains("interrupted", stderr, StringComparison.Ordinal);

            // Every document it read is stored (each is new): the queue was written before it ended.
            using var stopped = SqliteClaimStore.Open(store);
            Assert.Empty(stopped.Check());
            var documents = stopped.Summary().Documents;
            Assert.InRange(documents, 50, count - 1);
            Assert.Contains($"ingested {documents} new documents", stdout, StringComparison.Ordinal);
            Assert.Contains($"interrupted after {documents} documents", stderr, StringComparison.Ordinal);
        }

        var (code, text) = IngestProcess.Run(store, corpus);
        Assert.True(code == 0, text);
        using var completed = SqliteClaimStore.Open(store);
        Assert.Empty(completed.Check());
        Assert.Equal(count, completed.Summary().Documents);
    }

    [Fact]
    public async Task Two_ingests_on_one_store_at_once_both_finish_and_nothing_is_lost()
    {
        var shared = IngestProcess.Corpus(300, "both");
        var onlyA = IngestProcess.Corpus(150, "a");
        var onlyB = IngestProcess.Corpus(150, "b");
        var store = Path.Combine(TestPaths.TempFolder(), "store.db");

        using var a = IngestProcess.Start(store, shared, onlyA);
        using var b = IngestProcess.Start(store, onlyB, shared);
        var outA = a.StandardOutput.ReadToEndAsync();
        var errA = a.StandardError.ReadToEndAsync();
        var outB = b.StandardOutput.ReadToEndAsync();
        var errB = b.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await a.WaitForExitAsync(timeout.Token);
        await b.WaitForExitAsync(timeout.Token);
        var (textA, textB) = (await outA + await errA, await outB + await errB);
        Assert.True(a.ExitCode == 0, textA);
        Assert.True(b.ExitCode == 0, textB);
        Assert.Equal("", await errA + await errB);

        using var reader = SqliteClaimStore.Open(store);
        Assert.Empty(reader.Check());
        Assert.Equal(600, reader.Summary().Documents);
    }
}
