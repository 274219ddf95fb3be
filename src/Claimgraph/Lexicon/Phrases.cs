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

    private readonly KeyFilter _firstWords;

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
        _firstWords = new KeyFilter(_byFirst.Keys);
    }

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>Whether some phrase begins with this word.</summary>
    public bool StartsWith(ReadOnlySpan<char> word) => _firstWords.MayContain(word) && _lookup.ContainsKey(word);

    /// <summary>The longest phrase starting at token <paramref name="i"/>: its value and last token.</summary>
    public bool TryMatch(string text, Token[] tokens, int i, out T value, out int last)
    {
        value = default!;
        last = i;
        if (i < 0 || i >= tokens.Length || !_firstWords.MayContain(tokens[i].Of(text)) || !_lookup.TryGetValue(tokens[i].Of(text), out var entries))
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
