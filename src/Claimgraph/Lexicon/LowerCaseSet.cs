using System.Collections.Frozen;

namespace Claimgraph.Lexicon;

/// <summary>
/// A set of words as a lexicon file lists them, lower-cased and compared ordinally: a frozen set,
/// which is built for lookups (it picks its hashing by the lengths and letters of its words).
/// There are some forty such sets; a memo of word forms per set (<see cref="WordFormMemo"/>, 64 KB
/// of table each) would crowd the processor's cache for words that hash quickly anyway.
/// </summary>
internal static class LowerCaseSet
{
    public static IReadOnlySet<string> Of(IEnumerable<string> words) =>
        words.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
}
