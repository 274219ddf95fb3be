using Claimgraph.Cli.Commands;

namespace Claimgraph.Formats.Tests.Cli;

/// <summary>`claimgraph extract` over web pages, feeds and archives: documents with their metadata, duplicates and languages reported.</summary>
public sealed class ExtractCommandFormatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimgraph-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Pages_feeds_and_archives_in_a_folder_are_extracted_with_their_metadata()
    {
        foreach (var fixture in new[] { "article-de.html", "article-1252.html", "feed.rss", "sample.warc", "broken.rss" })
        {
            File.Copy(Fixtures.Path(fixture), Path.Combine(_dir, fixture));
        }

        File.Copy(Fixtures.Path("article-de.html"), Path.Combine(_dir, "reprint.html"));
        var (code, output, error) = Run([_dir, "--format", "jsonl", "--with-documents"]);

        Assert.Equal(0, code);
        Assert.Contains("\"document\":\"article-de.html\",\"title\":\"Nordkorea liefert weitere Granaten an Russland\",\"language\":\"de\",\"published\":\"2024-11-18T09:30:00\",\"outlet\":\"Der Beispielbote\"", output);
        Assert.Contains("\"quote\":\"rund 10.000 Granaten\"", output);
        // The windows-1252 page is read (its text is checked in ArticleCommandTests); the price of a litre is no claim.
        Assert.Contains("{\"record\":\"document\",\"document\":\"article-1252.html\",\"title\":\"Teurer Winter\",\"language\":\"de\"", output);
        Assert.DoesNotContain("1,12 €", output);
        Assert.Contains("\"document\":\"https://beispielbote.example/politik/haushalt-2.html\"", output);
        Assert.Contains("reprint.html: the same text as article-de.html (not extracted again)", error);
        Assert.Contains("sample.warc: https://wire.example/depot: language 'en' has no language pack for claims (not extracted)", error);
        Assert.Contains("sample.warc: 2 HTML pages read; skipped 5 other records", error);
        Assert.Contains("broken.rss: line 5, position 44: malformed XML after item 2", error);
        Assert.Contains("\"document\":\"https://kaputt.example/2\"", output);
        Assert.DoesNotContain("\"document\":\"reprint.html\"", output);
    }

    [Fact]
    public void The_language_option_overrides_detection()
    {
        var archive = Fixtures.Path("sample.warc");
        var (_, detected, detectedError) = Run([archive, "--format", "jsonl", "--with-documents"]);
        Assert.DoesNotContain("\"record\":\"document\"", detected);
        Assert.Contains("language 'en' has no language pack", detectedError);

        var (code, forced, forcedError) = Run([archive, "--format", "jsonl", "--with-documents", "--language", "de"]);
        Assert.Equal(0, code);
        Assert.Contains("\"document\":\"https://wire.example/depot\",\"title\":\"Depot report\",\"language\":\"de\"", forced);
        Assert.DoesNotContain("no language pack", forcedError);
    }

    private static (int Code, string Output, string Error) Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = new ExtractCommand(output, error, TextReader.Null).Build().Parse(args).Invoke();
        return (code, output.ToString(), error.ToString());
    }
}
