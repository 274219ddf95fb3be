namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// Phrases of one or more words from the lexicon, each with a value, matched case-insensitively
/// against whole tokens. Words of a phrase stand on one line; a phrase written with a final "."
/// ("Okt.") needs that period right after its last word. A phrase word that is a single symbol
/// ("-", ",") matches that symbol token. The longest phrase wins.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, Entry[]> _byFirstWord;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Lexicon.KeyFilter _filter;

    public PhraseTable(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        var groups = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var last = words[^1];
            var needsPeriod = last.Length > 1 && last.EndsWith('.');
            if (needsPeriod)
            {
                words[^1] = last[..^1];
            }

            if (!groups.TryGetValue(words[0], out var list))
            {
                list = [];
                groups[words[0]] = list;
            }

            list.Add(new Entry(words, needsPeriod, value));
        }

        _byFirstWord = groups.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.OrderByDescending(entry => entry.Words.Length + (entry.NeedsPeriod ? 1 : 0)).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new Lexicon.KeyFilter(_byFirstWord.Keys);
    }

    /// <summary>The phrase that starts at token <paramref name="index"/>, if any.</summary>
    public bool Match(DateTokens tokens, int index, out T value, out int next)
    {
        value = default!;
        next = index;
        // Most tokens are let go by their length and first letter, before they are hashed.
        if (!tokens.Has(index) || !_filter.MayContain(tokens.TextOf(index)) || !_lookup.TryGetValue(tokens.TextOf(index), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (Matches(tokens, index, entry, out next))
            {
                value = entry.Value;
                return true;
            }
        }

        next = index;
        return false;
    }

    /// <summary>
    /// The bit the first words of this table carry in <see cref="DateLexicon.FirstWordKinds"/> (None for a table
    /// outside it): a word token whose kinds lack it starts no phrase here (see DateScanner.Match).
    /// </summary>
    public WordKinds Kind { get; set; }

    /// <summary>The number of first words of the phrases (0 for an empty table).</summary>
    public int Count => _byFirstWord.Count;

    /// <summary>The last word of each phrase that is a word, not a symbol ("Woche" of "unter der Woche").</summary>
    public IEnumerable<string> LastWords =>
        _byFirstWord.Values.SelectMany(entries => entries).Select(entry => entry.Words.LastOrDefault(word => char.IsLetter(word[0]))).OfType<string>();

    /// <summary>The first words of the phrases.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>The token at <paramref name="index"/> begins some phrase of the table.</summary>
    public bool Contains(DateTokens tokens, int index) => Match(tokens, index, out _, out _);

    private static bool Matches(DateTokens tokens, int index, Entry entry, out int next)
    {
        next = index + 1;
        for (var w = 1; w < entry.Words.Length; w++)
        {
            if (!tokens.SameLine(next) ||
                !tokens.TextOf(next).Equals(entry.Words[w], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            next++;
        }

        if (entry.NeedsPeriod)
        {
            if (!tokens.IsSymbol(next, '.') || !tokens.Glued(next))
            {
                return false;
            }

            next++;
        }

        return true;
    }

    private sealed record Entry(string[] Words, bool NeedsPeriod, T Value);
}
