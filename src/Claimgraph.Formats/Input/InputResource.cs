namespace Claimgraph.Formats.Input;

/// <summary>
/// One input to read: a file or a fetched page. Source names it in messages, Name is the document
/// name it gives (a file name or URL), Open returns its content (gzip already decompressed),
/// ContentType and Url are known for fetched pages.
/// </summary>
public sealed record InputResource(string Source, string Name, Func<Stream> Open, string? ContentType = null, string? Url = null)
{
    /// <summary>A file; with a progress, reading it moves the progress on.</summary>
    public static InputResource FromFile(string path, InputProgress? progress = null) => new(path, System.IO.Path.GetFileName(path), () => CompressedFile.Open(path, progress));

    public static InputResource FromBytes(string source, string name, byte[] bytes, string? contentType = null, string? url = null) =>
        new(source, name, () => CompressedFile.IsGzip(bytes) ? new GzipContentStream(new MemoryStream(bytes, writable: false)) : new MemoryStream(bytes, writable: false), contentType, url);

    /// <summary>All of the content; a truncated or corrupt gzip stream throws <see cref="InvalidDataException"/>.</summary>
    public byte[] ReadAllBytes(long maxBytes)
    {
        using var stream = Open();
        return CompressedFile.ReadAll(stream, maxBytes);
    }

    /// <summary>All of the content, or, when it cannot be read (corrupt gzip, an I/O error), the problem that names this source.</summary>
    public bool TryReadAllBytes(long maxBytes, out byte[] bytes, out ProblemItem? problem)
    {
        try
        {
            bytes = ReadAllBytes(maxBytes);
            problem = null;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            bytes = [];
            problem = new ProblemItem(Source, null, e.Message);
            return false;
        }
    }
}
