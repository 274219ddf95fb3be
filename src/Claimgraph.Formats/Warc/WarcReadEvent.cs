namespace Claimgraph.Formats.Warc;

/// <summary>A record read from a WARC file, or a problem at a record (Record is then null unless the record could be recovered).</summary>
public sealed record WarcReadEvent(WarcRecord? Record, int Number, long Offset, string? Problem);
