using System.Text;
using Claimgraph.Extraction;

namespace Claimgraph.Bench.Throughput;

/// <summary>
/// A corpus of at least a target number of UTF-8 bytes made by cycling through the sample articles;
/// pass <c>k</c> over the samples uses <see cref="NumberVariation"/> copy <c>k</c>. Since a varied copy
/// has the UTF-8 size of its original, the article count is known before any text is made, and the
/// documents can be produced lazily, one at a time.
/// </summary>
public sealed class SyntheticCorpus
{
    private readonly IReadOnlyList<SampleArticle> _samples;
    private readonly long[] _sampleBytes;

    public SyntheticCorpus(IReadOnlyList<SampleArticle> samples, long targetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        _samples = samples;
        _sampleBytes = samples.Select(s => (long)Encoding.UTF8.GetByteCount(s.Text)).ToArray();
        var articles = 0;
        long bytes = 0;
        while (bytes < targetBytes)
        {
            bytes += _sampleBytes[articles % samples.Count];
            articles++;
        }

        Articles = articles;
        Utf8Bytes = bytes;
    }

    public int Articles { get; }

    public long Utf8Bytes { get; }

    /// <summary>The first articles of the corpus up to at least <paramref name="bytes"/> UTF-8 bytes.</summary>
    public int ArticlesCovering(long bytes)
    {
        var articles = 0;
        long sum = 0;
        while (sum < bytes && articles < Articles)
        {
            sum += _sampleBytes[articles % _samples.Count];
            articles++;
        }

        return articles;
    }

    /// <summary>Documents <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1, made as they are enumerated.</summary>
    public IEnumerable<Document> Documents(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            yield return DocumentAt(i);
        }
    }

    public IEnumerable<Document> Documents() => Documents(0, Articles);

    public Document DocumentAt(int index)
    {
        var sample = _samples[index % _samples.Count];
        var copy = index / _samples.Count;
        return new Document($"{sample.Name}#{copy:D5}", NumberVariation.Apply(sample.Text, copy));
    }
}
