namespace Claimgraph.Formats.Input;

/// <summary>
/// The decompressed content of gzip data: all its members one after the other, each checked
/// against its trailer (<see cref="GzipMemberReader"/>). A member cut off or corrupt throws a
/// <see cref="GzipDataException"/> naming its offset. A format that can go on after a bad member
/// (WARC, one member per record) reads <see cref="Members"/> itself instead.
/// </summary>
public sealed class GzipContentStream : Stream
{
    private readonly Stream _compressed;
    private bool _inMember;
    private bool _ended;

    public GzipContentStream(Stream compressed)
    {
        _compressed = compressed;
        Members = new GzipMemberReader(compressed);
    }

    /// <summary>The members, for reading one at a time (before any content is read through this stream).</summary>
    public GzipMemberReader Members { get; }

    /// <summary>Bytes of content read so far.</summary>
    public long ContentLength { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => ContentLength; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (!_ended && count > 0)
        {
            if (!_inMember)
            {
                _inMember = Members.NextMember();
                _ended = !_inMember;
                continue;
            }

            var read = Members.Read(buffer, offset, count);
            if (read > 0)
            {
                ContentLength += read;
                return read;
            }

            _inMember = false;
        }

        return 0;
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
            _compressed.Dispose();
        }

        base.Dispose(disposing);
    }
}
