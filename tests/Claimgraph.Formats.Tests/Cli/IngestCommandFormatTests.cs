using System.Text;
using Claimgraph.Cli.Commands;
using Claimgraph.Formats.Tests.Web;
using Claimgraph.Storage;
using Claimgraph.Storage.Sqlite;

namespace Claimgraph.Formats.Tests.Cli;

/// <summary>`claimgraph ingest` reads what `extract` reads (pages, feeds, archives, JSONL, URLs), stores their metadata, and keeps a republished article once with all its outlets.</summary>
public sealed class IngestCommandFormatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimgraph-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Pages_feeds_archives_jsonl_and_urls_are_stored_with_their_metadata_and_copies_as_appearances()
    {
        var inputs = Path.Combine(_dir, "inputs");
        Directory.CreateDirectory(inputs);
        foreach (var fixture in new[] { "article-de.html", "feed.rss", "sample.warc.gz", "documents.jsonl", "broken.rss" })
        {
            File.Copy(Fixtures.Path(fixture), Path.Combine(inputs, fixture));
        }

        var page = Fixtures.Text("article-de.html");
        File.WriteAllText(Path.Combine(inputs, "reprint.html"), Reprint(page));
        var nearCopy = Reprint(page, "Die Kopierzeitung", "kopie.example").Replace("Nordkorea liefert weitere Granaten an Russland", "Granaten aus Pjöngjang für Moskau", StringComparison.Ordinal);
        using var server = new LocalHttpServer((path, _) => path == "/copy"
            ? new LocalHttpServer.Reply(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(nearCopy))
            : new LocalHttpServer.Reply(404, "text/plain", "no"u8.ToArray()));
        var store = Path.Combine(_dir, "store.db");

        var (code, output, error) = Run(store, [inputs, server.BaseUrl + "/copy"]);

        Assert.Equal(0, code);
        Assert.Contains("documents.jsonl: line 2: not a JSON object", error);
        Assert.Contains("broken.rss: line 5, position 44: malformed XML after item 2", error);
        Assert.Contains("/copy: a near copy of the stored article-de.html", error);
        Assert.Contains("3 stored without claims (no claim pack for en: 3)", output);
        Assert.Contains("2 copies of stored texts recorded as appearances (1 near)", output);

        using var reader = SqliteClaimStore.Open(store);
        var documents = reader.Claims(ClaimQuery.All).Select(c => c.Document).DistinctBy(d => d.Id).ToDictionary(d => d.Name);
        // the page is first read through the JSONL line that lists it: the line's outlet and date win
        var article = documents["article-de.html"];
        Assert.Equal(("override.example", "Nordkorea liefert weitere Granaten an Russland", "de"), (article.Outlet, article.Title, article.Language));
        Assert.Equal("https://beispielbote.example/politik/nordkorea-granaten-123.html", article.Url);
        Assert.Equal(new DateOnly(2024, 12, 1), DateOnly.FromDateTime(article.Published!.Value.UtcDateTime));
        Assert.Equal(["Das Nachdruckblatt", "Die Kopierzeitung"], article.Republishers);
        var reprint = reader.Appearances(article.ContentHash)[1];
        Assert.Equal(("reprint.html", "https://nachdruck.example/politik/nordkorea-granaten-123.html"), (reprint.Name, reprint.Url));
        Assert.Equal(new DateTimeOffset(2024, 11, 18, 9, 30, 0, TimeSpan.FromHours(1)), reprint.Published);
        Assert.Equal("Erika Muster", reprint.Author);

        var jsonl = documents["https://beispiel.de/drohnen"];
        Assert.Equal(("beispiel.de", "84 Drohnen abgeschossen"), (jsonl.Outlet, jsonl.Title));
        Assert.Contains(documents.Values, d => d.Url == "https://beispielbote.example/politik/haushalt-2.html");
    }

    [Fact]
    public void Ingesting_the_same_inputs_again_changes_nothing()
    {
        File.Copy(Fixtures.Path("article-de.html"), Path.Combine(_dir, "a.html"));
        File.WriteAllText(Path.Combine(_dir, "b.html"), Reprint(Fixtures.Text("article-de.html")));
        var store = Path.Combine(_dir, "store.db");
        Run(store, [_dir]);
        var (code, output, _) = Run(store, [_dir]);
        Assert.Equal(0, code);
        Assert.Contains("ingested 0 new documents", output);
        Assert.Contains("2 already stored", output);
        using var reader = SqliteClaimStore.Open(store);
        Assert.Equal((1L, 2L), (reader.Summary().Documents, reader.Summary().Appearances));
    }

    /// <summary>The page as another outlet publishes it: the same article under another site name and address.</summary>
    private static string Reprint(string page, string outlet = "Das Nachdruckblatt", string site = "nachdruck.example") =>
        page.Replace("Der Beispielbote", outlet, StringComparison.Ordinal).Replace("beispielbote.example", site, StringComparison.Ordinal);

    private static (int Code, string Output, string Error) Run(string store, string[] inputs)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = new IngestCommand(output, error, TextReader.Null).Build().Parse(["--store", store, "--no-progress", .. inputs]).Invoke();
        return (code, output.ToString(), error.ToString());
    }
}
