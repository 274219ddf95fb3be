namespace Claimgraph.Formats.Input;

/// <summary>A file stream that tells an <see cref="InputProgress"/> its position after every read.</summary>
internal sealed class ProgressStream(FileStream file, InputProgress progress) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => file.CanSeek;

    public override bool CanWrite => false;

    public override long Length => file.Length;

    public override long Position { get => file.Position; set => file.Position = value; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = file.Read(buffer);
        progress.At(file.Position);
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
