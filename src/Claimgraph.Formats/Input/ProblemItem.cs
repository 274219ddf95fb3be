namespace Claimgraph.Formats.Input;

/// <summary>A part of an input that could not be read: the source, where in it (a record, an item, a line; null for the whole source) and why.</summary>
public sealed record ProblemItem(string Source, string? Location, string Message) : InputItem(Source)
{
    public override string ToString() => Location is null ? $"{Source}: {Message}" : $"{Source}: {Location}: {Message}";
}
