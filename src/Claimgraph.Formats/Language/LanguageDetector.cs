using Claimgraph.Formats.Resources;

namespace Claimgraph.Formats.Language;

/// <summary>
/// Tells the language of a text by its function words: each language has a list of frequent
/// words that are not frequent in the others (Resources/language/CODE.txt; a new file is a new
/// language). The language whose words make up the largest share of the text wins when the share
/// is high enough and clearly ahead of the next; a text of enough words where no list reaches
/// the share is <see cref="Other"/>.
/// </summary>
public sealed class LanguageDetector
{
    public const string Other = "other";
    private const int MinWords = 8;
    private const int MaxWords = 2000;
    private const double MinShare = 0.12;
    private const double MinLead = 2.0;

    private static readonly Lazy<LanguageDetector> LazyDefault = new(() => new LanguageDetector(
        ResourceText.List("language").ToDictionary(
            path => Path.GetFileNameWithoutExtension(path),
            path => (IEnumerable<string>)ResourceText.Read(path).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'))));

    private readonly Dictionary<string, string> _wordLanguage = new(StringComparer.Ordinal);
    private readonly string[] _languages;

    public LanguageDetector(IReadOnlyDictionary<string, IEnumerable<string>> wordsByLanguage)
    {
        _languages = [.. wordsByLanguage.Keys.Order(StringComparer.Ordinal)];
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in _languages)
        {
            foreach (var word in wordsByLanguage[language].Select(w => w.ToLowerInvariant()))
            {
                if (_wordLanguage.TryGetValue(word, out var other) && other != language)
                {
                    ambiguous.Add(word);
                }

                _wordLanguage[word] = language;
            }
        }

        foreach (var word in ambiguous)
        {
            _wordLanguage.Remove(word);
        }
    }

    public static LanguageDetector Default => LazyDefault.Value;

    public IReadOnlyList<string> Languages => _languages;

    public LanguageGuess Detect(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length && words < MaxWords)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            words++;
            var word = span[start..i].ToString().ToLowerInvariant();
            if (_wordLanguage.TryGetValue(word, out var language))
            {
                counts[language] = counts.GetValueOrDefault(language) + 1;
            }
        }

        if (words == 0)
        {
            return new LanguageGuess(null, 0, 0);
        }

        var ranked = counts.OrderByDescending(p => p.Value).ToList();
        var best = ranked.Count > 0 ? ranked[0] : default;
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        var share = best.Value / (double)words;
        if (best.Key is not null && share >= MinShare && best.Value >= 2 && best.Value >= MinLead * second)
        {
            return new LanguageGuess(best.Key, share, words);
        }

        return words >= MinWords ? new LanguageGuess(Other, share, words) : new LanguageGuess(null, share, words);
    }
}
