using System.Text.Json;
using Claimgraph.Extraction;
using Xunit.Abstractions;

namespace Claimgraph.Tests.Extraction;

/// <summary>
/// Extraction quality against hand-made gold: the seeds (from ../shared when present) and the
/// repository's own samples. The floors are the contract of the German extraction issue (seeds)
/// and a ratchet a little under the measured figures (samples): a drop fails the build.
/// </summary>
public sealed class GoldScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Seeds_meet_the_quality_bar()
    {
        if (TestData.SharedRoot is not { } shared)
        {
            output.WriteLine("../shared not present: seed score not measured");
            return;
        }

        var (value, full) = ScoreFolder(Path.Combine(shared, "seeds"), Path.Combine(shared, "gold", "seeds.jsonl"));
        Assert.True(value >= 0.95, $"seed value F1 {value:F3} < 0.95");
        Assert.True(full >= 0.85, $"seed full F1 {full:F3} < 0.85");
    }

    [Fact]
    public void Samples_do_not_regress()
    {
        var folder = Path.Combine(TestData.RepositoryRoot, "samples", "de");
        var (value, full) = ScoreFolder(folder, Path.Combine(TestData.RepositoryRoot, "samples", "gold", "de.jsonl"));
        Assert.True(value >= 0.90, $"samples value F1 {value:F3} < 0.90");
        Assert.True(full >= 0.70, $"samples full F1 {full:F3} < 0.70");
    }

    private (double Value, double Full) ScoreFolder(string folder, string goldFile)
    {
        var gold = File.ReadLines(goldFile).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(g => !g.TryGetProperty("record", out var r) || r.GetString() == "gold").ToList();
        var predictions = new List<JsonElement>();
        var texts = new Dictionary<string, string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            texts[Path.GetFileName(file)] = text;
            using var stream = new MemoryStream();
            using (var writer = new ClaimJsonWriter(stream))
            {
                foreach (var claim in TestData.Extractor.Extract(new Document(Path.GetFileName(file), text)).Claims)
                {
                    writer.WriteClaim(claim);
                }
            }

            foreach (var line in System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                predictions.Add(JsonDocument.Parse(line).RootElement);
            }
        }

        var (value, full) = GoldScore.Score(gold, predictions, doc => texts.GetValueOrDefault(doc));
        output.WriteLine($"{folder}: value F1 {value:F3}, full F1 {full:F3} ({predictions.Count} predicted, {gold.Count} gold)");
        return (value, full);
    }
}
