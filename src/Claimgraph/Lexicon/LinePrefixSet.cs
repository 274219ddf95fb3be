namespace Claimgraph.Lexicon;

/// <summary>
/// Phrases a line may start with ("Foto:", "Mehr zum Thema", "Kommentare"), matched ignoring case;
/// a phrase that ends in a letter must end a word there. The phrases are kept by their first
/// character, so a line is compared only with those that can match its first one.
/// </summary>
public sealed class LinePrefixSet
{
    private readonly Dictionary<char, string[]> _byFirst;

    public LinePrefixSet(IEnumerable<string> prefixes)
    {
        _byFirst = prefixes
            .Where(prefix => prefix.Length > 0)
            .GroupBy(prefix => char.ToUpperInvariant(prefix[0]))
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>Whether the line starts with one of the phrases.</summary>
    public bool StartsLine(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || !_byFirst.TryGetValue(char.ToUpperInvariant(line[0]), out var candidates))
        {
            return false;
        }

        foreach (var prefix in candidates)
        {
            // A prefix that is a word must end at a word boundary ("Kommentare" but not "Kommentarespalte").
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (line.Length == prefix.Length || !char.IsLetter(prefix[^1]) || !char.IsLetter(line[prefix.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
