namespace Claimgraph.Storage;

/// <summary>What adding a document did.</summary>
public enum AddOutcome
{
    /// <summary>A new text, stored with its claims.</summary>
    Added,

    /// <summary>The text was stored already, and this place (outlet, address, file) was known for it: nothing changed.</summary>
    AlreadyStored,

    /// <summary>The same text (word for word) was stored already; this place is recorded as one more appearance of it.</summary>
    Republished,

    /// <summary>Nearly the same text (a syndicated copy with edits) was stored already; this place is recorded as one more appearance of it.</summary>
    NearDuplicate,

    /// <summary>Writing this document failed (the reason is given); nothing of it was stored, and the other documents written with it were.</summary>
    Failed,
}
