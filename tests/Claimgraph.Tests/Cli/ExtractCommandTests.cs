using Claimgraph.Cli.Commands;

namespace Claimgraph.Tests.Cli;

/// <summary>Bad input gets a message naming the file; the run goes on; the exit code fails only when nothing was read.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimgraph-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Bad_files_are_named_and_skipped_and_the_rest_is_extracted()
    {
        var good = Write("good.txt", "Laut dem Pentagon hat Nordkorea rund 12.000 Soldaten nach Russland entsandt.");
        var empty = Write("empty.txt", "");
        var binary = Path.Combine(_dir, "binary.txt");
        File.WriteAllBytes(binary, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);
        var invalid = Path.Combine(_dir, "invalid.txt");
        File.WriteAllBytes(invalid, [.. "Zeile eins\n"u8.ToArray(), 0xC3, 0x28, 0x0A]);
        var missing = Path.Combine(_dir, "missing.txt");

        var (code, output, error) = Run(empty, binary, invalid, missing, good);

        Assert.Equal(0, code);
        Assert.Contains("empty.txt: the file is empty", error);
        Assert.Contains("binary.txt: binary file", error);
        Assert.Contains("invalid.txt: invalid UTF-8 at line 2", error);
        Assert.Contains("missing.txt: no such file or directory", error);
        Assert.Contains("\"measure\":\"troops\"", output);
        Assert.Contains(good.Replace(_dir + "/", ""), output);
    }

    [Fact]
    public void Nothing_readable_is_a_failure()
    {
        var (code, _, error) = Run(Path.Combine(_dir, "nope.txt"));
        Assert.NotEqual(0, code);
        Assert.Contains("nothing could be read", error);
    }

    [Fact]
    public void A_large_text_is_read_in_one_piece()
    {
        var sentence = "Nordkorea soll weitere 3.000 Soldaten nach Russland geschickt haben. ";
        var large = Path.Combine(_dir, "large.txt");
        using (var writer = new StreamWriter(large))
        {
            for (var i = 0; i < 60_000; i++)
            {
                writer.WriteLine(sentence);
            }
        }

        var (code, output, _) = Run(large);
        Assert.Equal(0, code);
        Assert.Equal(60_000, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Standard_input_is_read_with_a_publication_date()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = new ExtractCommand(output, error, new StringReader("Russland verlor laut Kiew 1.200 Soldaten."));
        var code = command.Build().Parse(["-", "--format", "jsonl", "--with-documents", "--published", "2024-11-17"]).Invoke();
        Assert.Equal(0, code);
        Assert.Contains("\"record\":\"document\"", output.ToString());
        Assert.Contains("\"published\":\"2024-11-17T00:00:00\"", output.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] paths)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = new ExtractCommand(output, error, TextReader.Null);
        var code = command.Build().Parse([.. paths, "--format", "jsonl"]).Invoke();
        return (code, output.ToString(), error.ToString());
    }
}
