using System.Buffers.Binary;
using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.Checksum;
using ICSharpCode.SharpZipLib.Zip.Compression;

namespace Claimgraph.Formats.Input;

/// <summary>
/// Reads gzip data member by member (RFC 1952), knowing exactly where each member starts and
/// ends: a file may hold many members (a .warc.gz has one per record; a concatenated .html.gz
/// is legal), each member's CRC-32 and size are checked against its trailer, a member cut off by
/// the end of the file is told apart from a corrupt one, and after a corrupt member reading can go
/// on at the next member's header (<see cref="SkipToNextMember"/>). Inflates with SharpZipLib,
/// whose inflater says how much input it did not use (System.IO.Compression does not). The
/// compressed stream must be seekable; memory holds one 64 KB input buffer.
/// </summary>
public sealed class GzipMemberReader
{
    private const int BufferSize = 1 << 16;
    private const int MaxHeaderField = 1 << 16;
    private readonly Stream _input;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly Inflater _inflater = new(noHeader: true);
    private readonly Crc32 _crc = new();
    private long _bufferOffset;
    private int _start;
    private int _end;
    private long _memberSize;
    private bool _inMember;

    public GzipMemberReader(Stream input)
    {
        if (!input.CanSeek)
        {
            throw new ArgumentException("the compressed stream must be seekable", nameof(input));
        }

        _input = input;
        _bufferOffset = input.Position;
    }

    /// <summary>Where the current (or last) member starts in the compressed stream.</summary>
    public long MemberOffset { get; private set; }

    /// <summary>The next compressed byte not yet used.</summary>
    public long Position => _bufferOffset + _start;

    /// <summary>Starts the member at <see cref="Position"/>; false at the end of the data (or only zero padding left).</summary>
    public bool NextMember()
    {
        _inMember = false;
        if (!SkipZeroPadding())
        {
            return false;
        }

        MemberOffset = Position;
        ReadHeader();
        _inflater.Reset();
        _crc.Reset();
        _memberSize = 0;
        _inMember = true;
        return true;
    }

    /// <summary>Content of the current member; 0 at its end (after its trailer is checked).</summary>
    public int Read(byte[] buffer, int offset, int count)
    {
        if (!_inMember || count == 0)
        {
            return 0;
        }

        while (true)
        {
            if (_inflater.IsNeedingInput && !_inflater.IsFinished)
            {
                if (!Fill(1))
                {
                    _inMember = false;
                    throw new GzipDataException($"the gzip data is truncated: the member at offset {MemberOffset} is cut off after {_memberSize} bytes of content", MemberOffset, truncated: true);
                }

                _inflater.SetInput(_buffer, _start, _end - _start);
                _start = _end;
            }

            int read;
            try
            {
                read = _inflater.Inflate(buffer, offset, count);
            }
            catch (SharpZipBaseException e)
            {
                _inMember = false;
                throw new GzipDataException($"the gzip member at offset {MemberOffset} is corrupt ({e.Message}) after {_memberSize} bytes of content", MemberOffset, truncated: false, e);
            }

            if (read > 0)
            {
                _crc.Update(new ArraySegment<byte>(buffer, offset, read));
                _memberSize += read;
                return read;
            }

            if (_inflater.IsFinished)
            {
                Rewind(_bufferOffset + _end - _inflater.RemainingInput);
                ReadTrailer();
                _inMember = false;
                return 0;
            }

            if (!_inflater.IsNeedingInput)
            {
                _inMember = false;
                throw new GzipDataException($"the gzip member at offset {MemberOffset} cannot be inflated (it asks for a preset dictionary)", MemberOffset, truncated: false);
            }
        }
    }

    /// <summary>Moves to the next gzip header after <paramref name="from"/> (after a corrupt member: its offset + 1); false when there is none.</summary>
    public bool SkipToNextMember(long from)
    {
        _inMember = false;
        Rewind(from);
        while (Fill(4))
        {
            var found = _buffer.AsSpan(_start, _end - _start).IndexOf((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08]);
            if (found < 0)
            {
                _start = Math.Max(_start, _end - 3);
                if (!Fill(_end - _start + 1))
                {
                    return false;
                }

                continue;
            }

            _start += found;
            if (!Fill(4) || (_buffer[_start + 3] & 0xE0) == 0)
            {
                return true;
            }

            _start++;
        }

        return false;
    }

    private bool SkipZeroPadding()
    {
        while (Fill(1))
        {
            if (_buffer[_start] != 0)
            {
                return true;
            }

            _start++;
        }

        return false;
    }

    private void ReadHeader()
    {
        if (!Fill(10))
        {
            throw new GzipDataException($"the gzip data is truncated: the member at offset {MemberOffset} ends inside its header", MemberOffset, truncated: true);
        }

        if (_buffer[_start] != 0x1F || _buffer[_start + 1] != 0x8B || _buffer[_start + 2] != 8)
        {
            throw new GzipDataException($"no gzip member at offset {MemberOffset} (expected the bytes 1F 8B 08)", MemberOffset, truncated: false);
        }

        var flags = _buffer[_start + 3];
        _start += 10;
        if ((flags & 0x04) != 0)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian([HeaderByte(), HeaderByte()]);
            for (var i = 0; i < length; i++)
            {
                HeaderByte();
            }
        }

        if ((flags & 0x08) != 0)
        {
            SkipZeroTerminated();
        }

        if ((flags & 0x10) != 0)
        {
            SkipZeroTerminated();
        }

        if ((flags & 0x02) != 0)
        {
            HeaderByte();
            HeaderByte();
        }
    }

    private void SkipZeroTerminated()
    {
        for (var i = 0; i < MaxHeaderField; i++)
        {
            if (HeaderByte() == 0)
            {
                return;
            }
        }

        throw new GzipDataException($"the gzip member at offset {MemberOffset} has a header field over {MaxHeaderField} bytes", MemberOffset, truncated: false);
    }

    private byte HeaderByte()
    {
        if (!Fill(1))
        {
            throw new GzipDataException($"the gzip data is truncated: the member at offset {MemberOffset} ends inside its header", MemberOffset, truncated: true);
        }

        return _buffer[_start++];
    }

    private void ReadTrailer()
    {
        if (!Fill(8))
        {
            throw new GzipDataException($"the gzip data is truncated: the member at offset {MemberOffset} ends before its trailer", MemberOffset, truncated: true);
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(_start, 4));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(_start + 4, 4));
        _start += 8;
        if (crc != (uint)_crc.Value || size != (uint)_memberSize)
        {
            throw new GzipDataException($"the gzip member at offset {MemberOffset} is corrupt (its checksum or size does not fit its {_memberSize} bytes of content)", MemberOffset, truncated: false);
        }
    }

    /// <summary>At least count unread bytes in the buffer, unless the data ends first.</summary>
    private bool Fill(int count)
    {
        if (_end - _start >= count)
        {
            return true;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        while (_end < count)
        {
            var read = _input.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                return false;
            }

            _end += read;
        }

        return true;
    }

    /// <summary>Continues at an absolute compressed position (in the buffer if it is there, else by seeking).</summary>
    private void Rewind(long position)
    {
        if (position >= _bufferOffset && position <= _bufferOffset + _end)
        {
            _start = (int)(position - _bufferOffset);
            return;
        }

        _input.Position = position;
        _bufferOffset = position;
        _start = 0;
        _end = 0;
    }
}
