namespace Claimgraph.Lexicon;

/// <summary>A language's words for numbers, magnitudes, vague amounts, qualifiers and ranges.</summary>
public sealed class NumberLexicon
{
    internal NumberLexicon(NumberLexiconData data, INumberWordReader words, string origin)
    {
        Words = words;
        Magnitudes = Lower(data.Magnitudes);
        Vague = Lower(data.Vague);
        VagueMagnitudes = Lower(data.VagueMagnitudes);
        VagueQuantifiers = CueSet<bool>.From(data.VagueQuantifiers.Select(q => (q + "~", true)));
        QualifiersBefore = CueSet<Qualifier>.From(data.QualifiersBefore.Select(p => (Exactly(p.Key), QualifierNames.Parse(p.Value, origin))));
        QualifiersAfter = CueSet<Qualifier>.From(data.QualifiersAfter.Select(p => (Exactly(p.Key), QualifierNames.Parse(p.Value, origin))));
        RangeConnectors = data.RangeConnectors.Select(c => c.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        RangeOpeners = data.RangeOpeners.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value.ToLowerInvariant(), StringComparer.Ordinal);
    }

    public INumberWordReader Words { get; }

    /// <summary>Words that multiply the number before them: Millionen, Mrd.</summary>
    public IReadOnlyDictionary<string, double> Magnitudes { get; }

    /// <summary>Words that are a vague amount on their own: Tausende, Dutzende.</summary>
    public IReadOnlyDictionary<string, double> Vague { get; }

    /// <summary>The magnitude words after a vague quantifier: "mehrere tausend".</summary>
    public IReadOnlyDictionary<string, double> VagueMagnitudes { get; }

    public CueSet<bool> VagueQuantifiers { get; }

    public CueSet<Qualifier> QualifiersBefore { get; }

    public CueSet<Qualifier> QualifiersAfter { get; }

    public IReadOnlySet<string> RangeConnectors { get; }

    /// <summary>A word that opens a range and the word that joins its ends: zwischen … und.</summary>
    public IReadOnlyDictionary<string, string> RangeOpeners { get; }

    private static Dictionary<string, double> Lower(Dictionary<string, double> map) =>
        map.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal);

    // Qualifier words must match whole words: "über" must not match "überstellt".
    private static string Exactly(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w + "~"));
}
