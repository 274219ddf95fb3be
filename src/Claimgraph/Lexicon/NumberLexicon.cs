using Claimgraph.Text;

namespace Claimgraph.Lexicon;

/// <summary>A language's words for numbers, magnitudes, vague amounts, qualifiers and ranges.</summary>
public sealed class NumberLexicon
{
    internal NumberLexicon(NumberLexiconData data, INumberWordReader words, string origin)
    {
        Words = words;
        Magnitudes = Lower(data.Magnitudes);
        Vague = Phrases.Of(Lower(data.Vague).Select(p => (p.Key, p.Value)));
        VagueMagnitudes = Lower(data.VagueMagnitudes);
        VagueQuantifiers = CueSet<bool>.From(data.VagueQuantifiers.Select(q => (q + "~", true)));
        TimesSuffixes = [.. data.TimesSuffixes.Select(s => s.ToLowerInvariant())];
        DigitCountEndings = [.. data.DigitCountEndings.Select(s => s.ToLowerInvariant())];
        QualifiersBefore = CueSet<Qualifier>.From(data.QualifiersBefore.Select(p => (WholeWordCues.Of(p.Key), QualifierNames.Parse(p.Value, origin))));
        QualifiersAfter = CueSet<Qualifier>.From(data.QualifiersAfter.Select(p => (WholeWordCues.Of(p.Key), QualifierNames.Parse(p.Value, origin))));
        RangeConnectors = LowerCaseSet.Of(data.RangeConnectors);
        SpokenRangeJoiners = LowerCaseSet.Of(data.SpokenRangeJoiners);
        RangeOpeners = data.RangeOpeners.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value.ToLowerInvariant(), StringComparer.Ordinal);
        Connectors = WordTable.Set(data.Connectors);
        CapitalMagnitudes = data.CapitalMagnitudes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        OrdinalBareAfter = WordTable.Set(data.OrdinalBareAfter);
        DigitOrdinalSuffixes = WordTable.Set(data.DigitOrdinalSuffixes);
        DigitOrdinalPeriod = data.DigitOrdinalSuffixes.Contains(".");
        OrdinalAfterNumberIsFraction = data.OrdinalAfterNumber == "fraction";
        FractionOver = Phrases.Of(data.FractionOver.Select(w => (w, true)));
        FractionOf = Phrases.Of(data.FractionOf.Select(w => (w, true)));
        ArticleIsNumber = data.ArticleIsNumber;
        Articles = WordTable.Set(data.Articles);
        PrepositionAfterNouns = data.PrepositionAfterNouns.Select(n => n.ToLowerInvariant()).ToList();
        PrepositionQualifiers = WordTable.Set(data.PrepositionQualifiers);
        ChangeWords = WordTable.Set(data.ChangeWords);
        DecimalWords = WordTable.Set(data.DecimalWords);
        NegativeWords = WordTable.Set(data.NegativeWords);
        NotNumberAfter = WordTable.Set(data.NotNumberAfter);
        PercentWords = Phrases.Of(data.PercentWords.Select(w => (w, true)));
        PercentBefore = Phrases.Of(data.PercentBefore.Select(w => (w, true)));
        ProportionWords = Phrases.Of(data.ProportionWords.Select(w => (w, true)));
        ProportionOf = Phrases.Of(data.ProportionOf.Select(w => (w, true)));
        ClockWords = Phrases.Of(data.ClockWords.Select(w => (w, true)));
        YearWords = WordTable.Set(data.YearWords);
        RelativeOrdinalData = data.RelativeOrdinals;
        RangeBounds = Phrases.Of(data.RangeBounds.Select(p => (p.Key, p.Value)));
        RangeBoundWords = data.RangeBounds.Keys.Select(k => Tokenizer.Tokenize(k.Trim()) is { Length: > 0 } t ? k.Trim()[t[0].Start..t[0].End] : k).ToList();
        RangeOpenerData = data.RangeOpeners;
        RangeAnd = WordTable.Set(data.RangeAnd);
        RangeBoundsAfter = Phrases.Of(data.RangeBoundsAfter.Select(p => (p.Key, p.Value)));
        RangeOpenerWords = Phrases.Of(data.RangeOpeners.Select(p => (p.Key, p.Value.ToLowerInvariant())));
        RangeConnectorWords = Phrases.Of(data.RangeConnectors.Select(w => (w, true)));
    }

    /// <summary>Words that join number words: "und" (einundzwanzig is one word; "fünf und drei Viertel"), "and".</summary>
    public WordTable<bool> Connectors { get; }

    /// <summary>Magnitude letters that count only in capitals, glued to digits: "10M", "1MM" (not "1m", a metre).</summary>
    public IReadOnlyDictionary<string, double> CapitalMagnitudes { get; }

    /// <summary>Words after which an ordinal stem stands bare: "zu dritt".</summary>
    public WordTable<bool> OrdinalBareAfter { get; }

    /// <summary>What after digits makes an ordinal: "st", "nd", "rd", "th" (17th) or "." (17.).</summary>
    public WordTable<bool> DigitOrdinalSuffixes { get; }

    public bool DigitOrdinalPeriod { get; }

    /// <summary>Whether an ordinal after a number is a denominator ("one fifth") rather than part of the ordinal.</summary>
    public bool OrdinalAfterNumberIsFraction { get; }

    /// <summary>Words between numerator and denominator: "one over three".</summary>
    public Phrases<bool> FractionOver { get; }

    /// <summary>Between a fraction and the magnitude it takes a part of: "two thirds of a million".</summary>
    public Phrases<bool> FractionOf { get; }

    /// <summary>Whether the article ("ein") is itself the number one.</summary>
    public bool ArticleIsNumber { get; }

    /// <summary>The indefinite article in its forms ("ein", "einer", "a"): the number one before a magnitude ("einer Million").</summary>
    public WordTable<bool> Articles { get; }

    /// <summary>Noun endings after which a one-word qualifier is a preposition ("Paket über 125 Millionen").</summary>
    public IReadOnlyList<string> PrepositionAfterNouns { get; }

    /// <summary>The qualifiers that are also prepositions ("über", "unter"): only they read as one after such a noun; "etwa" never does.</summary>
    public WordTable<bool> PrepositionQualifiers { get; }

    /// <summary>"plus": a number after it in brackets is the change of the number before ("11.718 (plus 6)").</summary>
    public WordTable<bool> ChangeWords { get; }

    /// <summary>"Komma", "point": digits after it are decimals.</summary>
    public WordTable<bool> DecimalWords { get; }

    /// <summary>"minus", "negative".</summary>
    public WordTable<bool> NegativeWords { get; }

    /// <summary>Words after which a cardinal word is no number ("this one").</summary>
    public WordTable<bool> NotNumberAfter { get; }

    /// <summary>"%", "Prozent", "percent", "per cent".</summary>
    public Phrases<bool> PercentWords { get; }

    /// <summary>Percent words before the number: "percent of 10".</summary>
    public Phrases<bool> PercentBefore { get; }

    /// <summary>Between a part and its whole in a proportion: "one in three", "one out of three", "drei von vier".</summary>
    public Phrases<bool> ProportionWords { get; }

    /// <summary>After a fraction that takes a share of something: "a quarter of", "ein Viertel der".</summary>
    public Phrases<bool> ProportionOf { get; }

    /// <summary>After a clock time, which is no amount: "8 Uhr", "8.39 Uhr", "8 a.m.".</summary>
    public Phrases<bool> ClockWords { get; }

    /// <summary>Before a year, which is no amount: "im Jahr 2024", "the year 2024".</summary>
    public WordTable<bool> YearWords { get; }

    /// <summary>Relative ordinals and their meaning: "letzte" = "end+0", "next" = "current+1".</summary>
    public IReadOnlyDictionary<string, string> RelativeOrdinalData { get; }

    /// <summary>Words that bound a number: "weniger als" = "&lt;", "at least" = "&gt;=".</summary>
    public Phrases<string> RangeBounds { get; }

    /// <summary>The word that joins the two ends after a range opener: "und", "and".</summary>
    public WordTable<bool> RangeAnd { get; }

    /// <summary>The first words of the range bounds, for a quick filter.</summary>
    public IReadOnlyList<string> RangeBoundWords { get; }

    public IReadOnlyDictionary<string, string> RangeOpenerData { get; }

    /// <summary>"zwischen" → "und", as phrases matched in the text.</summary>
    public Phrases<string> RangeOpenerWords { get; }

    public Phrases<bool> RangeConnectorWords { get; }

    /// <summary>Bounds after the number: "oder mehr" = "&gt;=", "or less" = "&lt;=".</summary>
    public Phrases<string> RangeBoundsAfter { get; }

    public INumberWordReader Words { get; }

    /// <summary>Words that multiply the number before them: Millionen, Mrd.</summary>
    public IReadOnlyDictionary<string, double> Magnitudes { get; }

    /// <summary>Words that are a vague amount on their own: Tausende, Dutzende.</summary>
    public Phrases<double> Vague { get; }

    /// <summary>The magnitude words after a vague quantifier: "mehrere tausend".</summary>
    public IReadOnlyDictionary<string, double> VagueMagnitudes { get; }

    public CueSet<bool> VagueQuantifiers { get; }

    /// <summary>Endings of a word that multiplies ("viermal", "vierfach"): a number cut before a hyphen and a range word ending so is a factor.</summary>
    public IReadOnlyList<string> TimesSuffixes { get; }

    /// <summary>Endings of an adjective of how many digits a number has ("dreistelligen"): a vague amount after it is only an order.</summary>
    public IReadOnlyList<string> DigitCountEndings { get; }

    public CueSet<Qualifier> QualifiersBefore { get; }

    public CueSet<Qualifier> QualifiersAfter { get; }

    public IReadOnlySet<string> RangeConnectors { get; }

    /// <summary>Words that, like a comma, join a spoken range of one step ("30 oder 40 Raketen").</summary>
    public IReadOnlySet<string> SpokenRangeJoiners { get; }

    /// <summary>A word that opens a range and the word that joins its ends: zwischen … und.</summary>
    public IReadOnlyDictionary<string, string> RangeOpeners { get; }

    private static Dictionary<string, double> Lower(Dictionary<string, double> map) =>
        map.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal);
}
