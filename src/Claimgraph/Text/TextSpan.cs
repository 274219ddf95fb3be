namespace Claimgraph.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}
