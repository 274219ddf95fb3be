using System.IO.Compression;

namespace Claimgraph.Formats.Input;

/// <summary>Opens a file as its content: gzip files (by their magic bytes, not their name) are decompressed and checked.</summary>
public static class CompressedFile
{
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>A readable stream of the file's content; the caller disposes it.</summary>
    public static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> head = stackalloc byte[2];
        var read = file.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return IsGzip(head[..read]) ? new GzipContentStream(file) : file;
    }

    /// <summary>All bytes of the file's content. A truncated or corrupt gzip stream throws <see cref="InvalidDataException"/> with the reason.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes = 256L * 1024 * 1024)
    {
        using var stream = Open(path);
        return ReadAll(stream, maxBytes);
    }

    /// <summary>All bytes of a stream, at most maxBytes; a truncated gzip stream throws <see cref="InvalidDataException"/>.</summary>
    public static byte[] ReadAll(Stream stream, long maxBytes)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[1 << 16];
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > maxBytes)
                {
                    throw new InvalidDataException($"the content is over the limit of {maxBytes / (1024 * 1024)} MB");
                }
            }
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"the gzip stream is truncated after {memory.Length} bytes of content");
        }

        if (stream is GzipContentStream gzip && !gzip.TrailerMatches())
        {
            throw new InvalidDataException($"the gzip stream is truncated or corrupt (its trailer does not fit the {memory.Length} bytes of content read)");
        }

        return memory.ToArray();
    }
}
