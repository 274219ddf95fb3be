namespace Claimgraph.Cli.Input;

/// <summary>
/// Reads article text files: files and directories (walked recursively for *.txt and *.md), or
/// "-" for standard input. Every file is checked before it is used: a missing path, an empty
/// file, a binary file, invalid UTF-8 or a file over the size limit is reported by name and
/// skipped; the rest goes on. Files are read one at a time, never all at once.
/// </summary>
public sealed class TextFileReader
{
    public const long MaxBytes = 128L * 1024 * 1024;
    private static readonly string[] Extensions = [".txt", ".md"];

    public IEnumerable<(InputText? Text, InputProblem? Problem)> Read(IEnumerable<string> paths, TextReader stdin)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                var text = stdin.ReadToEnd();
                yield return text.Length == 0
                    ? (null, new InputProblem("-", "standard input is empty"))
                    : (new InputText("stdin", "-", text), null);
                continue;
            }

            if (Directory.Exists(path))
            {
                foreach (var file in Files(path))
                {
                    yield return ReadFile(file);
                }

                continue;
            }

            yield return File.Exists(path)
                ? ReadFile(path)
                : (null, new InputProblem(path, "no such file or directory"));
        }
    }

    /// <summary>The article files of a folder: *.txt and *.md, recursively, without README.md, in ordinal order.</summary>
    public static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !System.IO.Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    public static (InputText? Text, InputProblem? Problem) ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length == 0)
            {
                return (null, new InputProblem(path, "the file is empty"));
            }

            if (info.Length > MaxBytes)
            {
                return (null, new InputProblem(path, $"the file is {info.Length / (1024 * 1024)} MB; the limit for one article is {MaxBytes / (1024 * 1024)} MB"));
            }

            var text = Claimgraph.Formats.Input.PlainTextFormat.Decode(File.ReadAllBytes(path), out var problem);
            if (text is null)
            {
                return (null, new InputProblem(path, problem!));
            }

            return (new InputText(System.IO.Path.GetFileName(path), path, text), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new InputProblem(path, e.Message));
        }
    }
}
