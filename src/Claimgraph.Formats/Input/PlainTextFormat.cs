using System.Text;
using Claimgraph.Extraction;

namespace Claimgraph.Formats.Input;

/// <summary>
/// Article text files (UTF-8; .txt, .md): the format every input is read as when no other
/// recognises it. A binary file, invalid UTF-8 or a file without text is reported, not read.
/// </summary>
public sealed class PlainTextFormat : IDocumentFormat
{
    public const long MaxBytes = 128L * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Name => "text";

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    public bool Recognizes(InputSample sample) => sample.NameEndsWith(".txt", ".md");

    public IEnumerable<InputItem> Read(InputResource resource)
    {
        if (!resource.TryReadAllBytes(MaxBytes, out var bytes, out var unreadable))
        {
            return [unreadable!];
        }

        var text = Decode(bytes, out var problem);
        return text is null
            ? [new ProblemItem(resource.Source, null, problem!)]
            : [new DocumentItem(resource.Source, new Document(resource.Name, text, Url: resource.Url), Name)];
    }

    /// <summary>The text of UTF-8 bytes (byte-order mark dropped), or null and why not.</summary>
    public static string? Decode(byte[] bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length == 0)
        {
            problem = "the file is empty";
            return null;
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            problem = $"binary file (a NUL byte at offset {nul}); expected UTF-8 text";
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index;
            var line = 1 + bytes.AsSpan(0, Math.Clamp(offset, 0, bytes.Length)).Count((byte)'\n');
            problem = $"invalid UTF-8 at line {line} (byte offset {offset})";
            return null;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "the file has no text";
            return null;
        }

        return text;
    }
}
