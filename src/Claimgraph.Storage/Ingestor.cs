using Claimgraph.Extraction;
using Claimgraph.Formats.Duplicates;

namespace Claimgraph.Storage;

/// <summary>
/// Adds documents to a store. A text the store holds already — the same, or a near copy (a
/// syndicated article with another headline) — is not extracted again: only the place it appeared
/// now (outlet, address, file) is recorded with the stored text. A new text has its claims
/// extracted and stored with it in one transaction; what the text itself says (a dateline, the
/// headline) fills what the caller did not give. A document in another language than the
/// extractor's is stored without claims.
/// </summary>
public sealed class Ingestor
{
    private readonly ClaimExtractor _extractor;
    private readonly IClaimStore _store;
    private readonly string _extractorVersion;

    public Ingestor(ClaimExtractor extractor, IClaimStore store, string extractorVersion)
    {
        _extractor = extractor;
        _store = store;
        _extractorVersion = extractorVersion;
    }

    /// <summary>The estimated share of shared wording (5-word shingles) from which two texts are one.</summary>
    public double NearThreshold { get; init; } = DuplicateIndex.DefaultNearThreshold;

    /// <param name="path">The file the document was read from, if any.</param>
    /// <param name="author">The byline, where the input names one.</param>
    public IngestOutcome Ingest(Document document, string? path = null, string? author = null)
    {
        var hash = ContentHash.Of(document.Text);
        var fingerprint = TextFingerprint.Of(document.Text);
        if (_store.FindCopy(hash, fingerprint, NearThreshold) is { } copy)
        {
            return Recorded(copy, new DocumentAppearance(document.Name, path, document.Url, document.Outlet, document.Title, document.Published, author));
        }

        var extracts = Extracts(document.Language);
        var extraction = extracts ? _extractor.Extract(document) : null;
        var claims = extraction?.Claims ?? [];
        var stored = new DocumentToStore(
            hash,
            document.Name,
            document.Text,
            path,
            document.Url,
            document.Outlet ?? extraction?.Info.Outlet,
            document.Title ?? extraction?.Info.Title,
            document.Language ?? extraction?.Info.Language,
            document.Published ?? extraction?.Info.Published,
            _extractorVersion,
            fingerprint,
            author);
        var result = _store.Add(stored, claims, NearThreshold);
        return result.Outcome == AddOutcome.Added
            ? new IngestOutcome(AddOutcome.Added, claims.Count, Extracted: extracts)
            : new IngestOutcome(result.Outcome, 0, result.Original);
    }

    /// <summary>Re-extracts the stored documents (in the extractor's language) an older extractor made; returns how many.</summary>
    public int Reextract(Action<StoredText>? progress = null)
    {
        var count = 0;
        foreach (var text in _store.TextsNotExtractedBy(_extractorVersion))
        {
            var d = text.Document;
            var extracts = Extracts(d.Language);
            var claims = extracts ? _extractor.Extract(new Document(d.Name, text.Text, d.Published, d.Outlet, d.Title, d.Url, d.Language)).Claims : [];
            _store.ReplaceClaims(d.Id, claims, _extractorVersion);
            count += extracts ? 1 : 0;
            progress?.Invoke(text);
        }

        return count;
    }

    private IngestOutcome Recorded(StoredCopy copy, DocumentAppearance appearance)
    {
        if (!_store.AddAppearance(copy.DocumentId, appearance, copy.Kind, copy.Similarity))
        {
            return new IngestOutcome(AddOutcome.AlreadyStored, 0, copy);
        }

        return new IngestOutcome(copy.Kind == DuplicateKind.Exact ? AddOutcome.Republished : AddOutcome.NearDuplicate, 0, copy);
    }

    /// <summary>Whether a document in this language ("de", "de-CH", null: unknown) is the extractor's to read.</summary>
    private bool Extracts(string? language) =>
        language is null || string.Equals(language.Split('-', '_')[0], _extractor.Pack.Code, StringComparison.OrdinalIgnoreCase);
}
