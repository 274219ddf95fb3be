using Claimgraph.Formats.Html;
using Claimgraph.Formats.Input;
using Claimgraph.Formats.Web;

namespace Claimgraph.Formats.Tests.Web;

/// <summary>Fetching from a server on 127.0.0.1 only; back-off and politeness pauses are recorded, not slept.</summary>
public sealed class PageFetcherTests : IDisposable
{
    private static readonly byte[] Page1252 = HtmlDecoder.Windows1252.GetBytes(
        "<html><body><article><h1>Heizöl</h1><p>In Köln kostet ein Liter Heizöl nun 1,12 €, teilte der Händlerverband am Montag mit. Das sind 14 Cent mehr als im Sommer.</p>"
        + "<p>Die Verbraucherzentrale rät, Angebote zu vergleichen und nicht zu früh zu bestellen, weil die Preise noch schwanken könnten.</p></article></body></html>");

    private readonly LocalHttpServer _server = new((path, number) => path switch
    {
        "/page" => new(200, "text/html; charset=windows-1252", Page1252),
        "/flaky" => number == 1 ? new(503, "text/plain", "busy"u8.ToArray()) : new(200, "text/html", "<p>ok</p>"u8.ToArray()),
        "/slow" => new(200, "text/html", "<p>late</p>"u8.ToArray(), TimeSpan.FromSeconds(3)),
        _ => new(404, "text/plain", "no"u8.ToArray()),
    });

    private readonly List<TimeSpan> _pauses = [];

    public void Dispose() => _server.Dispose();

    private PageFetcher Fetcher(FetchOptions? options = null) =>
        new(options ?? new FetchOptions { PolitenessDelay = TimeSpan.Zero, BackOff = TimeSpan.FromMilliseconds(100) }, sleep: _pauses.Add);

    [Fact]
    public void A_page_is_fetched_with_the_tools_user_agent_and_decoded_by_the_header_charset()
    {
        using var fetcher = Fetcher();
        var page = fetcher.Fetch(_server.BaseUrl + "/page");
        Assert.Null(page.Problem);
        Assert.Equal(200, page.Status);
        Assert.StartsWith("Claimgraph/", Assert.Single(_server.UserAgents));
        var item = Assert.IsType<DocumentItem>(Assert.Single(new DocumentReader([new HtmlFormat()], new PlainTextFormat(), null, null)
            .ReadResource(InputResource.FromBytes(page.Url, page.FinalUrl, page.Body, page.ContentType, page.FinalUrl))));
        Assert.Contains("In Köln kostet ein Liter Heizöl nun 1,12 €", item.Document.Text);
        Assert.Equal(_server.BaseUrl + "/page", item.Document.Url);
    }

    [Fact]
    public void A_transient_error_is_retried_after_a_back_off()
    {
        using var fetcher = Fetcher();
        var page = fetcher.Fetch(_server.BaseUrl + "/flaky");
        Assert.Null(page.Problem);
        Assert.Equal(2, page.Attempts);
        Assert.Equal([TimeSpan.FromMilliseconds(100)], _pauses);
    }

    [Fact]
    public void A_missing_page_is_not_retried()
    {
        using var fetcher = Fetcher();
        var page = fetcher.Fetch(_server.BaseUrl + "/gone");
        Assert.Equal("HTTP 404 Error", page.Problem);
        Assert.Equal(1, _server.Requests("/gone"));
    }

    [Fact]
    public void A_slow_server_times_out_and_retries_back_off_doubling()
    {
        using var fetcher = Fetcher(new FetchOptions { Timeout = TimeSpan.FromMilliseconds(200), Retries = 2, BackOff = TimeSpan.FromMilliseconds(50), PolitenessDelay = TimeSpan.Zero });
        var page = fetcher.Fetch(_server.BaseUrl + "/slow");
        Assert.Equal("timed out after 0.2 s (after 3 attempts)", page.Problem);
        Assert.Equal([TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)], _pauses);
    }

    [Fact]
    public void Requests_to_the_same_host_wait_for_the_politeness_delay()
    {
        using var fetcher = Fetcher(new FetchOptions { PolitenessDelay = TimeSpan.FromSeconds(5) });
        fetcher.Fetch(_server.BaseUrl + "/page");
        Assert.Empty(_pauses);
        fetcher.Fetch(_server.BaseUrl + "/page");
        var pause = Assert.Single(_pauses);
        Assert.InRange(pause, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Only_http_urls_are_fetched()
    {
        using var fetcher = Fetcher();
        Assert.Equal("not an http(s) URL", fetcher.Fetch("file:///etc/passwd").Problem);
    }

    [Fact]
    public void A_url_given_to_the_reader_becomes_a_document_and_a_failing_one_a_problem()
    {
        using var reader = DocumentReader.CreateDefault(fetchOptions: new FetchOptions { PolitenessDelay = TimeSpan.Zero, Retries = 0 });
        var items = reader.Read([_server.BaseUrl + "/page", _server.BaseUrl + "/gone"]).ToList();
        var document = Assert.IsType<DocumentItem>(items[0]).Document;
        Assert.Equal((_server.BaseUrl + "/page", "de", "127.0.0.1"), (document.Url, document.Language, document.Outlet));
        Assert.Contains("Heizöl nun 1,12 €", document.Text);
        var problem = Assert.IsType<ProblemItem>(items[1]);
        Assert.Equal((_server.BaseUrl + "/gone", "HTTP 404 Error"), (problem.Source, problem.Message));
    }

    [Fact]
    public void With_follow_a_feed_item_becomes_the_article_it_links_to_and_a_dead_link_keeps_the_item()
    {
        var baseUrl = "";
        using var server = new LocalHttpServer((path, _) => path switch
        {
            "/feed" => new(200, "application/rss+xml", System.Text.Encoding.UTF8.GetBytes($"""
                <rss version="2.0"><channel><title>Lokalfeed</title>
                <item><title>Bäume</title><link>{baseUrl}/trees</link><pubDate>Mon, 18 Nov 2024 08:00:00 GMT</pubDate><description>Kurz: neue Bäume.</description></item>
                <item><title>Weg</title><link>{baseUrl}/dead</link><description>Dieser Beitrag ist nur im Feed.</description></item>
                </channel></rss>
                """)),
            "/trees" => new(200, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(
                "<html><body><article><p>Die Stadt hat im vergangenen Jahr rund 2.000 neue Bäume gepflanzt, teilte das Umweltamt am Montag mit.</p></article></body></html>")),
            _ => new(404, "text/plain", "no"u8.ToArray()),
        });
        baseUrl = server.BaseUrl;
        using var reader = DocumentReader.CreateDefault(fetchOptions: new FetchOptions { PolitenessDelay = TimeSpan.Zero, Retries = 0 }, followFeedLinks: true);
        var items = reader.Read([baseUrl + "/feed"]).ToList();

        var article = Assert.IsType<DocumentItem>(items[0]);
        Assert.Equal("feed+html", article.Format);
        Assert.Contains("rund 2.000 neue Bäume gepflanzt", article.Document.Text);
        Assert.DoesNotContain("Kurz:", article.Document.Text);
        Assert.Equal(("Lokalfeed", new DateTimeOffset(2024, 11, 18, 8, 0, 0, TimeSpan.Zero), baseUrl + "/trees"), (article.Document.Outlet, article.Document.Published, article.Document.Url));
        var problem = Assert.IsType<ProblemItem>(items[1]);
        Assert.Equal(baseUrl + "/dead", problem.Location);
        Assert.Contains("HTTP 404", problem.Message);
        Assert.Contains("Dieser Beitrag ist nur im Feed.", Assert.IsType<DocumentItem>(items[2]).Document.Text);
    }
}
