namespace Claimgraph.Storage;

/// <summary>What adding a document did.</summary>
public enum AddOutcome
{
    Added,
    AlreadyStored,
}
