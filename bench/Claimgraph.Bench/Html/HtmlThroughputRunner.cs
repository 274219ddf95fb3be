using System.Diagnostics;
using System.Globalization;
using Claimgraph.Extraction;
using Claimgraph.Formats.Html;
using Claimgraph.Formats.Input;
using Claimgraph.Formats.Language;
using Claimgraph.Lexicon;

namespace Claimgraph.Bench.Html;

/// <summary>
/// `html [--pages DIR] [--rounds N]`: web pages → claims on the calling thread. The pages
/// (*.html, *.html.gz; by default the article-extraction benchmark's in ../shared) are read into
/// memory first; then each round decodes, parses and extracts every article, detects its language
/// and extracts claims with the German pack. Reports pages/s and HTML MB/s for the article
/// extraction alone and for the whole way to claims.
/// </summary>
public sealed class HtmlThroughputRunner(string? pagesDirectory, int rounds, TextWriter output)
{
    public const string Usage = "usage: html [--pages DIR] [--rounds N]";

    public static bool TryCreate(ReadOnlySpan<string> args, TextWriter output, out HtmlThroughputRunner? runner, out string? error)
    {
        string? pages = null;
        var rounds = 3;
        runner = null;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--pages" && i + 1 < args.Length)
            {
                pages = args[++i];
            }
            else if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], out rounds) && rounds > 0)
            {
                i++;
            }
            else
            {
                error = $"unknown or incomplete option '{args[i]}'";
                return false;
            }
        }

        runner = new HtmlThroughputRunner(pages, rounds, output);
        return true;
    }

    public int Run()
    {
        var folder = pagesDirectory ?? Path.GetFullPath(Path.Combine(RepoLocator.FindRoot(), "..", "shared", "specs", "article-extraction-benchmark", "html"));
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no pages; pass --pages DIR");
        }

        var pages = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Bytes: CompressedFile.ReadAllBytes(f)))
            .ToList();
        var htmlBytes = pages.Sum(p => (long)p.Bytes.Length);
        var articles = new HtmlArticleExtractor();
        var claims = new ClaimExtractor(LanguagePack.Load("de", EmbeddedLexiconSource.Instance));
        var languages = LanguageDetector.Default;

        // warm-up: one pass through everything
        Pass(pages, articles, claims, languages, toClaims: true);

        var articleSeconds = Time(() => { for (var r = 0; r < rounds; r++) { Pass(pages, articles, claims, languages, toClaims: false); } });
        var claimCount = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var fullSeconds = Time(() => { for (var r = 0; r < rounds; r++) { claimCount = Pass(pages, articles, claims, languages, toClaims: true); } });
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var n = pages.Count * rounds;
        var mb = htmlBytes * rounds / 1e6;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"pages            {pages.Count} ({htmlBytes / 1e6:0.0} MB of HTML) × {rounds} rounds, one thread"));
        output.WriteLine(string.Create(c, $"HTML → article   {n / articleSeconds:0} pages/s, {mb / articleSeconds:0.0} MB/s"));
        output.WriteLine(string.Create(c, $"HTML → claims    {n / fullSeconds:0} pages/s, {mb / fullSeconds:0.0} MB/s ({claimCount} claims per round with the German pack)"));
        output.WriteLine(string.Create(c, $"allocated        {allocated / (double)n / 1e6:0.0} MB per page; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        return 0;
    }

    private static int Pass(List<(string Name, byte[] Bytes)> pages, HtmlArticleExtractor articles, ClaimExtractor claims, LanguageDetector languages, bool toClaims)
    {
        var found = 0;
        foreach (var (name, bytes) in pages)
        {
            var article = articles.Extract(HtmlDecoder.Decode(bytes));
            if (!toClaims)
            {
                continue;
            }

            var text = article.Metadata.Title is null ? article.Body : article.Metadata.Title + "\n\n" + article.Body;
            var language = languages.Detect(text).Code;
            found += claims.Extract(new Document(name, text, article.Metadata.Published, article.Metadata.Outlet, article.Metadata.Title, article.Metadata.CanonicalUrl, language)).Claims.Count;
        }

        return found;
    }

    private static double Time(Action action)
    {
        GC.Collect();
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
