namespace Claimgraph.Formats.Duplicates;

/// <summary>
/// Recognises texts seen before: exact repeats by the hash of their words, near repeats by MinHash
/// with locality-sensitive hashing (16 bands of 4 signature values: texts that share a band are
/// compared, and count as the same when their estimated similarity reaches the threshold).
/// Texts under <see cref="MinWordsForNear"/> words are only matched exactly. Memory: one
/// fingerprint (about 300 bytes) per text.
/// </summary>
public sealed class DuplicateIndex(double nearThreshold = DuplicateIndex.DefaultNearThreshold)
{
    public const double DefaultNearThreshold = 0.8;
    public const int MinWordsForNear = 30;
    private const int Bands = 16;
    private const int Rows = TextFingerprint.SignatureLength / Bands;

    private readonly Dictionary<ulong, string> _exact = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> _bands = [];
    private readonly List<(string Id, TextFingerprint Fingerprint)> _entries = [];

    public int Count => _entries.Count;

    /// <summary>The earlier text this one repeats, or null; the text is remembered when it is new.</summary>
    public DuplicateMatch? Add(string id, string text) => Add(id, TextFingerprint.Of(text));

    public DuplicateMatch? Add(string id, TextFingerprint fingerprint)
    {
        var match = Find(fingerprint);
        if (match is null)
        {
            Remember(id, fingerprint);
        }

        return match;
    }

    public DuplicateMatch? Find(TextFingerprint fingerprint)
    {
        if (_exact.TryGetValue(fingerprint.WordsHash, out var original))
        {
            return new DuplicateMatch(original, DuplicateKind.Exact, 1);
        }

        if (fingerprint.Words < MinWordsForNear)
        {
            return null;
        }

        DuplicateMatch? best = null;
        var seen = new HashSet<int>();
        for (var band = 0; band < Bands; band++)
        {
            if (!_bands.TryGetValue((band, BandKey(fingerprint, band)), out var candidates))
            {
                continue;
            }

            foreach (var index in candidates)
            {
                if (!seen.Add(index))
                {
                    continue;
                }

                var (id, other) = _entries[index];
                var similarity = fingerprint.Similarity(other);
                if (similarity >= nearThreshold && (best is null || similarity > best.Similarity))
                {
                    best = new DuplicateMatch(id, DuplicateKind.Near, similarity);
                }
            }
        }

        return best;
    }

    private void Remember(string id, TextFingerprint fingerprint)
    {
        var index = _entries.Count;
        _entries.Add((id, fingerprint));
        _exact.TryAdd(fingerprint.WordsHash, id);
        if (fingerprint.Words < MinWordsForNear)
        {
            return;
        }

        for (var band = 0; band < Bands; band++)
        {
            var key = (band, BandKey(fingerprint, band));
            if (!_bands.TryGetValue(key, out var list))
            {
                list = [];
                _bands[key] = list;
            }

            list.Add(index);
        }
    }

    private static ulong BandKey(TextFingerprint fingerprint, int band)
    {
        ulong key = 14695981039346656037UL;
        for (var row = 0; row < Rows; row++)
        {
            key = (key ^ fingerprint.Signature[band * Rows + row]) * 1099511628211UL;
        }

        return key;
    }
}
