using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Dates;
using Claimgraph.Text;

namespace Claimgraph.Bench.Tmp;

public static class DateWindowStats
{
    public static int Run()
    {
        var pack = LanguagePack.Load("de", EmbeddedLexiconSource.Instance);
        var splitter = new SentenceSplitter(pack.Sentences);
        var dates = new DateRecognizer(pack.Dates);
        long sentences = 0, tokens = 0, withDate = 0, windowTokens = 0, mentions = 0;
        var words = new Dictionary<string, int>();
        foreach (var s in SampleArticles.Load(RepoLocator.DefaultSamples()))
        {
            var text = NormalizedText.From(s.Text).Text;
            foreach (var sentence in splitter.Split(text))
            {
                var c = new SentenceContext(sentence, text, pack);
                sentences++; tokens += c.Tokens.Count;
                var any = false;
                var covered = new bool[c.Tokens.Count];
                for (var i = 0; i < c.Tokens.Count; i++)
                {
                    var t = c.Tokens.Tokens[i];
                    var isDate = t.IsWord ? pack.Dates.DateWords.Contains(c.Tokens, i) : t.IsNumber && (c.Tokens.Lower[i].Length == 4 || c.Tokens.Lower[i].Contains('.'));
                    if (!isDate) continue;
                    any = true;
                    words[c.Tokens.Lower[i]] = words.GetValueOrDefault(c.Tokens.Lower[i]) + 1;
                    for (var k = Math.Max(0, i - 10); k <= Math.Min(c.Tokens.Count - 1, i + 6); k++) covered[k] = true;
                }
                if (any) withDate++;
                windowTokens += covered.Count(b => b);
                mentions += dates.RecognizeNearDates(c.Tokens, null).Count;
            }
        }
        Console.WriteLine($"sentences {sentences}, tokens {tokens}, with date token {withDate}, window tokens {windowTokens} ({windowTokens * 100.0 / tokens:F1} %), mentions {mentions}");
        foreach (var (w, n) in words.OrderByDescending(p => p.Value).Take(60)) Console.Write($"{w}:{n} ");
        Console.WriteLine();
        return 0;
    }
}
