using System.Text;

namespace Claimgraph.Formats.Input;

/// <summary>The first bytes of an input's content (decompressed) and its name: what formats are recognised by.</summary>
public sealed record InputSample(string Name, ReadOnlyMemory<byte> Head, string? ContentType = null)
{
    public const int Size = 4096;

    /// <summary>The head as Latin-1 text without a byte-order mark and leading white space, lower-cased: enough to see "&lt;!doctype html", "warc/1.0" or "&lt;rss".</summary>
    public string Start
    {
        get
        {
            var span = Head.Span;
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                span = span[3..];
            }

            return Encoding.Latin1.GetString(span).TrimStart().ToLowerInvariant();
        }
    }

    public bool NameEndsWith(params string[] suffixes)
    {
        var name = Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Name[..^3] : Name;
        return suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    public static InputSample Of(InputResource resource)
    {
        using var stream = resource.Open();
        var buffer = new byte[Size];
        var read = stream.ReadAtLeast(buffer, Size, throwOnEndOfStream: false);
        return new InputSample(resource.Name, buffer.AsMemory(0, read), resource.ContentType);
    }
}
