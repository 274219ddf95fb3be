using Claimgraph.Formats.Input;

namespace Claimgraph.Formats.Tests.Input;

/// <summary>Inputs are recognised by content; a bad input is named and the rest is still read.</summary>
public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimgraph-formats-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Formats_are_recognised_by_content_whatever_the_file_is_called()
    {
        var reader = DocumentReader.CreateDefault();
        var page = Copy("article-de.html", "saved-page.txt");
        var feed = Copy("feed.atom", "download");
        var archive = Copy("sample.warc.gz", "crawl.dat");
        var text = Write("note.txt", "Laut Kiew verlor Russland 1.200 Soldaten.");
        var formats = reader.Read([page, feed, archive, text]).OfType<DocumentItem>().Select(d => (Path.GetFileName(d.Source), d.Format)).Distinct().ToList();
        Assert.Equal([("saved-page.txt", "html"), ("download", "feed"), ("crawl.dat", "warc"), ("note.txt", "text")], formats);
    }

    [Fact]
    public void A_folder_is_walked_for_the_extensions_of_every_format_and_bad_files_are_named()
    {
        Copy("article-de.html.gz", "a.html.gz");
        Copy("truncated.html.gz", "b.html.gz");
        Copy("feed.rss", "c.rss");
        Copy("sample.warc", "d.warc");
        Write("e.txt", "");
        Write("f.json", "{\"ignored\": true}");
        Write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url></urlset>");
        var items = DocumentReader.CreateDefault().Read([_dir]).ToList();
        Assert.Contains(items.OfType<NoteItem>(), n => n.Source.EndsWith("sitemap.xml", StringComparison.Ordinal) && n.Message.StartsWith("not a ", StringComparison.Ordinal));
        Assert.Equal(1 + 2 + 2, items.OfType<DocumentItem>().Count());
        var problems = items.OfType<ProblemItem>().Select(p => (Path.GetFileName(p.Source), p.Message)).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal("b.html.gz", problems[0].Item1);
        Assert.Contains("truncated", problems[0].Message);
        Assert.Equal(("e.txt", "the file is empty"), problems[1]);
        Assert.DoesNotContain(items, i => i.Source.EndsWith("f.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_get_the_language_of_their_text_or_of_their_page()
    {
        var items = DocumentReader.CreateDefault().Read([Fixtures.Path("article-de.html"), Fixtures.Path("sample.warc")]).OfType<DocumentItem>().ToList();
        Assert.Equal(["de", "en", "en"], items.Select(d => d.Document.Language));
    }

    [Fact]
    public void Html_on_standard_input_is_read_as_a_page_and_text_as_text()
    {
        var reader = DocumentReader.CreateDefault();
        var html = Assert.Single(reader.Read(["-"], new StringReader(Fixtures.Text("article-de.html"))));
        Assert.Equal("html", Assert.IsType<DocumentItem>(html).Format);
        var text = Assert.IsType<DocumentItem>(Assert.Single(reader.Read(["-"], new StringReader("Russland verlor laut Kiew 1.200 Soldaten."))));
        Assert.Equal(("stdin", "Russland verlor laut Kiew 1.200 Soldaten.", "text"), (text.Document.Name, text.Document.Text, text.Format));
    }

    [Fact]
    public void A_missing_path_is_a_problem_and_the_next_input_is_read()
    {
        var items = DocumentReader.CreateDefault().Read([Path.Combine(_dir, "missing.html"), Fixtures.Path("feed.rss")]).ToList();
        Assert.Equal("no such file or directory", Assert.IsType<ProblemItem>(items[0]).Message);
        Assert.Equal(2, items.OfType<DocumentItem>().Count());
    }

    [Fact]
    public void Another_format_plugs_in_ahead_of_the_built_in_ones()
    {
        using var reader = DocumentReader.CreateDefault(moreFormats: [new LinesFormat()]);
        var file = Write("docs.lines", "first\nsecond\n");
        Assert.Equal(["first", "second"], reader.Read([file]).OfType<DocumentItem>().Select(d => d.Document.Text));
    }

    private string Copy(string fixture, string name)
    {
        var path = Path.Combine(_dir, name);
        File.Copy(Fixtures.Path(fixture), path);
        return path;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A stand-in for a JSONL reader: one document per line.</summary>
    private sealed class LinesFormat : IDocumentFormat
    {
        public string Name => "lines";

        public IReadOnlyList<string> Extensions { get; } = [".lines"];

        public bool Recognizes(InputSample sample) => sample.NameEndsWith(".lines");

        public IEnumerable<InputItem> Read(InputResource resource)
        {
            using var reader = new StreamReader(resource.Open());
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                yield return new DocumentItem(resource.Source, new Claimgraph.Extraction.Document($"{resource.Name}:{++number}", line), Name);
            }
        }
    }
}
