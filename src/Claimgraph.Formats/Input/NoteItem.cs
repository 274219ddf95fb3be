namespace Claimgraph.Formats.Input;

/// <summary>Something a person should know about an input that is not a failure (e.g. "skipped 12 records: 6 request, 6 metadata").</summary>
public sealed record NoteItem(string Source, string Message) : InputItem(Source)
{
    public override string ToString() => $"{Source}: {Message}";
}
