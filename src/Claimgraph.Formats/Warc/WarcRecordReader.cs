using System.Text;

namespace Claimgraph.Formats.Warc;

/// <summary>
/// Reads the records of a WARC file one at a time from a stream (a .warc.gz decompressed
/// member by member by the caller), so memory holds one record, never the file.
/// A Content-Length that does not end at a record boundary is detected: a block that runs into
/// the next "WARC/1.x" header is cut there, one that ends early is read on to the next header;
/// the record is kept and a problem is reported. Records over <see cref="MaxRecordBytes"/> are skipped.
/// </summary>
public sealed class WarcRecordReader(Stream stream, int numberedBefore = 0)
{
    public const long MaxRecordBytes = 64L * 1024 * 1024;
    private static readonly byte[] NextRecord = "\r\n\r\nWARC/1."u8.ToArray();

    private readonly ByteReader _reader = new(stream);

    /// <summary>The records, numbered on from numberedBefore (records of earlier gzip members).</summary>
    public IEnumerable<WarcReadEvent> Read()
    {
        var number = numberedBefore;
        while (true)
        {
            var offset = _reader.Position;
            var line = SkipEmptyLines();
            if (line is null)
            {
                yield break;
            }

            number++;
            if (!IsWarcHeader(line))
            {
                var resynced = Resync(out var skipped);
                yield return new WarcReadEvent(null, number, offset, $"expected a WARC header, found \"{Preview(line)}\"; skipped {skipped + line.Length} bytes to the next record");
                if (!resynced)
                {
                    yield break;
                }

                number--;
                continue;
            }

            var fields = ReadFields();
            if (!fields.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, out var length) || length < 0)
            {
                var resynced = Resync(out _);
                yield return new WarcReadEvent(null, number, offset, "no valid Content-Length; skipped to the next record");
                if (!resynced)
                {
                    yield break;
                }

                continue;
            }

            if (length > MaxRecordBytes)
            {
                var skipped = _reader.Skip(length);
                yield return new WarcReadEvent(null, number, offset, $"record of {length / (1024 * 1024)} MB is over the {MaxRecordBytes / (1024 * 1024)} MB limit (skipped)");
                if (skipped < length)
                {
                    yield break;
                }

                continue;
            }

            var block = _reader.Read(length);
            string? problem = null;
            if (block.Length < length)
            {
                // a Content-Length longer than what is left: the last record of a file or of its gzip member
                yield return new WarcReadEvent(new WarcRecord(number, offset, fields, block), number, offset, $"Content-Length {length} is longer than what is left of the file or gzip member ({block.Length} bytes); read what there is");
                yield break;
            }

            var cut = IndexOf(block, NextRecord);
            if (cut >= 0)
            {
                // the declared length runs into the next record: the block ends before it
                _reader.PushBack(block[(cut + 4)..]);
                block = block[..cut];
                problem = $"Content-Length {length} is longer than the record ({cut} bytes); read up to the next record";
            }
            else if (!EndsAtBoundary(out var rest))
            {
                // the declared length ends inside the record: read on to the next header
                block = [.. block, .. rest];
                problem = $"Content-Length {length} is shorter than the record ({block.Length} bytes); read on to the next record";
            }

            var record = new WarcRecord(number, offset, fields, block);
            yield return new WarcReadEvent(record, number, offset, problem);
        }
    }

    private byte[]? SkipEmptyLines()
    {
        while (true)
        {
            var line = _reader.ReadLine();
            if (line is null || line.Length > 0)
            {
                return line;
            }
        }
    }

    private Dictionary<string, string> ReadFields()
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (_reader.ReadLine() is { Length: > 0 } line)
        {
            var text = Encoding.UTF8.GetString(line);
            var colon = text.IndexOf(':');
            if (colon > 0)
            {
                fields.TryAdd(text[..colon].Trim(), text[(colon + 1)..].Trim());
            }
        }

        return fields;
    }

    /// <summary>After a block: two line ends, then a WARC header or the end. Otherwise returns the bytes up to the next header (pushed back) as the rest of the block.</summary>
    private bool EndsAtBoundary(out byte[] rest)
    {
        var consumed = new List<byte>();
        rest = [];
        while (true)
        {
            var line = _reader.ReadLine();
            if (line is null)
            {
                return consumed.Count == 0 || consumed.All(b => b is (byte)'\r' or (byte)'\n');
            }

            if (line.Length == 0)
            {
                consumed.AddRange("\r\n"u8.ToArray());
                continue;
            }

            if (IsWarcHeader(line))
            {
                // the next record (also when a writer left out the blank lines): the block ended exactly
                _reader.PushBack([.. line, (byte)'\r', (byte)'\n']);
                return true;
            }

            // record content past the declared length: collect up to the next header
            var collected = new List<byte>(consumed);
            collected.AddRange(line);
            collected.AddRange("\r\n"u8.ToArray());
            while (collected.Count < MaxRecordBytes && _reader.ReadLine() is { } next)
            {
                if (IsWarcHeader(next))
                {
                    _reader.PushBack([.. next, (byte)'\r', (byte)'\n']);
                    break;
                }

                collected.AddRange(next);
                collected.AddRange("\r\n"u8.ToArray());
            }

            rest = [.. TrimLineEnds(collected)];
            return false;
        }
    }

    private bool Resync(out long skipped)
    {
        var start = _reader.Position;
        while (_reader.ReadLine() is { } line)
        {
            if (IsWarcHeader(line))
            {
                _reader.PushBack([.. line, (byte)'\r', (byte)'\n']);
                skipped = _reader.Position - start;
                return true;
            }
        }

        skipped = _reader.Position - start;
        return false;
    }

    private static IEnumerable<byte> TrimLineEnds(List<byte> bytes)
    {
        var end = bytes.Count;
        while (end > 0 && bytes[end - 1] is (byte)'\r' or (byte)'\n')
        {
            end--;
        }

        return bytes.Take(end);
    }

    private static bool IsWarcHeader(byte[] line) => line.AsSpan().StartsWith("WARC/1."u8) || line.AsSpan().StartsWith("WARC/0."u8);

    private static string Preview(byte[] line) => Encoding.UTF8.GetString(line[..Math.Min(line.Length, 40)]);

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
