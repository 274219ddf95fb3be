namespace Claimgraph.Formats.Duplicates;

/// <summary>How a text repeats an earlier one: word for word, or most of its wording (syndicated with edits).</summary>
public enum DuplicateKind
{
    Exact,
    Near,
}
