using Claimgraph.Recognizers.Dates;
using Xunit.Abstractions;
namespace Claimgraph.Tests.Recognizers;
public sealed class ScratchAlloc(ITestOutputHelper o)
{
    [Fact]
    public void Measure()
    {
        var text = string.Concat(Directory.GetFiles(Path.Combine(TestData.RepositoryRoot, "samples", "de"), "*.txt").Select(File.ReadAllText));
        var rec = new DateRecognizer(TestData.German.Dates);
        rec.Recognize(text, new DateOnly(2024, 11, 17));
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        var tokens = DateTokens.Read(text, 0, text.Length);
        var a1 = GC.GetAllocatedBytesForCurrentThread();
        var m = rec.Recognize(text, new DateOnly(2024, 11, 17));
        var a2 = GC.GetAllocatedBytesForCurrentThread();
        var scanner = new DateScanner(TestData.German.Dates, tokens, new DateOnly(2024, 11, 17));
        var a3 = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < tokens.Count; i++) { scanner.MatchAt(i); }
        var a4 = GC.GetAllocatedBytesForCurrentThread();
        foreach (var w in new[] { "Haus", "in", "zwei", "123", "Soldaten", "der", "Jahr", "Mai", "am", "seit", "Tage", "einige", "erste", "bis" })
        {
            var t = string.Concat(Enumerable.Repeat(w + " ", 1000));
            var tk = DateTokens.Read(t, 0, t.Length);
            var sc = new DateScanner(TestData.German.Dates, tk, new DateOnly(2024, 11, 17));
            var b0 = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < tk.Count; i++) { sc.MatchAt(i); }
            o.WriteLine($"{w}: {(GC.GetAllocatedBytesForCurrentThread() - b0) / (double)tk.Count:F1} B/token");
        }

        var numbers = new Claimgraph.Recognizers.Numbers.NumberRecognizer(TestData.German);
        numbers.Scan(text);
        var n0 = GC.GetAllocatedBytesForCurrentThread();
        var toks = Claimgraph.Text.Tokenizer.Tokenize(text);
        var n1 = GC.GetAllocatedBytesForCurrentThread();
        var scan = numbers.Scan(text);
        var n2 = GC.GetAllocatedBytesForCurrentThread();
        o.WriteLine($"tokenize {(n1 - n0) / (double)text.Length:F2} scan {(n2 - n1) / (double)text.Length:F2} numbers {scan.Numbers.Count} tokens {toks.Length}");
        o.WriteLine($"len {text.Length} tokens {tokens.Count} read {(a1 - a0) / (double)text.Length:F2} recognize {(a2 - a1) / (double)text.Length:F2} matchall {(a4 - a3) / (double)text.Length:F2} mentions {m.Count}");
    }
}
