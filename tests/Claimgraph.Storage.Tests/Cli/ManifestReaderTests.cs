using Claimgraph.Cli.Input;

namespace Claimgraph.Storage.Tests.Cli;

public sealed class ManifestReaderTests
{
    [Fact]
    public void Bad_lines_are_named_by_file_and_line_and_the_rest_is_read()
    {
        var folder = TestPaths.TempFolder();
        var manifest = Path.Combine(folder, "manifest.jsonl");
        File.WriteAllLines(manifest,
        [
            """{"path": "a.txt", "outlet": "x.de", "published": "2024-11-17T08:39:00+01:00"}""",
            """{"path": "b.txt", "text": "both"}""",
            "not json",
            "",
            """{"text": "Inline.", "published": "gestern"}""",
            """{"text": "Nordkorea schickte 3000 weitere Soldaten.", "title": "T", "url": "https://example.org/a"}""",
        ]);
        var read = new ManifestReader().Read(manifest).ToList();
        var entries = read.Where(r => r.Entry is not null).Select(r => r.Entry!).ToList();
        var problems = read.Where(r => r.Problem is not null).Select(r => r.Problem!.Path).ToList();
        Assert.Equal([$"{manifest}:2", $"{manifest}:3", $"{manifest}:5"], problems);
        Assert.Equal(2, entries.Count);
        Assert.Equal(Path.Combine(folder, "a.txt"), entries[0].Path);
        Assert.Equal(new DateTimeOffset(2024, 11, 17, 8, 39, 0, TimeSpan.FromHours(1)), entries[0].Published);
        Assert.Equal("https://example.org/a", entries[1].Url);
        Assert.Equal(6, entries[1].Line);
    }
}
