using Claimgraph.Extraction;
using Claimgraph.Formats.Duplicates;

namespace Claimgraph.Storage;

/// <summary>
/// A store of documents and their claims. Every implementation keeps these promises:
/// a document and its claims are written together (all or nothing; several documents may share one
/// transaction); a text is stored once
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
    /// Writes documents in one transaction, in order, and returns what became of each. A document
    /// with a <see cref="StoreWrite.Copy"/> adds only its place to that stored text. Any other is
    /// checked again (<see cref="FindCopy"/>, inside the transaction, so that a text another ingest
    /// or an earlier document of the same call stored is found) and then stored with its claims and
    /// fingerprint, or recorded as an appearance of the text it repeats. Each document is all or
    /// nothing: one that fails to write is reported <see cref="AddOutcome.Failed"/> and the others
    /// are still written. A failure of the whole transaction throws <see cref="ClaimStoreException"/>
    /// and writes none of them.
    /// </summary>
    IReadOnlyList<AddResult> Add(IReadOnlyList<StoreWrite> writes, double nearThreshold);

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
