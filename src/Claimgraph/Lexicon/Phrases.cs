using Claimgraph.Text;

namespace Claimgraph.Lexicon;

/// <summary>
/// Phrases of one or more words with a value, matched case-insensitively against whole tokens
/// of a text ("weniger als", "per cent", "%"). A phrase word that is one symbol ("%", "-")
/// matches that symbol token. Lookup is by the first word without allocating; the longest
/// phrase wins.
/// </summary>
public sealed class Phrases<T>
{
    private readonly Dictionary<string, Entry[]> _byFirst;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // A quick no before hashing: the first words' lengths and the ASCII letters they begin with
    // (a phrase word that begins otherwise lets every token through).
    private readonly int _shortestFirst;
    private readonly int _longestFirst;
    private readonly ulong _firstLetters;
    private readonly bool _anyFirst;

    public Phrases(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var groups = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var words = Split(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(words[0], out var list))
            {
                groups[words[0]] = list = [];
            }

            list.Add(new Entry(words, value));
        }

        _byFirst = groups.ToDictionary(g => g.Key, g => g.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _shortestFirst = _byFirst.Count == 0 ? 0 : _byFirst.Keys.Min(k => k.Length);
        _longestFirst = _byFirst.Count == 0 ? 0 : _byFirst.Keys.Max(k => k.Length);
        foreach (var first in _byFirst.Keys)
        {
            if (LetterBit(first[0]) is { } bit)
            {
                _firstLetters |= bit;
            }
            else
            {
                _anyFirst = true;
            }
        }
    }

    private static ulong? LetterBit(char c) => c switch
    {
        >= 'a' and <= 'z' => 1UL << (c - 'a'),
        >= 'A' and <= 'Z' => 1UL << (c - 'A'),
        _ => null,
    };

    private bool MayStartWith(ReadOnlySpan<char> word) =>
        word.Length >= _shortestFirst && word.Length <= _longestFirst
        && (_anyFirst || (LetterBit(word[0]) is { } bit && (_firstLetters & bit) != 0));

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>The longest phrase starting at token <paramref name="i"/>: its value and last token.</summary>
    public bool TryMatch(string text, Token[] tokens, int i, out T value, out int last)
    {
        value = default!;
        last = i;
        if (i < 0 || i >= tokens.Length || !MayStartWith(tokens[i].Of(text)) || !_lookup.TryGetValue(tokens[i].Of(text), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (i + entry.Words.Length > tokens.Length)
            {
                continue;
            }

            var matched = true;
            for (var k = 1; k < entry.Words.Length && matched; k++)
            {
                matched = tokens[i + k].Of(text).Equals(entry.Words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matched)
            {
                value = entry.Value;
                last = i + entry.Words.Length - 1;
                return true;
            }
        }

        return false;
    }

    // Words as the tokenizer cuts them: "per cent" → [per, cent]; "km/h" → [km, /, h].
    private static string[] Split(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase.Trim());
        return tokens.Select(t => phrase.Trim().Substring(t.Start, t.Length)).ToArray();
    }

    private sealed record Entry(string[] Words, T Value);
}

/// <summary>Builds <see cref="Phrases{T}"/>.</summary>
public static class Phrases
{
    public static Phrases<T> Of<T>(IEnumerable<(string Phrase, T Value)> phrases) => new(phrases);
}
