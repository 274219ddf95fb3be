using System.Globalization;
using Claimgraph.Formats.Duplicates;
using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>
/// The prepared lookups of a connection that find the stored text a new one repeats: by content
/// hash, by the hash of its words, else the most similar near copy among the texts that share one
/// of its band keys (<see cref="TextFingerprint.BandKeys"/>).
/// </summary>
internal sealed class CopyFinder : IDisposable
{
    private readonly Statement _exact;
    private readonly Statement _near;

    public CopyFinder(SqliteConnection connection)
    {
        _exact = new Statement(connection,
            "SELECT id, content_hash, name FROM documents WHERE content_hash = $hash UNION ALL " +
            "SELECT d.id, d.content_hash, d.name FROM fingerprints f JOIN documents d ON d.id = f.document_id WHERE f.words_hash = $words AND f.words = $count LIMIT 1;");
        var keys = Enumerable.Range(0, TextFingerprint.Bands).Select(i => "$k" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        _near = new Statement(connection,
            "SELECT d.id, d.content_hash, d.name, f.signature, f.words_hash, f.words FROM fingerprints f JOIN documents d ON d.id = f.document_id " +
            $"WHERE f.document_id IN (SELECT document_id FROM fingerprint_bands WHERE band_key IN ({string.Join(", ", keys)})) ORDER BY d.id;");
    }

    /// <summary>The stored text this one repeats, or null (in the transaction the connection has open, if any).</summary>
    public StoredCopy? Find(string contentHash, TextFingerprint fingerprint, double nearThreshold)
    {
        _exact.Bind(1, contentHash).Bind(2, unchecked((long)fingerprint.WordsHash)).Bind(3, fingerprint.Words);
        try
        {
            if (_exact.Read())
            {
                return new StoredCopy(_exact.Int64(0), _exact.String(1), _exact.String(2), DuplicateKind.Exact, 1);
            }
        }
        finally
        {
            _exact.Reset();
        }

        if (fingerprint.Words < DuplicateIndex.MinWordsForNear)
        {
            return null;
        }

        var keys = fingerprint.BandKeys();
        for (var i = 0; i < keys.Length; i++)
        {
            _near.Bind(i + 1, unchecked((long)keys[i]));
        }

        StoredCopy? best = null;
        try
        {
            while (_near.Read())
            {
                var stored = TextFingerprint.FromStored(unchecked((ulong)_near.Int64(4)), _near.Blob(3), (int)_near.Int64(5));
                var similarity = fingerprint.Similarity(stored);
                if (similarity >= nearThreshold && (best is null || similarity > best.Similarity))
                {
                    best = new StoredCopy(_near.Int64(0), _near.String(1), _near.String(2), DuplicateKind.Near, similarity);
                }
            }
        }
        finally
        {
            _near.Reset();
        }

        return best;
    }

    public void Dispose()
    {
        _exact.Dispose();
        _near.Dispose();
    }
}
