namespace Claimgraph.Formats.Input;

/// <summary>Opens a file as its content: gzip files (by their magic bytes, not their name) are decompressed and checked.</summary>
public static class CompressedFile
{
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>A readable stream of the file's content; the caller disposes it. With a progress, every read tells it the position in the file.</summary>
    public static Stream Open(string path, InputProgress? progress = null)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> head = stackalloc byte[2];
        var read = file.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        file.Position = 0;
        Stream stored = progress is null ? file : new ProgressStream(file, progress);
        return IsGzip(head[..read]) ? new GzipContentStream(stored) : stored;
    }

    /// <summary>All bytes of the file's content. A truncated or corrupt gzip member throws <see cref="GzipDataException"/> with the reason.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes = 256L * 1024 * 1024)
    {
        using var stream = Open(path);
        return ReadAll(stream, maxBytes);
    }

    /// <summary>All bytes of a stream, at most maxBytes; a truncated or corrupt gzip member throws <see cref="GzipDataException"/>.</summary>
    public static byte[] ReadAll(Stream stream, long maxBytes)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > maxBytes)
            {
                throw new InvalidDataException($"the content is over the limit of {maxBytes / (1024 * 1024)} MB");
            }
        }

        return memory.ToArray();
    }
}
