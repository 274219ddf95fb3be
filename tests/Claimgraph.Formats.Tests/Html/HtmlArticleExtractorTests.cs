using Claimgraph.Formats.Html;

namespace Claimgraph.Formats.Tests.Html;

/// <summary>A page we wrote with every kind of furniture around a short German article.</summary>
public sealed class HtmlArticleExtractorTests
{
    private static readonly HtmlArticle Article = new HtmlArticleExtractor().Extract(Fixtures.Text("article-de.html"));

    [Fact]
    public void The_body_keeps_every_paragraph_and_the_subheading_in_order()
    {
        var body = Article.Body;
        var first = body.IndexOf("mehr als 13.000 Container", StringComparison.Ordinal);
        var second = body.IndexOf("acht Millionen Schuss", StringComparison.Ordinal);
        var heading = body.IndexOf("Reaktion aus Kiew", StringComparison.Ordinal);
        var last = body.IndexOf("rund 10.000 Granaten am Tag", StringComparison.Ordinal);
        Assert.True(first >= 0 && first < second && second < heading && heading < last, body);
        Assert.Contains("\n\n", body);
    }

    [Theory]
    [InlineData("Cookies")]
    [InlineData("Wirtschaft")]
    [InlineData("Teilen")]
    [InlineData("Kim trifft Putin")]
    [InlineData("Mehr zum Thema")]
    [InlineData("Leserin A")]
    [InlineData("Meistgelesen")]
    [InlineData("Impressum")]
    [InlineData("kein Artikel")]
    [InlineData("Artilleriegranaten in einem Depot")]
    public void Furniture_and_captions_are_not_body_text(string furniture) => Assert.DoesNotContain(furniture, Article.Body);

    [Fact]
    public void The_title_is_not_repeated_in_the_body() => Assert.DoesNotContain("Nordkorea liefert weitere Granaten", Article.Body);

    [Fact]
    public void Captions_are_marked_as_captions() =>
        Assert.Equal(["Artilleriegranaten in einem Depot. Foto: Archiv"], Article.Blocks.Where(b => b.Kind == ArticleBlockKind.Caption).Select(b => b.Text));

    [Fact]
    public void Metadata_comes_from_json_ld_before_meta_tags()
    {
        var m = Article.Metadata;
        Assert.Equal("Nordkorea liefert weitere Granaten an Russland", m.Title);
        Assert.Equal("Erika Muster", m.Author);
        Assert.Equal(new DateTimeOffset(2024, 11, 18, 9, 30, 0, TimeSpan.FromHours(1)), m.Published);
        Assert.Equal("Der Beispielbote", m.Outlet);
        Assert.Equal("https://beispielbote.example/politik/nordkorea-granaten-123.html", m.CanonicalUrl);
        Assert.Equal("de", m.Language);
    }

    [Fact]
    public void Meta_tags_and_time_elements_stand_in_when_there_is_no_json_ld()
    {
        const string page = """
            <html><head><meta property="og:title" content="Kurze Meldung"><meta name="author" content="Max Beispiel">
            <meta property="og:site_name" content="Lokalblatt"></head>
            <body><article><p>Die Stadt hat im vergangenen Jahr rund 2.000 neue Bäume gepflanzt, teilte das Umweltamt mit. Weitere sollen folgen.</p>
            <p>Posted <time datetime="2024-03-05T12:00:00Z">5 March</time></p></article></body></html>
            """;
        var m = new HtmlArticleExtractor().Extract(page).Metadata;
        Assert.Equal(("Kurze Meldung", "Max Beispiel", "Lokalblatt"), (m.Title, m.Author, m.Outlet));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 12, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void A_page_without_text_has_an_empty_body() => Assert.Equal("", new HtmlArticleExtractor().Extract("<html><body><nav><a href='/'>Home</a></nav></body></html>").Body);

    [Fact]
    public void A_page_built_by_scripts_falls_back_to_the_json_ld_article_body()
    {
        const string page = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Leer","articleBody":"Erster Absatz mit 120 Wörtern.\nZweiter Absatz, der ebenfalls im strukturierten Text steht."}</script></head>
            <body><div id="app">Laden …</div></body></html>
            """;
        var article = new HtmlArticleExtractor().Extract(page);
        Assert.Equal(["Erster Absatz mit 120 Wörtern.", "Zweiter Absatz, der ebenfalls im strukturierten Text steht."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Bylines_stamps_standfirsts_furniture_lines_and_calls_to_action_leave_the_edges_of_the_body()
    {
        const string page = """
            <html><head><meta name="description" content="Die Stadt plant mehr Grün."><meta name="author" content="Erika Muster"></head>
            <body><article>
            <h2>Die Stadt plant mehr Grün.</h2>
            <p>Von Erika Muster | Lokales</p>
            <p>Aktualisiert 18.11.2024, 10:15</p>
            <p>Die Stadt hat im vergangenen Jahr rund 2.000 neue Bäume gepflanzt, teilte das Umweltamt am Montag mit, und will weitere folgen lassen.</p>
            <p>Print Article</p>
            <p>Bis 2030 sollen es nach den Plänen der Verwaltung insgesamt 10.000 Bäume werden, die Kosten trägt zum Teil das Land, hieß es.</p>
            <p>Sign up for our newsletter to get the latest local news every morning.</p>
            </article></body></html>
            """;
        var body = new HtmlArticleExtractor().Extract(page).Body;
        Assert.Equal(
            "Die Stadt hat im vergangenen Jahr rund 2.000 neue Bäume gepflanzt, teilte das Umweltamt am Montag mit, und will weitere folgen lassen.\n\n"
            + "Bis 2030 sollen es nach den Plänen der Verwaltung insgesamt 10.000 Bäume werden, die Kosten trägt zum Teil das Land, hieß es.",
            body);
    }

    [Fact]
    public void A_hover_card_inside_a_sentence_is_dropped_and_the_name_it_belongs_to_kept()
    {
        const string page = """
            <html><body><article>
            <p>The senator <span class="person"><a href="/people/jane-doe">Jane Doe</a><span class="card"><span><img src="jane.jpg"><a href="/people/jane-doe">Jane Doe</a><a href="/a/1">Latest: budget talks stall again</a></span></span></span> said on Monday that 3,000 more inspectors would be hired, a figure her office confirmed later.</p>
            <p>The plan still needs the approval of the budget committee, which meets next week to discuss it, officials said.</p>
            </article></body></html>
            """;
        var body = new HtmlArticleExtractor().Extract(page).Body;
        Assert.StartsWith("The senator Jane Doe said on Monday that 3,000 more inspectors", body);
        Assert.DoesNotContain("budget talks stall", body);
    }

    [Fact]
    public void A_data_table_gives_a_line_per_row_with_its_cells_between_bars()
    {
        const string page = """
            <html><body><article>
            <p>Das Verteidigungsministerium hat eine neue Aufstellung der Lieferungen an die Ukraine veröffentlicht, die den Stand Ende November zeigt.</p>
            <table><caption>Lieferstand (Quelle: BMVg)</caption>
            <thead><tr><th>System</th><th>bestellt</th><th>geliefert</th></tr></thead>
            <tbody><tr><td>Panzerhaubitze 2000</td><td>36</td><td>28</td></tr><tr><td>MARS II</td><td>14</td><td>9</td></tr></tbody></table>
            <p>Bei den Raketenwerfern wächst der Rückstand, weil Komponenten aus den USA fehlen, wie ein Sprecher des Ministeriums sagte.</p>
            </article></body></html>
            """;
        var body = new HtmlArticleExtractor().Extract(page).Body;
        Assert.Contains("System | bestellt | geliefert\n\nPanzerhaubitze 2000 | 36 | 28\n\nMARS II | 14 | 9", body);
    }
}
