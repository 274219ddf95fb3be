using BenchmarkDotNet.Running;
using Claimgraph.Bench.Throughput;

namespace Claimgraph.Bench;

/// <summary>
/// `throughput [--mb N] [--samples DIR] [--materialize]`: one-thread extraction over a synthetic corpus.
/// `recognizers [--mb N]`: number, unit and date recognition over German and English news text.
/// `bdn [BenchmarkDotNet args]` (or any other args): BenchmarkDotNet's switcher.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
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

        if (args.Length > 0 && args[0] == "recognizers")
        {
            return Recognizers.RecognizerBenchmark.Run(args.AsSpan(1), Console.Out);
        }

        var switcherArgs = args.Length > 0 && args[0] == "bdn" ? args[1..] : args;
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs);
        return 0;
    }
}
