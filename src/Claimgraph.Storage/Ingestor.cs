using Claimgraph.Extraction;
using Claimgraph.Formats.Duplicates;

namespace Claimgraph.Storage;

/// <summary>
/// Adds documents to a store. A text the store holds already — the same, or a near copy (a
/// syndicated article with another headline) — is not extracted again: only the place it appeared
/// now (outlet, address, file) is recorded with the stored text. A new text has its claims
/// extracted; what the text itself says (a dateline, the headline) fills what the caller did not
/// give. A document in another language than the extractor's is stored without claims.
/// Documents are written in batches (<see cref="BatchSize"/> documents or <see cref="BatchDelay"/>,
/// whichever comes first; each document all or nothing) so that one commit serves many; the write
/// lock is held only while a batch is written, not while the next documents are extracted.
/// <see cref="Add"/> queues a document, <see cref="Flush"/> writes the queue, <see cref="Ingest"/>
/// does both. What a batch not yet written holds is lost when the process dies; running the same
/// ingest again stores it, as it skips what was stored.
/// </summary>
public sealed class Ingestor
{
    private readonly ClaimExtractor _extractor;
    private readonly IClaimStore _store;
    private readonly string _extractorVersion;
    private readonly List<Queued> _queue = [];
    private DuplicateIndex? _queuedTexts;
    private long _queuedSince;

    public Ingestor(ClaimExtractor extractor, IClaimStore store, string extractorVersion)
    {
        _extractor = extractor;
        _store = store;
        _extractorVersion = extractorVersion;
    }

    /// <summary>The estimated share of shared wording (5-word shingles) from which two texts are one.</summary>
    public double NearThreshold { get; init; } = DuplicateIndex.DefaultNearThreshold;

    /// <summary>How many documents are written in one transaction at most, unless set.</summary>
    public const int DefaultBatchSize = 64;

    /// <summary>How many documents are written in one transaction at most.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>How long the first queued document waits for others at most, unless set.</summary>
    public static readonly TimeSpan DefaultBatchDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>How long the first queued document waits for others at most, before the queue is written with the next document.</summary>
    public TimeSpan BatchDelay { get; init; } = DefaultBatchDelay;

    /// <summary>How many documents are queued, not yet written.</summary>
    public int Pending => _queue.Count;

    /// <summary>Adds one document now (its batch is written before this returns) and says what became of it.</summary>
    /// <param name="path">The file the document was read from, if any.</param>
    /// <param name="author">The byline, where the input names one.</param>
    public IngestOutcome Ingest(Document document, string? path = null, string? author = null)
    {
        IngestOutcome? outcome = null;
        Add(document, path, author, written => outcome = written);
        Flush();
        return outcome!;
    }

    /// <summary>
    /// Queues a document (extracted unless the store holds its text) and writes the queue when it is
    /// full or old enough; <paramref name="written"/> is told what became of the document when it
    /// is written (in this call or a later one, at the latest in <see cref="Flush"/>).
    /// </summary>
    /// <param name="path">The file the document was read from, if any.</param>
    /// <param name="author">The byline, where the input names one.</param>
    public void Add(Document document, string? path, string? author, Action<IngestOutcome>? written = null)
    {
        var hash = ContentHash.Of(document.Text);
        var fingerprint = TextFingerprint.Of(document.Text);
        var copy = _store.FindCopy(hash, fingerprint, NearThreshold);
        if (copy is null && _queuedTexts?.Find(fingerprint) is not null)
        {
            // It repeats a text of the queue: written, the queue tells the store what this one is.
            Flush();
            copy = _store.FindCopy(hash, fingerprint, NearThreshold);
        }

        var extracts = copy is null && Extracts(document.Language);
        var extraction = extracts ? _extractor.Extract(document) : null;
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
        if (_queue.Count == 0)
        {
            _queuedSince = Environment.TickCount64;
        }

        _queue.Add(new Queued(new StoreWrite(stored, extraction?.Claims ?? [], copy), extracts, written));
        if (copy is null)
        {
            (_queuedTexts ??= new DuplicateIndex(NearThreshold)).Add(hash, fingerprint);
        }

        if (_queue.Count >= BatchSize || Environment.TickCount64 - _queuedSince >= BatchDelay.TotalMilliseconds)
        {
            Flush();
        }
    }

    /// <summary>Writes the queued documents (one transaction) and tells each what became of it. Call at the end of an ingest and when it is cancelled.</summary>
    public void Flush()
    {
        if (_queue.Count == 0)
        {
            return;
        }

        var batch = _queue.ToArray();
        _queue.Clear();
        _queuedTexts = null;
        var results = _store.Add([.. batch.Select(q => q.Write)], NearThreshold);
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i].Written?.Invoke(Outcome(batch[i], results[i]));
        }
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

    private static IngestOutcome Outcome(Queued queued, AddResult result) => result.Outcome switch
    {
        AddOutcome.Added => new IngestOutcome(AddOutcome.Added, queued.Write.Claims.Count, Extracted: queued.Extracted),
        AddOutcome.Failed => new IngestOutcome(AddOutcome.Failed, 0, Problem: result.Problem),
        _ => new IngestOutcome(result.Outcome, 0, result.Original),
    };

    /// <summary>Whether a document in this language ("de", "de-CH", null: unknown) is the extractor's to read.</summary>
    private bool Extracts(string? language) =>
        language is null || string.Equals(language.Split('-', '_')[0], _extractor.Pack.Code, StringComparison.OrdinalIgnoreCase);

    /// <summary>A document waiting to be written, whether it was extracted, and whom to tell what became of it.</summary>
    private sealed record Queued(StoreWrite Write, bool Extracted, Action<IngestOutcome>? Written);
}
