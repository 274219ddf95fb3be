using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;

namespace Claimgraph.Bench.Allocations;

/// <summary>
/// `allocations [--rounds N] [--top K]`: which types the extraction of the sample articles allocates,
/// from the runtime's allocation sampling (an event about every 100 KB allocated, naming the type
/// of the object that crossed the mark). Shares of sampled bytes estimate shares of all bytes.
/// </summary>
public sealed class AllocationProfile
{
    private readonly IReadOnlyList<SampleArticle> _samples;
    private readonly TextWriter _out;

    public AllocationProfile(IReadOnlyList<SampleArticle> samples, TextWriter output)
    {
        _samples = samples;
        _out = output;
    }

    public int Run(int rounds, int top)
    {
        var extractor = new ClaimExtractor(LanguagePack.Load("de", EmbeddedLexiconSource.Instance));
        foreach (var sample in _samples)
        {
            extractor.Extract(new Document(sample.Name, sample.Text));
        }

        long claims = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        using (var listener = new AllocationListener())
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var sample in _samples)
                {
                    claims += extractor.Extract(new Document(sample.Name, sample.Text)).Claims.Count;
                }
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var bytes = _samples.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text)) * rounds;
            var sampled = listener.Bytes.Values.Sum();
            _out.WriteLine($"{_samples.Count} articles × {rounds} rounds, {claims:N0} claims; {allocated / (double)bytes:F1} bytes allocated per input byte");
            _out.WriteLine($"{"share",6}  type (of {listener.Events:N0} allocation samples)");
            foreach (var (type, size) in listener.Bytes.OrderByDescending(p => p.Value).Take(top))
            {
                _out.WriteLine($"{size * 100.0 / sampled,5:F1}%  {type}");
            }
        }

        return 0;
    }

    /// <summary>Counts the runtime's GCAllocationTick events by type name.</summary>
    private sealed class AllocationListener : EventListener
    {
        // Keyword GC of the runtime provider; the tick events come at Verbose level.
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public ConcurrentDictionary<string, long> Bytes { get; } = new();

        public int Events;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is not { } payload)
            {
                return;
            }

            var typeAt = e.PayloadNames?.IndexOf("TypeName") ?? -1;
            var amountAt = e.PayloadNames?.IndexOf("AllocationAmount64") ?? -1;
            var type = typeAt >= 0 ? payload[typeAt] as string ?? "?" : "?";
            var amount = amountAt >= 0 ? Convert.ToInt64(payload[amountAt], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            Interlocked.Increment(ref Events);
            Bytes.AddOrUpdate(type, amount, (_, total) => total + amount);
        }
    }
}
