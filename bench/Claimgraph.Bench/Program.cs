using BenchmarkDotNet.Running;
using Claimgraph.Bench.Throughput;

namespace Claimgraph.Bench;

/// <summary>
/// `throughput [--mb N] [--samples DIR] [--materialize]`: one-thread extraction over a synthetic corpus.
/// `stages [--rounds N]`: the time of each pipeline stage over the samples.
/// `ingest [--docs N] [--store FILE] [--samples DIR]`: extraction into a new SQLite store, documents/s and memory.
/// `html [--pages DIR] [--rounds N]`: web pages → articles → claims on one thread.
/// `allocations [--rounds N] [--top K]`: the types the extraction of the samples allocates, from allocation sampling.
/// `recognizers [--mb N]`: number, unit and date recognition over German and English news text.
/// `compare --a DIR --b DIR [--pairs N] [--seconds S]`: two builds in one process, timed in alternating pairs.
/// `bdn [BenchmarkDotNet args]` (or any other args): BenchmarkDotNet's switcher.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "ingest")
        {
            return Ingest.IngestBenchmark.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == "throughput")
        {
            if (!ThroughputOptions.TryParse(args.AsSpan(1), out var options, out var error))
            {
                Console.Error.WriteLine($"claimgraph-bench: {error}");
                Console.Error.WriteLine(ThroughputOptions.Usage);
                return 2;
            }

            try
            {
                return new ThroughputRunner(options, Console.Out).Run();
            }
            catch (IOException e)
            {
                // Missing samples folder or repository root (DirectoryNotFoundException, FileNotFoundException).
                Console.Error.WriteLine($"claimgraph-bench: {e.Message}");
                return 1;
            }
        }

        if (args.Length > 0 && args[0] == "stages")
        {
            var rounds = args.Length > 2 && args[1] == "--rounds" && int.TryParse(args[2], out var r) && r > 0 ? r : 20;
            return new Stages.StageProfile(SampleArticles.Load(RepoLocator.DefaultSamples()), Console.Out).Run(rounds);
        }

        if (args.Length > 0 && args[0] == "allocations")
        {
            var rounds = args.Length > 2 && args[1] == "--rounds" && int.TryParse(args[2], out var r) && r > 0 ? r : 20;
            var top = args.Length > 4 && args[3] == "--top" && int.TryParse(args[4], out var t) && t > 0 ? t : 30;
            return new Allocations.AllocationProfile(SampleArticles.Load(RepoLocator.DefaultSamples()), Console.Out).Run(rounds, top);
        }

        if (args.Length > 0 && args[0] == "html")
        {
            if (!Html.HtmlThroughputRunner.TryCreate(args.AsSpan(1), Console.Out, out var runner, out var error))
            {
                Console.Error.WriteLine($"claimgraph-bench: {error}");
                Console.Error.WriteLine(Html.HtmlThroughputRunner.Usage);
                return 2;
            }

            try
            {
                return runner!.Run();
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"claimgraph-bench: {e.Message}");
                return 1;
            }
        }

        if (args.Length > 0 && args[0] == "compare")
        {
            try
            {
                return Compare.CompareRunner.Run(args.AsSpan(1), Console.Out);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"claimgraph-bench: {e.Message}");
                return 1;
            }
        }

        if (args.Length > 0 && args[0] == "recognizers")
        {
            return Recognizers.RecognizerBenchmark.Run(args.AsSpan(1), Console.Out);
        }

        var switcherArgs = args.Length > 0 && args[0] == "bdn" ? args[1..] : args;
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs);
        return 0;
    }
}
