using BenchmarkDotNet.Attributes;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;

namespace Claimgraph.Bench.Benchmarks;

/// <summary>
/// Extraction with one extractor built once. <see cref="ExtractTypicalArticle"/> runs the pipeline on
/// de-12, the median-size sample (2,339 bytes). Repeating one document keeps its lexicon entries
/// hot in the CPU caches and its branches predicted, which makes it about twice as fast per byte as a
/// stream of different articles; <see cref="ExtractAllSamples"/> (the 13 samples, 31,165 bytes, per
/// operation) is close to what the throughput mode measures.
/// </summary>
// Not sealed: BenchmarkDotNet generates a class that derives from it.
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    public const string TypicalArticle = "de-12-nzz-kursk-vorstoss";

    private ClaimExtractor _extractor = null!;
    private Document _typical = null!;
    private Document[] _all = [];

    [GlobalSetup]
    public void Setup()
    {
        _extractor = new ClaimExtractor(LanguagePack.Load("de", EmbeddedLexiconSource.Instance));
        var samples = SampleArticles.Load(RepoLocator.DefaultSamples());
        _all = samples.Select(a => new Document(a.Name, a.Text)).ToArray();
        _typical = _all.Single(d => d.Name == TypicalArticle);
    }

    [Benchmark(Baseline = true)]
    public int ExtractTypicalArticle() => _extractor.Extract(_typical).Claims.Count;

    [Benchmark]
    public int ExtractAllSamples()
    {
        var claims = 0;
        foreach (var document in _all)
        {
            claims += _extractor.Extract(document).Claims.Count;
        }

        return claims;
    }
}
