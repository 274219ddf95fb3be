namespace Claimgraph.Recognizers.Numbers;

/// <summary>What a relative ordinal counts from: the current item ("next") or the end ("last").</summary>
public enum OrdinalAnchor
{
    Current,
    End,
}
