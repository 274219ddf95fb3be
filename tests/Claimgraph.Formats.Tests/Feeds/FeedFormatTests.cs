using Claimgraph.Formats.Feeds;
using Claimgraph.Formats.Input;

namespace Claimgraph.Formats.Tests.Feeds;

public sealed class FeedFormatTests
{
    private static List<InputItem> Read(string fixture) => [.. new FeedFormat().Read(InputResource.FromFile(Fixtures.Path(fixture)))];

    [Fact]
    public void Rss_items_become_documents_with_link_date_outlet_and_full_content()
    {
        var documents = Read("feed.rss").OfType<DocumentItem>().Select(d => d.Document).ToList();
        Assert.Equal(2, documents.Count);
        var first = documents[0];
        Assert.Equal("Raketenabwehr: Berlin bestellt weitere Systeme", first.Title);
        Assert.Equal("https://beispielbote.example/politik/raketenabwehr-1.html", first.Url);
        Assert.Equal(new DateTimeOffset(2024, 11, 19, 7, 15, 0, TimeSpan.FromHours(1)), first.Published);
        Assert.Equal("Beispielbote – Politik", first.Outlet);
        Assert.Equal("de", first.Language);
        Assert.StartsWith("Raketenabwehr: Berlin bestellt weitere Systeme\n\n", first.Text);
        Assert.Contains("nach eigenen Angaben vier weitere Luftverteidigungssysteme bestellt.\n\nDie Auslieferung", first.Text);
        Assert.DoesNotContain("Kurzfassung", first.Text);
        Assert.Contains("auf rund 53 Milliarden Euro.", documents[1].Text);
        Assert.DoesNotContain("<p>", documents[1].Text);
        Assert.Equal(new DateTimeOffset(2024, 11, 18, 18, 0, 0, TimeSpan.Zero), documents[1].Published);
    }

    [Fact]
    public void Atom_entries_take_the_alternate_link_and_html_or_xhtml_content()
    {
        var documents = Read("feed.atom").OfType<DocumentItem>().Select(d => d.Document).ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal("https://wire.example/2024/11/shipyard", documents[0].Url);
        Assert.Equal("Example Wire", documents[0].Outlet);
        Assert.Contains("two patrol boats a month", documents[0].Text);
        Assert.DoesNotContain("builds two boats", documents[0].Text);
        Assert.Equal("https://wire.example/2024/11/summary", documents[1].Url);
        Assert.Contains("about 40 trucks crossed the border", documents[1].Text);
        Assert.Equal(new DateTimeOffset(2024, 11, 18, 12, 30, 0, TimeSpan.Zero), documents[1].Published);
    }

    [Fact]
    public void Malformed_xml_is_named_by_line_and_the_items_before_it_are_kept()
    {
        var items = Read("broken.rss");
        Assert.Equal(["https://kaputt.example/1", "https://kaputt.example/2"], items.OfType<DocumentItem>().Select(d => d.Document.Url));
        var problem = Assert.Single(items.OfType<ProblemItem>());
        Assert.StartsWith("line 5,", problem.Location);
        Assert.Contains("malformed XML after item 2", problem.Message);
    }

    [Fact]
    public void Rss_1_items_are_read_with_dublin_core_dates_and_language()
    {
        var document = Assert.IsType<DocumentItem>(Assert.Single(Read("feed.rdf"))).Document;
        Assert.Equal(("Brücke wird erneuert", "https://archiv.example/meldung-7", "Archivdienst", "de"), (document.Title, document.Url, document.Outlet, document.Language));
        Assert.Equal(new DateTimeOffset(2024, 10, 2, 6, 45, 0, TimeSpan.FromHours(2)), document.Published);
        Assert.Contains("rund 12 Millionen Euro", document.Text);
    }

    [Theory]
    [InlineData("feed.rdf", true)]
    [InlineData("feed.rss", true)]
    [InlineData("feed.atom", true)]
    [InlineData("article-de.html", false)]
    public void Feeds_are_recognised_by_their_root_element(string fixture, bool feed)
    {
        var sample = InputSample.Of(InputResource.FromFile(Fixtures.Path(fixture))) with { Name = "saved-without-extension" };
        Assert.Equal(feed, new FeedFormat().Recognizes(sample));
    }
}
