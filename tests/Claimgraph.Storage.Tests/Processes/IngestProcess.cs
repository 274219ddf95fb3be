using System.Diagnostics;

namespace Claimgraph.Storage.Tests.Processes;

/// <summary>Runs `claimgraph ingest` as a separate process (the CLI built beside the tests) and writes test corpora.</summary>
internal static class IngestProcess
{
    public static Process Start(string store, params string[] paths)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Claimgraph.Cli.dll"));
        info.ArgumentList.Add("ingest");
        info.ArgumentList.Add("--store");
        info.ArgumentList.Add(store);
        info.ArgumentList.Add("--no-progress");
        foreach (var path in paths)
        {
            info.ArgumentList.Add(path);
        }

        return Process.Start(info)!;
    }

    public static (int Code, string Output) Run(string store, params string[] paths)
    {
        using var process = Start(store, paths);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "ingest did not finish in 3 minutes");
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>
    /// Writes <paramref name="count"/> distinct articles into a new folder: the samples with a word
    /// of their own after every fifth word (so no two are near copies either) and a numbered closing line.
    /// </summary>
    public static string Corpus(int count, string tag)
    {
        var samples = Directory.GetFiles(TestPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var folder = TestPaths.TempFolder();
        for (var i = 0; i < count; i++)
        {
            var words = samples[i % samples.Count].Split(' ');
            var marked = string.Join(' ', words.Select((w, j) => j % 5 == 4 ? $"{w} k{tag}{i}" : w));
            File.WriteAllText(Path.Combine(folder, $"{tag}-{i:D5}.txt"), marked + $"\nArchivnummer {tag}-{i}.\n");
        }

        return folder;
    }
}
