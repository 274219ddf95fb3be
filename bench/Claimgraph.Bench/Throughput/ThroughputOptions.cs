using System.Globalization;

namespace Claimgraph.Bench.Throughput;

/// <summary>Options of the throughput mode. One MB is 1,000,000 bytes of UTF-8.</summary>
public sealed record ThroughputOptions(double Megabytes, string? SamplesDirectory, bool Materialize, int Runs = 1)
{
    public const double DefaultMegabytes = 50;

    public const string Usage =
        "usage: throughput [--mb N] [--runs N] [--samples DIR] [--materialize]\n" +
        "  --mb N          corpus size in MB of UTF-8 (10^6 bytes), default 50\n" +
        "  --runs N        measured passes over the corpus, default 1; the report gives each and details the median\n" +
        "  --samples DIR   folder of *.txt articles, default <repo>/samples/de\n" +
        "  --materialize   build every document before measuring instead of generating them lazily";

    public long TargetBytes => (long)Math.Ceiling(Megabytes * 1_000_000);

    public static bool TryParse(ReadOnlySpan<string> args, out ThroughputOptions options, out string error)
    {
        var megabytes = DefaultMegabytes;
        string? samples = null;
        var materialize = false;
        var runs = 1;
        options = new ThroughputOptions(megabytes, samples, materialize);
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mb" when i + 1 < args.Length:
                    if (!double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out megabytes) || !(megabytes > 0) || megabytes > 100_000)
                    {
                        error = $"--mb: '{args[i]}' is not a size in MB between 0 and 100000";
                        return false;
                    }

                    break;
                case "--runs" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 1 || runs > 100)
                    {
                        error = $"--runs: '{args[i]}' is not a count between 1 and 100";
                        return false;
                    }

                    break;
                case "--samples" when i + 1 < args.Length:
                    samples = args[++i];
                    break;
                case "--materialize":
                    materialize = true;
                    break;
                case "--mb" or "--runs" or "--samples":
                    error = $"{args[i]} needs a value";
                    return false;
                default:
                    error = $"unknown argument '{args[i]}'";
                    return false;
            }
        }

        options = new ThroughputOptions(megabytes, samples, materialize, runs);
        return true;
    }
}
