using Claimgraph.Extraction;

namespace Claimgraph.Storage;

/// <summary>
/// Adds documents to a store: a text already stored (by content hash) is skipped without extracting
/// it; otherwise its claims are extracted and stored with it in one transaction. What the text
/// itself says (a dateline, the headline) fills what the caller did not give.
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

    public IngestOutcome Ingest(Document document, string? path = null)
    {
        var hash = ContentHash.Of(document.Text);
        if (_store.Contains(hash))
        {
            return new IngestOutcome(AddOutcome.AlreadyStored, 0);
        }

        var extraction = _extractor.Extract(document);
        var stored = new DocumentToStore(
            hash,
            document.Name,
            document.Text,
            path,
            document.Url,
            document.Outlet ?? extraction.Info.Outlet,
            document.Title ?? extraction.Info.Title,
            document.Language ?? extraction.Info.Language,
            document.Published ?? extraction.Info.Published,
            _extractorVersion);
        var outcome = _store.Add(stored, extraction.Claims);
        return new IngestOutcome(outcome, outcome == AddOutcome.Added ? extraction.Claims.Count : 0);
    }

    /// <summary>Re-extracts the stored documents an older extractor made; returns how many.</summary>
    public int Reextract(Action<StoredText>? progress = null)
    {
        var count = 0;
        foreach (var text in _store.TextsNotExtractedBy(_extractorVersion))
        {
            var d = text.Document;
            var extraction = _extractor.Extract(new Document(d.Name, text.Text, d.Published, d.Outlet, d.Title, d.Url, d.Language));
            _store.ReplaceClaims(d.Id, extraction.Claims, _extractorVersion);
            count++;
            progress?.Invoke(text);
        }

        return count;
    }
}
