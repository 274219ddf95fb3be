namespace Claimgraph.Formats.Warc;

/// <summary>One WARC record: its number in the file (from 1), offset of its header in the (decompressed) content, named fields and content block.</summary>
public sealed record WarcRecord(int Number, long Offset, IReadOnlyDictionary<string, string> Fields, byte[] Block)
{
    public string? Type => Field("WARC-Type");

    public string? TargetUri => Field("WARC-Target-URI")?.Trim('<', '>');

    public DateTimeOffset? Date => Html.ArticleMetadataReader.ParseDate(Field("WARC-Date"));

    public string? ContentType => Field("Content-Type");

    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;
}
