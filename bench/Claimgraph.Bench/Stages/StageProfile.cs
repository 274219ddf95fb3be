using System.Diagnostics;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Recognizers.Dates;
using Claimgraph.Text;

namespace Claimgraph.Bench.Stages;

/// <summary>
/// `stages [--rounds N]`: how the extraction time of the sample articles divides among the
/// pipeline's stages. Each stage is run on its own over all samples, N rounds, after a warm-up;
/// a stage's time includes what it needs from the stages before it only where it cannot be
/// separated (the sentence analysis tokenizes, finds entities and matches every cue set).
/// </summary>
public sealed class StageProfile
{
    private readonly IReadOnlyList<SampleArticle> _samples;
    private readonly TextWriter _out;

    public StageProfile(IReadOnlyList<SampleArticle> samples, TextWriter output)
    {
        _samples = samples;
        _out = output;
    }

    public int Run(int rounds)
    {
        var pack = LanguagePack.Load("de", EmbeddedLexiconSource.Instance);
        var extractor = new ClaimExtractor(pack);
        var splitter = new SentenceSplitter(pack.Sentences);
        var quantities = new QuantityRecognizer(pack);
        var dates = new DateRecognizer(pack.Dates);
        var furniture = new FurnitureFilter(pack.Furniture);
        var attribution = new AttributionFinder(pack);
        var nouns = new CountedNounFinder(pack);
        var normalized = _samples.Select(s => NormalizedText.From(s.Text).Text).ToList();
        var sentences = normalized.Select(t => splitter.Split(t)).ToList();
        var contexts = normalized.Select((t, i) => sentences[i].Select(s => new SentenceContext(s, t, pack)).ToList()).ToList();
        var bytes = _samples.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text)) * rounds;

        var stages = new (string Name, Func<int> Run)[]
        {
            ("whole extraction", () => _samples.Sum(s => extractor.Extract(new Document(s.Name, s.Text)).Claims.Count)),
            ("normalize", () => _samples.Sum(s => NormalizedText.From(s.Text).Text.Length)),
            ("page furniture", () => normalized.Sum(t => furniture.Find(t).Count)),
            ("split sentences", () => normalized.Sum(t => splitter.Split(t).Count)),
            ("tokenize", () => Each((t, s) => new TokenizedText(t, s.Span).Count)),
            ("sentence analysis (tokens, entities, cues)", () => Each((t, s) => new SentenceContext(s, t, pack).Mentions.Count)),
            ("entities", () => EachContext(c => pack.Entities.FindAll(c.Tokens).Count)),
            ("quantities", () => EachContext(c => quantities.FindAll(c.Tokens).Count)),
            ("attribution", () => EachContext(c => attribution.Find(c).Count)),
            ("counted nouns", () => EachContext(c => quantities.FindAll(c.Tokens).Count(q => nouns.Find(c, q) is not null))),
            ("dates", () => EachContext(c => dates.Recognize(c.Text, c.Sentence.Span, null).Count)),
            ("dates near date words", () => EachContext(c => dates.RecognizeNearDates(c.Tokens, null).Count)),
            ("dateline", () => normalized.Sum(t => Dateline.TryFind(t, pack.Dates, out _) ? 1 : 0)),
            ("whole extraction again", () => _samples.Sum(s => extractor.Extract(new Document(s.Name, s.Text)).Claims.Count)),
        };

        _out.WriteLine($"{_samples.Count} articles, {bytes / rounds:N0} bytes, {rounds} rounds each stage");
        foreach (var (name, run) in stages)
        {
            run();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var threadStart = Recognizers.ThreadCpuClock.Now();
            var start = Stopwatch.GetTimestamp();
            for (var r = 0; r < rounds; r++)
            {
                run();
            }

            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var perMb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (bytes / 1e6) / 1e6;
            // The thread's own CPU time: a figure other processes on the machine do not lower (Linux; empty elsewhere).
            var threadSeconds = (Recognizers.ThreadCpuClock.Now() - threadStart)?.TotalSeconds;
            var perCpuSecond = threadSeconds is > 0 ? $"  {bytes / 1e6 / threadSeconds.Value,8:N1} MB per thread CPU s" : "";
            _out.WriteLine($"  {name,-45} {bytes / 1e6 / seconds,8:N1} MB/s  {perMb,7:N1} MB allocated per MB{perCpuSecond}");
        }

        return 0;

        int Each(Func<string, Sentence, int> work)
        {
            var n = 0;
            for (var i = 0; i < normalized.Count; i++)
            {
                foreach (var sentence in sentences[i])
                {
                    n += work(normalized[i], sentence);
                }
            }

            return n;
        }

        int EachContext(Func<SentenceContext, int> work) => contexts.Sum(list => list.Sum(work));
    }
}
