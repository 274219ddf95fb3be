using System.Collections;

namespace Claimgraph.Lexicon;

/// <summary>
/// A set of words as a lexicon file lists them, lower-cased and compared ordinally. Asked about
/// token forms over and over (determiners, particles, pronouns), it remembers its answer per word
/// form by string identity (<see cref="WordFormMemo"/>) before it hashes the word.
/// </summary>
internal sealed class LowerCaseSet : IReadOnlySet<string>
{
    private readonly HashSet<string> _words;
    private readonly WordFormMemo _answers = new();

    private LowerCaseSet(HashSet<string> words) => _words = words;

    public int Count => _words.Count;

    public static IReadOnlySet<string> Of(IEnumerable<string> words) =>
        new LowerCaseSet(words.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));

    public bool Contains(string item) => _answers.Answer(item, _words, static (words, word) => words.Contains(word));

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => _words.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _words.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _words.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _words.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _words.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _words.SetEquals(other);
}
