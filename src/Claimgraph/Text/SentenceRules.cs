namespace Claimgraph.Text;

/// <summary>
/// The language data a <see cref="SentenceSplitter"/> needs: words after which a period does not end
/// a sentence (abbreviations), month names (a number with a period before them is a date), and the
/// words that make a following "N." an ordinal ("am 5.", "das 17.").
/// </summary>
public sealed record SentenceRules(
    IReadOnlySet<string> Abbreviations,
    IReadOnlySet<string> Months,
    IReadOnlySet<string> OrdinalDeterminers)
{
    public static SentenceRules Empty { get; } = new(
        new HashSet<string>(StringComparer.Ordinal),
        new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Abbreviations that often close an enumeration and so a sentence ("usw.", "etc."): after them a
    /// capitalized word starts a new sentence. Each is also in <see cref="Abbreviations"/>.
    /// </summary>
    public IReadOnlySet<string> FinalAbbreviations { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Endings of adjectives that make a following "N." an ordinal too ("der ukrainischen 47. Brigade"):
    /// the entries of the determiner list written with a leading '-'.
    /// </summary>
    public IReadOnlyList<string> OrdinalAdjectiveEndings { get; init; } = [];

    /// <summary>Whether the word before a number makes the number an ordinal: a listed determiner or a word with a listed adjective ending.</summary>
    public bool MakesOrdinal(string wordBefore)
    {
        if (OrdinalDeterminers.Contains(wordBefore))
        {
            return true;
        }

        for (var i = 0; i < OrdinalAdjectiveEndings.Count; i++)
        {
            var ending = OrdinalAdjectiveEndings[i];
            if (wordBefore.Length > ending.Length && wordBefore.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rules from the contents of the three word lists (for German: Resources/de/abbreviations.txt,
    /// months.txt and ordinal-determiners.txt). Each list has one entry a line; blank lines and
    /// everything after '#' are ignored. An abbreviation is written without its final period
    /// ("usw", "z.B", "Nr"); the word "final" after it marks one that may end a sentence. Months and
    /// determiners match case-insensitively, abbreviations as written (a capitalized form at the
    /// start of a sentence is also recognized).
    /// </summary>
    public static SentenceRules Parse(string abbreviations, string months, string ordinalDeterminers)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(ordinalDeterminers);

        var abbreviationSet = new HashSet<string>(StringComparer.Ordinal);
        var finalSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in ReadList(abbreviations))
        {
            var parts = entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var word = parts[0].TrimEnd('.');
            if (word.Length == 0)
            {
                continue;
            }

            abbreviationSet.Add(word);
            if (parts.Skip(1).Any(p => p.Equals("final", StringComparison.OrdinalIgnoreCase)))
            {
                finalSet.Add(word);
            }
        }

        var determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var endings = new List<string>();
        foreach (var entry in ReadList(ordinalDeterminers))
        {
            if (entry.Length > 1 && entry[0] == '-')
            {
                endings.Add(entry[1..]);
            }
            else
            {
                determiners.Add(entry);
            }
        }

        return new SentenceRules(
            abbreviationSet,
            new HashSet<string>(ReadList(months), StringComparer.OrdinalIgnoreCase),
            determiners)
        {
            FinalAbbreviations = finalSet,
            OrdinalAdjectiveEndings = endings,
        };
    }

    /// <summary>The entries of a word list: one a line, trimmed, without '#' comments and blank lines.</summary>
    public static IReadOnlyList<string> ReadList(string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var entries = new List<string>();
        foreach (var rawLine in contents.Split('\n'))
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (hash < 0 ? rawLine : rawLine[..hash]).Trim();
            if (line.Length > 0)
            {
                entries.Add(line);
            }
        }

        return entries;
    }
}
