namespace Claimgraph.Formats.Warc;

/// <summary>
/// Reads a stream by lines and by byte counts, with a position and a push-back for bytes read
/// too far (a record that ran into the next one). Holds one buffer and what was pushed back.
/// </summary>
internal sealed class ByteReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly Stack<byte[]> _pushedBack = new();
    private byte[]? _current;
    private int _currentIndex;
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far (of the decompressed content).</summary>
    public long Position { get; private set; }

    /// <summary>The next line without its line end, or null at the end of the stream; a line is cut at maxLength bytes.</summary>
    public byte[]? ReadLine(int maxLength = 1 << 16)
    {
        var line = new List<byte>(128);
        var any = false;
        while (true)
        {
            var b = ReadByte();
            if (b < 0)
            {
                return any ? Trim(line) : null;
            }

            any = true;
            if (b == '\n')
            {
                return Trim(line);
            }

            if (line.Count < maxLength)
            {
                line.Add((byte)b);
            }
        }
    }

    /// <summary>Exactly count bytes, or fewer at the end of the stream.</summary>
    public byte[] Read(long count)
    {
        var result = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            if (!Fill())
            {
                break;
            }

            if (_current is not null)
            {
                var n = (int)Math.Min(count - filled, _current.Length - _currentIndex);
                Array.Copy(_current, _currentIndex, result, filled, n);
                _currentIndex += n;
                filled += n;
                Position += n;
                continue;
            }

            var take = (int)Math.Min(count - filled, _end - _start);
            Array.Copy(_buffer, _start, result, filled, take);
            _start += take;
            filled += take;
            Position += take;
        }

        return filled == count ? result : result[..filled];
    }

    /// <summary>Skips count bytes; returns how many were there.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            var chunk = Read(Math.Min(count - skipped, _buffer.Length));
            if (chunk.Length == 0)
            {
                break;
            }

            skipped += chunk.Length;
        }

        return skipped;
    }

    /// <summary>Gives bytes back: they are read again next, before the stream.</summary>
    public void PushBack(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        if (_current is not null && _currentIndex < _current.Length)
        {
            _pushedBack.Push(_current[_currentIndex..]);
        }

        _current = bytes;
        _currentIndex = 0;
        Position -= bytes.Length;
    }

    private int ReadByte()
    {
        if (!Fill())
        {
            return -1;
        }

        Position++;
        return _current is not null ? _current[_currentIndex++] : _buffer[_start++];
    }

    private bool Fill()
    {
        while (_current is not null && _currentIndex >= _current.Length)
        {
            _current = _pushedBack.Count > 0 ? _pushedBack.Pop() : null;
            _currentIndex = 0;
        }

        if (_current is not null)
        {
            return true;
        }

        if (_start < _end)
        {
            return true;
        }

        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private static byte[] Trim(List<byte> line)
    {
        var count = line.Count;
        if (count > 0 && line[count - 1] == '\r')
        {
            count--;
        }

        return [.. line.Take(count)];
    }
}
