using System.Text.Json;
using Claimgraph.Cli.Commands;

namespace Claimgraph.Formats.Tests.Cli;

public sealed class ArticleCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimgraph-article-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_page_is_printed_for_a_person_metadata_first()
    {
        var (code, output, _) = Run([Fixtures.Path("article-de.html")]);
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Equal("# Nordkorea liefert weitere Granaten an Russland", lines[0]);
        Assert.Contains("author    Erika Muster", output);
        Assert.Contains("published 2024-11-18T09:30:00+01:00", output);
        Assert.Contains("[caption] Artilleriegranaten in einem Depot.", output);
        Assert.Contains("## Reaktion aus Kiew", output);
        Assert.True(output.IndexOf("outlet", StringComparison.Ordinal) < output.IndexOf("Nordkorea hat nach Angaben", StringComparison.Ordinal));
    }

    [Fact]
    public void The_benchmark_format_maps_each_page_id_to_its_body()
    {
        File.Copy(Fixtures.Path("article-de.html.gz"), Path.Combine(_dir, "p1.html.gz"));
        File.Copy(Fixtures.Path("article-1252.html"), Path.Combine(_dir, "p2.html"));
        File.Copy(Fixtures.Path("truncated.html.gz"), Path.Combine(_dir, "p3.html.gz"));
        var (code, output, error) = Run(["--format", "benchmark", _dir]);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["p1", "p2"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Contains("rund 10.000 Granaten am Tag", json.RootElement.GetProperty("p1").GetProperty("articleBody").GetString());
        Assert.Contains("Heizölpreise sind in Köln", json.RootElement.GetProperty("p2").GetProperty("articleBody").GetString());
        Assert.Contains("p3.html.gz: the gzip data is truncated", error);
    }

    private static (int Code, string Output, string Error) Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = new ArticleCommand(output, error).Build().Parse(args).Invoke();
        return (code, output.ToString(), error.ToString());
    }
}
