namespace Claimgraph.Formats.Input;

/// <summary>Gzip data that cannot be read: a member cut off (<see cref="Truncated"/>) or corrupt, at a compressed offset.</summary>
public sealed class GzipDataException(string message, long memberOffset, bool truncated, Exception? inner = null) : IOException(message, inner)
{
    /// <summary>Where the member that failed starts in the compressed file.</summary>
    public long MemberOffset { get; } = memberOffset;

    /// <summary>The file ends inside the member (nothing after it can be read).</summary>
    public bool Truncated { get; } = truncated;
}
