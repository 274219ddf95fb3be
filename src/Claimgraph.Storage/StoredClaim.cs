using Claimgraph.Consolidation;
using Claimgraph.Extraction;

namespace Claimgraph.Storage;

/// <summary>A stored claim (as extracted) with its id and document.</summary>
public sealed record StoredClaim(long Id, Claim Claim, StoredDocument Document)
{
    /// <summary>The claim as consolidation takes it; the document key is the content hash.</summary>
    public ClaimRecord ToRecord() =>
        new(Claim, new ClaimDocument(Document.ContentHash, Document.Name, Document.Outlet, Document.Published, Document.Title, Document.Url, Document.Republishers.Count == 0 ? null : Document.Republishers));
}
