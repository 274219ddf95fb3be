using Claimgraph.Extraction;

namespace Claimgraph.Storage;

/// <summary>
/// A store of documents and their claims. Every implementation keeps these promises:
/// a document and its claims are written in one transaction (all or nothing); a text is stored once
/// (by <see cref="ContentHash"/>), so adding it again is a no-op; several processes may add to one
/// store at once; analyst data (notes) is kept by content hash and span and survives re-extraction.
/// No SQL outside the implementations.
/// </summary>
public interface IClaimStore : IDisposable
{
    /// <summary>Where the store is (a path, a connection description) for messages.</summary>
    string Location { get; }

    /// <summary>Whether a text with this content hash is stored.</summary>
    bool Contains(string contentHash);

    /// <summary>Adds a document with its claims in one transaction; <see cref="AddOutcome.AlreadyStored"/> if its text is.</summary>
    AddOutcome Add(DocumentToStore document, IReadOnlyList<Claim> claims);

    /// <summary>The stored claims that fit the query, with their documents, in document then text order.</summary>
    IEnumerable<StoredClaim> Claims(ClaimQuery query);

    /// <summary>Sentences that contain all the words (prefixes) of the query, best first, with their claims.</summary>
    IReadOnlyList<SearchHit> Search(string words, int limit);

    /// <summary>The stored documents with their texts whose claims were made by another extractor version.</summary>
    IEnumerable<StoredText> TextsNotExtractedBy(string extractorVersion);

    /// <summary>Replaces a document's claims (one transaction) and records the extractor version that made them.</summary>
    void ReplaceClaims(long documentId, IReadOnlyList<Claim> claims, string extractorVersion);

    /// <summary>Adds an analyst's note to a document (by content hash), optionally on a span.</summary>
    long AddNote(string contentHash, int? spanStart, int? spanEnd, string text);

    IReadOnlyList<StoredNote> Notes(string contentHash);

    StoreSummary Summary();
}
