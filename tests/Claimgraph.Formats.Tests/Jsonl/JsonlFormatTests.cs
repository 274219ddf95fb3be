using Claimgraph.Formats.Input;
using Claimgraph.Formats.Jsonl;

namespace Claimgraph.Formats.Tests.Jsonl;

/// <summary>Fixtures/documents.jsonl: a text line, a line that is not JSON, an html line, path lines (one to a missing file), a line with two contents, a comment, a bad date.</summary>
public sealed class JsonlFormatTests
{
    private static readonly string File = Fixtures.Path("documents.jsonl");

    [Fact]
    public void Every_good_line_is_a_document_with_its_metadata_and_every_bad_line_is_named()
    {
        var items = DocumentReader.CreateDefault().Read([File]).ToList();
        var documents = items.OfType<DocumentItem>().Select(d => d.Document).ToList();
        Assert.Equal(3, documents.Count);

        var text = documents[0];
        Assert.Equal(("https://beispiel.de/drohnen", "beispiel.de", "84 Drohnen abgeschossen", "de"), (text.Url, text.Outlet, text.Title, text.Language));
        Assert.Equal(new DateTimeOffset(2024, 11, 17, 8, 0, 0, TimeSpan.FromHours(1)), text.Published);
        Assert.Equal("Anna Beispiel", items.OfType<DocumentItem>().First().Author);

        var page = documents[1];
        Assert.Contains("About 30 ships left the port", page.Text);
        Assert.DoesNotContain("Home", page.Text);
        Assert.Equal(("https://port.example/report", "port.example", "Port report", "en"), (page.Url, page.Outlet, page.Title, page.Language));

        var listed = documents[2];
        Assert.Contains("rund 10.000 Granaten am Tag", listed.Text);
        Assert.Equal("override.example", listed.Outlet);
        Assert.Equal(new DateOnly(2024, 12, 1), DateOnly.FromDateTime(listed.Published!.Value.UtcDateTime));
        Assert.NotNull(listed.Title);
        Assert.Equal("Erika Muster", items.OfType<DocumentItem>().Last().Author);

        var problems = items.OfType<ProblemItem>().ToList();
        Assert.All(problems, p => Assert.Equal(File, p.Source));
        Assert.Equal(["line 2", "line 5", "line 6", "line 9"], problems.Select(p => p.Location));
        Assert.Contains("not a JSON object", problems[0].Message);
        Assert.Contains("missing-page.html: no such file or directory", problems[1].Message);
        Assert.Contains("exactly one of", problems[2].Message);
        Assert.Contains("'yesterday' is not an ISO 8601 date", problems[3].Message);
    }

    [Fact]
    public void Jsonl_is_recognised_by_its_first_line_not_by_its_name()
    {
        var format = new JsonlFormat();
        Assert.True(format.Recognizes(new InputSample("dump.dat", "{\"url\": \"https://a.example/\", \"text\": \"Hallo\"}\n"u8.ToArray())));
        Assert.False(format.Recognizes(new InputSample("gold.jsonl", "{\"document\": \"a.txt\", \"value\": 3}\n"u8.ToArray())));
        Assert.False(format.Recognizes(new InputSample("page.html", "<html><body>{\"text\"</body></html>\n"u8.ToArray())));
    }

    [Fact]
    public void A_folder_manifest_gives_its_files_their_metadata_and_each_file_is_read_once()
    {
        var folder = Directory.CreateTempSubdirectory("claimgraph-jsonl-").FullName;
        try
        {
            System.IO.File.WriteAllText(Path.Combine(folder, "a.txt"), "Der Generalstab meldete 40 zerstörte Panzer.");
            System.IO.File.WriteAllText(Path.Combine(folder, "b.txt"), "Die Regierung kündigte 12 weitere Haubitzen an.");
            System.IO.File.WriteAllText(Path.Combine(folder, "manifest.jsonl"), "{\"path\": \"a.txt\", \"outlet\": \"a.example\", \"language\": \"de\"}\n");
            var documents = DocumentReader.CreateDefault().Read([folder, Path.Combine(folder, "a.txt")]).OfType<DocumentItem>().Select(d => d.Document).ToList();
            Assert.Equal([("a.txt", "a.example"), ("b.txt", null)], documents.Select(d => (d.Name, d.Outlet)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
