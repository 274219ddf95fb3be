using BenchmarkDotNet.Attributes;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;

namespace Claimgraph.Bench.Benchmarks;

/// <summary>Loading the German language pack from the embedded data files, and building an extractor on it.</summary>
// Not sealed: BenchmarkDotNet generates a class that derives from it.
[MemoryDiagnoser]
public class LanguagePackBenchmarks
{
    [Benchmark]
    public LanguagePack LoadLanguagePack() => LanguagePack.Load("de", EmbeddedLexiconSource.Instance);

    [Benchmark]
    public ClaimExtractor LoadPackAndBuildExtractor() => new(LanguagePack.Load("de", EmbeddedLexiconSource.Instance));
}
