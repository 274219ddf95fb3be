namespace Claimgraph.Formats.Duplicates;

/// <summary>
/// Recognises texts seen before: exact repeats by the hash of their words, near repeats by MinHash
/// with locality-sensitive hashing (<see cref="TextFingerprint.BandKeys"/>: texts that share a band are
/// compared, and count as the same when their estimated similarity reaches the threshold).
/// Texts under <see cref="MinWordsForNear"/> words are only matched exactly. Memory: one
/// fingerprint (about 300 bytes) per text.
/// </summary>
public sealed class DuplicateIndex(double nearThreshold = DuplicateIndex.DefaultNearThreshold)
{
    public const double DefaultNearThreshold = 0.8;
    public const int MinWordsForNear = 30;

    private readonly Dictionary<ulong, string> _exact = [];
    private readonly Dictionary<ulong, List<int>> _bands = [];
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
        foreach (var key in fingerprint.BandKeys())
        {
            if (!_bands.TryGetValue(key, out var candidates))
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

        foreach (var key in fingerprint.BandKeys())
        {
            if (!_bands.TryGetValue(key, out var list))
            {
                list = [];
                _bands[key] = list;
            }

            list.Add(index);
        }
    }
}
