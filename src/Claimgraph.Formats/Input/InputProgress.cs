namespace Claimgraph.Formats.Input;

/// <summary>
/// How far a <see cref="DocumentReader"/> is through its inputs, by bytes of the files as stored
/// (compressed bytes for .gz): what a progress bar shows. <see cref="TotalBytes"/> is known once
/// the inputs are measured; URLs and standard input count nothing. Written by the reading thread,
/// read by any.
/// </summary>
public sealed class InputProgress
{
    private long _done;
    private long _current;
    private long _total;

    public long TotalBytes => Volatile.Read(ref _total);

    public long BytesRead => Volatile.Read(ref _done) + Volatile.Read(ref _current);

    /// <summary>The sizes of the files the inputs name (folders walked for the given extensions).</summary>
    public void Measure(IEnumerable<string> inputs, IReadOnlyList<string> extensions)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            try
            {
                if (Directory.Exists(input))
                {
                    total += Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                        .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                        .Sum(f => new FileInfo(f).Length);
                }
                else if (File.Exists(input))
                {
                    total += new FileInfo(input).Length;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // an unreadable input is reported when it is read
            }
        }

        Volatile.Write(ref _total, total);
    }

    /// <summary>The position in the file being read.</summary>
    internal void At(long position) => Volatile.Write(ref _current, position);

    /// <summary>A file is read to its end.</summary>
    internal void Done(long length)
    {
        Volatile.Write(ref _done, Volatile.Read(ref _done) + length);
        Volatile.Write(ref _current, 0);
    }
}
