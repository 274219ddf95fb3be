namespace Claimgraph.Formats.Duplicates;

/// <summary>
/// What duplicate recognition keeps of a text: a hash of its words (equal for texts that differ
/// only in case, spacing and punctuation) and a MinHash signature of its 5-word shingles
/// (similar signatures for texts that share most of their wording). Small enough to store.
/// </summary>
public sealed record TextFingerprint(ulong WordsHash, uint[] Signature, int Words)
{
    public const int SignatureLength = 64;
    public const int ShingleWords = 5;

    /// <summary>Locality-sensitive hashing: the signature in 16 bands of 4 values; texts that share a band are candidates.</summary>
    public const int Bands = 16;
    private const int Rows = SignatureLength / Bands;

    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, SignatureLength).Select(i => SplitMix((ulong)i * 0x9E3779B97F4A7C15UL))];

    public static TextFingerprint Of(string text)
    {
        var wordHashes = WordHashes(text);
        ulong wordsHash = 14695981039346656037UL;
        foreach (var word in wordHashes)
        {
            wordsHash = (wordsHash ^ word) * 1099511628211UL;
        }

        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        var shingles = Math.Max(1, wordHashes.Count - ShingleWords + 1);
        for (var i = 0; i < shingles && wordHashes.Count > 0; i++)
        {
            ulong shingle = 0;
            for (var j = i; j < Math.Min(wordHashes.Count, i + ShingleWords); j++)
            {
                shingle = SplitMix(shingle ^ wordHashes[j]);
            }

            for (var k = 0; k < SignatureLength; k++)
            {
                var value = (uint)(SplitMix(shingle ^ Seeds[k]) >> 32);
                if (value < signature[k])
                {
                    signature[k] = value;
                }
            }
        }

        return new TextFingerprint(wordsHash, signature, wordHashes.Count);
    }

    /// <summary>The estimated Jaccard similarity of the two texts' shingle sets (the share of equal signature values).</summary>
    public double Similarity(TextFingerprint other)
    {
        var equal = 0;
        for (var k = 0; k < SignatureLength; k++)
        {
            equal += Signature[k] == other.Signature[k] ? 1 : 0;
        }

        return equal / (double)SignatureLength;
    }

    /// <summary>One key per band (the band's number mixed in, so keys of all bands can share one index).</summary>
    public ulong[] BandKeys()
    {
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var key = SplitMix(14695981039346656037UL + (ulong)band);
            for (var row = 0; row < Rows; row++)
            {
                key = (key ^ Signature[band * Rows + row]) * 1099511628211UL;
            }

            keys[band] = key;
        }

        return keys;
    }

    /// <summary>The signature as bytes (little-endian), to store.</summary>
    public byte[] SignatureBytes()
    {
        var bytes = new byte[SignatureLength * sizeof(uint)];
        for (var k = 0; k < SignatureLength; k++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * sizeof(uint)), Signature[k]);
        }

        return bytes;
    }

    /// <summary>A stored fingerprint back from its parts.</summary>
    public static TextFingerprint FromStored(ulong wordsHash, ReadOnlySpan<byte> signature, int words)
    {
        if (signature.Length != SignatureLength * sizeof(uint))
        {
            throw new ArgumentException($"a signature has {SignatureLength * sizeof(uint)} bytes, not {signature.Length}", nameof(signature));
        }

        var values = new uint[SignatureLength];
        for (var k = 0; k < SignatureLength; k++)
        {
            values[k] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(signature[(k * sizeof(uint))..]);
        }

        return new TextFingerprint(wordsHash, values, words);
    }

    /// <summary>The FNV-1a hash of each word (a run of letters and digits, lower-cased), without making the words.</summary>
    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 6);
        const ulong Start = 14695981039346656037UL;
        var hash = Start;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                hashes.Add(hash);
                hash = Start;
                inWord = false;
            }
        }

        if (inWord)
        {
            hashes.Add(hash);
        }

        return hashes;
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
