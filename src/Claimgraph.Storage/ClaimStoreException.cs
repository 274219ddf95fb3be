namespace Claimgraph.Storage;

/// <summary>A store that cannot be opened or used (wrong file, newer schema, corrupt data), with a message for the user.</summary>
public sealed class ClaimStoreException : Exception
{
    public ClaimStoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
