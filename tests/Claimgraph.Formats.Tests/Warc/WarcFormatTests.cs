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
        Assert.StartsWith("record 3 (offset ", problem.Location);
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
    public void A_corrupt_gzip_member_is_named_by_its_offset_and_the_records_after_it_are_read()
    {
        var items = Read("corrupt-member.warc.gz");
        var problem = Assert.Single(items.OfType<ProblemItem>());
        var members = File.ReadAllBytes(Fixtures.Path("sample.warc.gz"));
        var third = OffsetOfMember(members, 3);
        Assert.Equal($"record 3 (offset {third})", problem.Location);
        Assert.Contains("corrupt", problem.Message);
        Assert.Contains("reading goes on at the next gzip member", problem.Message);
        Assert.Equal(["https://wire.example/second"], items.OfType<DocumentItem>().Select(d => d.Document.Url));
        Assert.Contains("1 metadata", Assert.Single(items.OfType<NoteItem>()).Message);
    }

    [Fact]
    public void A_lying_content_length_in_a_gzip_member_per_record_is_reported_and_read_right()
    {
        var items = Read("lying-length.warc.gz");
        Assert.Equal(["https://wire.example/depot", "https://wire.example/second"], items.OfType<DocumentItem>().Select(d => d.Document.Url));
        Assert.Contains("about 150 trucks left", items.OfType<DocumentItem>().Last().Document.Text);
        var problems = items.OfType<ProblemItem>().ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains("shorter than the record", problems[0].Message);
        Assert.Contains("longer than what is left", problems[1].Message);
    }

    [Fact]
    public void A_large_gzip_archive_is_read_in_bounded_memory_and_its_progress_is_its_size()
    {
        // 800 records of 256 KB (200 MB of content) in one gzip member each; repetitive, so small compressed
        var path = Path.Combine(Directory.CreateTempSubdirectory("claimgraph-warc-").FullName, "big.warc.gz");
        using (var file = File.Create(path))
        {
            using var source = new GeneratedWarcStream(800, 256 * 1024, "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n");
            var record = new byte[1 << 20];
            int read;
            while ((read = source.ReadRecord(record)) > 0)
            {
                using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true);
                gzip.Write(record, 0, read);
            }
        }

        var progress = new InputProgress();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var count = 0;
        NoteItem? note = null;
        foreach (var item in new WarcFormat().Read(InputResource.FromFile(path, progress)))
        {
            Assert.IsNotType<ProblemItem>(item);
            note = item as NoteItem;
            if (++count % 50 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }

        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
        Assert.Contains("skipped 800 other records: 800 non-HTML", note!.Message);
        Assert.True(peak < 16L * 1024 * 1024, $"{peak / (1024 * 1024)} MB held while reading");
        Assert.Equal(new FileInfo(path).Length, progress.BytesRead);
        File.Delete(path);
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

    /// <summary>Where the n-th (1-based) gzip member of a file starts: found by inflating member after member.</summary>
    private static long OffsetOfMember(byte[] gzip, int n)
    {
        var reader = new GzipMemberReader(new MemoryStream(gzip));
        var buffer = new byte[4096];
        for (var i = 1; i < n; i++)
        {
            reader.NextMember();
            while (reader.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        return reader.Position;
    }

    /// <summary>A WARC file of records made while it is read: nothing of it exists in memory at once.</summary>
    private sealed class GeneratedWarcStream(int records, int recordBytes, string contentType = "text/plain", string blockStart = "") : Stream
    {
        /// <summary>The next whole record into buffer (which must be large enough); 0 at the end.</summary>
        public int ReadRecord(byte[] buffer)
        {
            if (_position == _current.Length && _made == records)
            {
                return 0;
            }

            var total = 0;
            do
            {
                total += Read(buffer, total, buffer.Length - total);
            }
            while (_position < _current.Length);
            return total;
        }

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
                System.Text.Encoding.ASCII.GetBytes(blockStart).CopyTo(block, 0);
                var type = blockStart.Length == 0 ? "resource" : "response";
                var head = System.Text.Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: https://big.example/{_made}\r\nContent-Type: {contentType}\r\nContent-Length: {recordBytes}\r\n\r\n");
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
