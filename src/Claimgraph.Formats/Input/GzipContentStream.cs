using System.Buffers.Binary;
using System.IO.Compression;

namespace Claimgraph.Formats.Input;

/// <summary>
/// The decompressed content of a gzip file or buffer (all members, as GZipStream reads them),
/// counting the bytes it yields. GZipStream ends quietly when the compressed data is cut off, so
/// at the end <see cref="TrailerMatches"/> compares the size in the last member's trailer with the
/// content: a truncated file ends in compressed data, not in a trailer that fits.
/// </summary>
public sealed class GzipContentStream : Stream
{
    private readonly Stream _compressed;
    private readonly GZipStream _gzip;

    public GzipContentStream(Stream compressed)
    {
        if (!compressed.CanSeek)
        {
            throw new ArgumentException("the compressed stream must be seekable to check its trailer", nameof(compressed));
        }

        _compressed = compressed;
        _gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
    }

    /// <summary>Bytes of content read so far.</summary>
    public long ContentLength { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => ContentLength; set => throw new NotSupportedException(); }

    /// <summary>
    /// Whether the last member's trailer (its content size modulo 2^32) fits the content read
    /// since lastMemberStart (0 for a single-member file; the offset of the last record for a
    /// WARC with one member per record). Only meaningful once the content has been read to its end.
    /// </summary>
    public bool TrailerMatches(long lastMemberStart = 0)
    {
        if (_compressed.Length < 18)
        {
            return false;
        }

        var position = _compressed.Position;
        Span<byte> trailer = stackalloc byte[4];
        _compressed.Position = _compressed.Length - 4;
        _compressed.ReadExactly(trailer);
        _compressed.Position = position;
        var size = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return size == (uint)(ContentLength - lastMemberStart);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _gzip.Read(buffer);
        ContentLength += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
            _compressed.Dispose();
        }

        base.Dispose(disposing);
    }
}
