using Claimgraph.Formats.Input;
using Claimgraph.Formats.Warc;

namespace Claimgraph.Formats.Tests.Warc;

/// <summary>The fixtures are written by Fixtures/make-warc.py.</summary>
[Collection(MemoryMeasuringCollection.Name)]
public sealed class WarcFormatTests
{
    private static List<InputItem> Read(string fixture) => [.. new WarcFormat().Read(InputResource.FromFile(Fixtures.Path(fixture)))];

    [Theory]
    [InlineData("sample.warc")]
    [InlineData("sample.warc.gz")]
    public void Every_http_200_html_response_is_a_document_and_the_rest_is_counted(string fixture)
    {
        var items = Read(fixture);
        var documents = items.OfType<DocumentItem>().Select(d => d.Document).ToList();
        Assert.Equal(["https://wire.example/depot", "https://wire.example/second"], documents.Select(d => d.Url));
        Assert.Equal(documents.Select(d => d.Url), documents.Select(d => d.Name));
        Assert.All(documents, d => Assert.Equal(new DateTimeOffset(2024, 11, 19, 10, 0, 0, TimeSpan.Zero), d.Published));
        Assert.Contains("about 200 tanks left the depot", documents[0].Text);
        Assert.DoesNotContain("Home", documents[0].Text);
        Assert.Equal("Example Wire", documents[0].Outlet);
        Assert.Empty(items.OfType<ProblemItem>());
        var note = Assert.Single(items.OfType<NoteItem>());
        Assert.Equal("2 HTML pages read; skipped 5 other records: 1 HTTP 404, 1 metadata, 1 non-HTML, 1 request, 1 warcinfo", note.Message);
    }

    [Fact]
    public void A_truncated_gzip_archive_keeps_the_records_before_the_cut_and_says_where()
    {
        var items = Read("truncated.warc.gz");
        var problem = Assert.Single(items.OfType<ProblemItem>());
        Assert.Equal("record 3", problem.Location);
        Assert.Contains("truncated", problem.Message);
        Assert.Contains("2 records were read", problem.Message);
        Assert.Contains(items.OfType<NoteItem>(), n => n.Message.Contains("1 request", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lying_content_length_is_reported_and_the_records_are_still_read_right()
    {
        var items = Read("lying-length.warc");
        var documents = items.OfType<DocumentItem>().Select(d => d.Document).ToList();
        Assert.Equal(["https://wire.example/depot", "https://wire.example/second"], documents.Select(d => d.Url));
        Assert.Contains("more than 1,000 vehicles before the war", documents[0].Text);
        Assert.Contains("about 150 trucks left", documents[1].Text);
        var problems = items.OfType<ProblemItem>().ToList();
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("record 1 (offset 0)", problems[0].Location);
        Assert.Contains("shorter than the record", problems[0].Message);
        Assert.StartsWith("record 2 ", problems[1].Location);
        Assert.Contains("longer than the record", problems[1].Message);
        Assert.Contains("1 metadata", Assert.Single(items.OfType<NoteItem>()).Message);
    }

    [Fact]
    public void A_large_archive_is_read_in_bounded_memory()
    {
        const int records = 400;
        const int recordBytes = 256 * 1024; // 100 MB in all
        using var stream = new GeneratedWarcStream(records, recordBytes);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var read = 0;
        foreach (var item in new WarcRecordReader(stream).Read())
        {
            Assert.Null(item.Problem);
            read++;
            if (read % 50 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before); // what is still held, not garbage awaiting collection
            }
        }

        Assert.Equal(records, read);
        Assert.True(peak < 16L * 1024 * 1024, $"{peak / (1024 * 1024)} MB held while reading");
    }

    [Fact]
    public void Warc_files_are_recognised_by_their_first_line()
    {
        var sample = InputSample.Of(InputResource.FromFile(Fixtures.Path("sample.warc.gz"))) with { Name = "crawl.bin" };
        Assert.True(new WarcFormat().Recognizes(sample));
        Assert.False(new WarcFormat().Recognizes(InputSample.Of(InputResource.FromFile(Fixtures.Path("feed.rss")))));
    }

    /// <summary>A WARC file of resource records made while it is read: nothing of it exists in memory at once.</summary>
    private sealed class GeneratedWarcStream(int records, int recordBytes) : Stream
    {
        private byte[] _current = [];
        private int _position;
        private int _made;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position == _current.Length)
            {
                if (_made == records)
                {
                    return 0;
                }

                _made++;
                var block = new byte[recordBytes];
                Array.Fill(block, (byte)'x');
                var head = System.Text.Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://big.example/{_made}\r\nContent-Length: {recordBytes}\r\n\r\n");
                _current = [.. head, .. block, .. "\r\n\r\n"u8];
                _position = 0;
            }

            var n = Math.Min(count, _current.Length - _position);
            Array.Copy(_current, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
