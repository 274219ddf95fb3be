using System.IO.Compression;
using System.Text;

namespace Claimgraph.Formats.Warc;

/// <summary>
/// An HTTP response as a WARC response record stores it: status line, headers, payload. Chunked
/// transfer coding and gzip/deflate/br content coding are undone.
/// </summary>
public sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.TryGetValue("Content-Type", out var value) ? value : null;

    public static HttpResponse? Parse(byte[] block)
    {
        var headerEnd = block.AsSpan().IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0)
        {
            headerEnd = block.AsSpan().IndexOf("\n\n"u8);
            separator = 2;
        }

        if (headerEnd < 0)
        {
            return null;
        }

        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var statusLine = lines[0].Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(statusLine[1], out var status))
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        var body = block[(headerEnd + separator)..];
        try
        {
            if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                body = Dechunk(body);
            }

            if (headers.TryGetValue("Content-Encoding", out var coding))
            {
                body = Decode(body, coding.Trim().ToLowerInvariant());
            }
        }
        catch (InvalidDataException)
        {
            // the payload is kept as stored when its coding cannot be undone
        }

        return new HttpResponse(status, headers, body);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size))
            {
                return body; // not chunked after all (some archivers store the payload dechunked)
            }

            position += lineEnd + 2;
            if (size == 0)
            {
                break;
            }

            size = Math.Min(size, body.Length - position);
            output.Write(body, position, size);
            position += size + 2;
        }

        return output.ToArray();
    }

    private static byte[] Decode(byte[] body, string coding)
    {
        Stream? decoder = coding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return body;
        }

        using (decoder)
        {
            using var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }
    }
}
