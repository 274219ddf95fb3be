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
    private readonly SqliteCommand _exact;
    private readonly SqliteCommand _near;

    public CopyFinder(SqliteConnection connection)
    {
        _exact = Prepared.Command(connection,
            "SELECT id, content_hash, name FROM documents WHERE content_hash = $hash UNION ALL " +
            "SELECT d.id, d.content_hash, d.name FROM fingerprints f JOIN documents d ON d.id = f.document_id WHERE f.words_hash = $words AND f.words = $count LIMIT 1;",
            "$hash", "$words", "$count");
        var keys = Enumerable.Range(0, TextFingerprint.Bands).Select(i => "$k" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        _near = Prepared.Command(connection,
            "SELECT d.id, d.content_hash, d.name, f.signature, f.words_hash, f.words FROM fingerprints f JOIN documents d ON d.id = f.document_id " +
            $"WHERE f.document_id IN (SELECT document_id FROM fingerprint_bands WHERE band_key IN ({string.Join(", ", keys)})) ORDER BY d.id;",
            keys);
    }

    /// <summary>The stored text this one repeats, or null; inside <paramref name="transaction"/> when one is open.</summary>
    public StoredCopy? Find(SqliteTransaction? transaction, string contentHash, TextFingerprint fingerprint, double nearThreshold)
    {
        _exact.Transaction = transaction;
        Prepared.Set(_exact, contentHash, unchecked((long)fingerprint.WordsHash), fingerprint.Words);
        using (var reader = _exact.ExecuteReader())
        {
            if (reader.Read())
            {
                return new StoredCopy(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), DuplicateKind.Exact, 1);
            }
        }

        if (fingerprint.Words < DuplicateIndex.MinWordsForNear)
        {
            return null;
        }

        _near.Transaction = transaction;
        var keys = fingerprint.BandKeys();
        for (var i = 0; i < keys.Length; i++)
        {
            _near.Parameters[i].Value = unchecked((long)keys[i]);
        }

        using (var reader = _near.ExecuteReader())
        {
            StoredCopy? best = null;
            while (reader.Read())
            {
                var stored = TextFingerprint.FromStored(unchecked((ulong)reader.GetInt64(4)), (byte[])reader.GetValue(3), reader.GetInt32(5));
                var similarity = fingerprint.Similarity(stored);
                if (similarity >= nearThreshold && (best is null || similarity > best.Similarity))
                {
                    best = new StoredCopy(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), DuplicateKind.Near, similarity);
                }
            }

            return best;
        }
    }

    public void Dispose()
    {
        _exact.Dispose();
        _near.Dispose();
    }
}
