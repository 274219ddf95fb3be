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
}
