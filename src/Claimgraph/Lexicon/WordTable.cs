namespace Claimgraph.Lexicon;

/// <summary>
/// Single words with a value, looked up case-insensitively from a span of the text without
/// allocating (the dictionary's alternate lookup).
/// </summary>
public sealed class WordTable<T>
{
    private readonly Dictionary<string, T> _map;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly KeyFilter _filter;

    public WordTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        _map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            if (!string.IsNullOrWhiteSpace(key))
            {
                _map.TryAdd(key.Trim(), value);
            }
        }

        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new KeyFilter(_map.Keys);
        LongestKey = _map.Count == 0 ? 0 : _map.Keys.Max(k => k.Length);
    }

    public static WordTable<T> Empty { get; } = new([]);

    public int Count => _map.Count;

    public int LongestKey { get; }

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (!_filter.MayContain(word))
        {
            value = default!;
            return false;
        }

        return _lookup.TryGetValue(word, out value!);
    }

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.ContainsKey(word);
}

/// <summary>Helpers to build word tables from the dictionaries and lists of the YAML files.</summary>
public static class WordTable
{
    public static WordTable<T> Of<T>(IEnumerable<KeyValuePair<string, T>>? entries) => new(entries ?? []);

    public static WordTable<bool> Set(IEnumerable<string>? words) =>
        new((words ?? []).Select(w => new KeyValuePair<string, bool>(w, true)));
}
