using Claimgraph.Extraction;
using Claimgraph.Formats.Duplicates;

namespace Claimgraph.Storage;

/// <summary>
/// A store of documents and their claims. Every implementation keeps these promises:
/// a document and its claims are written in one transaction (all or nothing); a text is stored once
/// (by <see cref="ContentHash"/>, and a near copy of it is not stored again: only the places it
/// appeared are added); several processes may add to one
/// store at once; analyst data (notes) is kept by content hash and span and survives re-extraction.
/// No SQL outside the implementations.
/// </summary>
public interface IClaimStore : IDisposable
{
    /// <summary>Where the store is (a path, a connection description) for messages.</summary>
    string Location { get; }

    /// <summary>Whether a text with this content hash is stored.</summary>
    bool Contains(string contentHash);

    /// <summary>
    /// The stored text a new one repeats: the same content hash, the same words (case, spacing and
    /// punctuation aside), or a near copy (estimated similarity of its fingerprint at least
    /// <paramref name="nearThreshold"/>, the most similar first); null for a new text.
    /// </summary>
    StoredCopy? FindCopy(string contentHash, TextFingerprint fingerprint, double nearThreshold);

    /// <summary>
    /// Adds a document with its claims and fingerprint in one transaction. When its text repeats a
    /// stored one (<see cref="FindCopy"/>, checked again inside the transaction) only its place is
    /// recorded, as an appearance of the stored text.
    /// </summary>
    AddResult Add(DocumentToStore document, IReadOnlyList<Claim> claims, double nearThreshold);

    /// <summary>Records one more place a stored text appeared; false when the place was known.</summary>
    bool AddAppearance(long documentId, DocumentAppearance appearance, DuplicateKind kind, double similarity);

    /// <summary>Every place the stored text appeared, the first (its own) first.</summary>
    IReadOnlyList<DocumentAppearance> Appearances(string contentHash);

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
