using System.IO.Compression;
using System.Text;
using Claimgraph.Formats.Warc;

namespace Claimgraph.Formats.Tests.Warc;

public sealed class HttpResponseTests
{
    [Fact]
    public void A_chunked_gzip_response_is_undone_to_its_payload()
    {
        var payload = Encoding.UTF8.GetBytes("<html><body><p>Grüße aus der Redaktion</p></body></html>");
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(payload);
        }

        var body = compressed.ToArray();
        var chunked = new MemoryStream();
        chunked.Write(Encoding.ASCII.GetBytes($"{10:x}\r\n"));
        chunked.Write(body, 0, 10);
        chunked.Write(Encoding.ASCII.GetBytes($"\r\n{body.Length - 10:x}\r\n"));
        chunked.Write(body, 10, body.Length - 10);
        chunked.Write("\r\n0\r\n\r\n"u8);
        var block = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n").Concat(chunked.ToArray()).ToArray();

        var response = HttpResponse.Parse(block);
        Assert.NotNull(response);
        Assert.Equal((200, "text/html; charset=utf-8"), (response.Status, response.ContentType));
        Assert.Equal(payload, response.Body);
    }

    [Theory]
    [InlineData("not http at all")]
    [InlineData("HTTP/1.1 abc OK\r\n\r\nbody")]
    public void What_is_no_http_response_gives_none(string block) => Assert.Null(HttpResponse.Parse(Encoding.ASCII.GetBytes(block)));
}
