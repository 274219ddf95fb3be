namespace Claimgraph.Lexicon;

/// <summary>A set of words as a lexicon file lists them, lower-cased and compared ordinally.</summary>
internal static class LowerCaseSet
{
    public static IReadOnlySet<string> Of(IEnumerable<string> words) =>
        words.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
