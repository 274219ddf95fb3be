namespace Claimgraph.Lexicon;

/// <summary>A language's counted nouns, units and property nouns, by measure of the claim spec.</summary>
public sealed class MeasureLexicon
{
    private readonly CompoundHeadMatcher<string> _counted;
    private readonly CompoundHeadMatcher<bool> _notCounted;
    private readonly CompoundHeadMatcher<bool> _containers;
    private readonly CompoundHeadMatcher<bool> _people;
    private readonly ModifiedMeasureData[] _modified;
    private readonly Dictionary<string, string> _units;
    private readonly HashSet<string> _unitFirstWords = new(StringComparer.Ordinal);

    // Filters of the first letters and lengths of the unit forms and of the first words of two-word units: the token after
    // every number is asked whether it is a unit, and most are not, answered without hashing them.
    private readonly KeyFilter _unitFilter;
    private readonly KeyFilter _unitFirstWordFilter;
    private readonly CompoundHeadMatcher<string> _properties;
    private readonly string[] _adjectiveEndings;
    private readonly FormMemo<NounFacts> _facts = new(8192);

    internal MeasureLexicon(MeasureLexiconData data, LanguageGrammar grammar)
    {
        _adjectiveEndings = grammar.AdjectiveEndings.OrderByDescending(e => e.Length).ToArray();
        _counted = new CompoundHeadMatcher<string>(
            data.Counted.SelectMany(p => p.Value.Select(stem => KeyValuePair.Create(stem, p.Key))),
            grammar.NounEndings,
            grammar.CompoundHeads);
        _notCounted = new CompoundHeadMatcher<bool>(data.NotCounted.Select(s => KeyValuePair.Create(s, true)), grammar.NounEndings, grammar.CompoundHeads);
        _containers = new CompoundHeadMatcher<bool>(data.Containers.Select(s => KeyValuePair.Create(s, true)), grammar.NounEndings, false);
        ContainerLinks = LowerCaseSet.Of(data.ContainerLinks);
        SystemStandIns = LowerCaseSet.Of(data.SystemStandIns);
        CountNouns = LowerCaseSet.Of(data.CountNouns);
        PhraseAdverbs = LowerCaseSet.Of(data.PhraseAdverbs);
        TerritoryNouns = LowerCaseSet.Of(data.TerritoryNouns);
        MixedOrigins = LowerCaseSet.Of(data.MixedOrigins);
        MixedMarkers = [.. data.MixedMarkers.Select(m => m.ToLowerInvariant())];
        _modified = [.. data.Modified];
        _people = new CompoundHeadMatcher<bool>(data.People.Select(s => KeyValuePair.Create(s, true)), grammar.NounEndings, grammar.CompoundHeads);
        _units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, forms) in data.Units)
        {
            foreach (var form in forms)
            {
                var lower = form.ToLowerInvariant();
                _units[lower] = code;
                // "kanadische Dollar": a unit of two words is looked up only after its first word.
                if (lower.IndexOf(' ') is > 0 and var space)
                {
                    _unitFirstWords.Add(lower[..space]);
                }
            }
        }

        _unitFilter = new KeyFilter(_units.Keys);
        _unitFirstWordFilter = new KeyFilter(_unitFirstWords);
        _properties = new CompoundHeadMatcher<string>(
            data.Properties.SelectMany(p => p.Value.Select(stem => KeyValuePair.Create(stem, p.Key))),
            grammar.NounEndings,
            grammar.CompoundHeads);
        CaliberUnits = data.CaliberUnits.ToHashSet(StringComparer.Ordinal);
        MoneyUnits = data.MoneyUnits.ToHashSet(StringComparer.Ordinal);
        CurrencyByCountry = data.CurrencyByCountry.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal);
        LengthUnits = data.LengthUnits.ToHashSet(StringComparer.Ordinal);
        RangeAdverbs = LowerCaseSet.Of(data.RangeAdverbs);
        ReachVerbs = LowerCaseSet.Of(data.ReachVerbs);
        DistanceNouns = LowerCaseSet.Of(data.DistanceNouns);
        TargetVerbs = LowerCaseSet.Of(data.TargetVerbs);
        SizeAdjectives = LowerCaseSet.Of(data.SizeAdjectives);
        var dimensionNouns = data.DimensionNouns.Select(n => n.ToLowerInvariant()).ToList();
        DimensionNouns = word => WordEndings.EndsWithAny(word, dimensionNouns);
        DimensionAdjectives = LowerCaseSet.Of(data.DimensionAdjectives);
        AdvanceBy = LowerCaseSet.Of(data.AdvanceBy);
        EchoVerbs = LowerCaseSet.Of(data.EchoVerbs);
        EchoSubjects = LowerCaseSet.Of(data.EchoSubjects);
        RouteFrom = LowerCaseSet.Of(data.RouteFrom);
        RouteTo = LowerCaseSet.Of(data.RouteTo);
        RatePrepositions = LowerCaseSet.Of(data.RatePrepositions);
        FireRatePeriods = LowerCaseSet.Of(data.FireRatePeriods);
        AreaUnits = data.AreaUnits.ToHashSet(StringComparer.Ordinal);
        CapacityUnits = data.CapacityUnits.ToHashSet(StringComparer.Ordinal);

        TroopNouns = new WordClass(word => MeasureOf(word, []) == "troops");
    }

    public IReadOnlySet<string> ContainerLinks { get; }

    /// <summary>Nouns that stand in for the weapon system named before the number ("61 Fahrzeuge" after "Beim Flakpanzer Gepard").</summary>
    public IReadOnlySet<string> SystemStandIns { get; }

    /// <summary>Nouns that name a count of what follows them, before the number ("die Zahl der Verwundeten liege bei 1.000").</summary>
    public IReadOnlySet<string> CountNouns { get; }

    /// <summary>Adverbs that may stand among the modifiers of a counted noun ("129.600 namentlich bekannte Gefallene").</summary>
    public IReadOnlySet<string> PhraseAdverbs { get; }

    /// <summary>Nouns for land ("Gebiet"): a country with one names whose land it is ("russischen Gebiets").</summary>
    public IReadOnlySet<string> TerritoryNouns { get; }

    /// <summary>Nouns for many countries: "Soldaten aus 14 Nationen" have no single side.</summary>
    public IReadOnlySet<string> MixedOrigins { get; }

    /// <summary>Word starts that make a clause's forces multinational ("multinationale Kampfgruppe").</summary>
    public IReadOnlyList<string> MixedMarkers { get; }

    public IReadOnlySet<string> CaliberUnits { get; }

    public IReadOnlySet<string> MoneyUnits { get; }

    /// <summary>Currency names several countries use ("kr"): the code per country.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> CurrencyByCountry { get; }

    public IReadOnlySet<string> LengthUnits { get; }

    /// <summary>Words after a length that make it how far a weapon reaches ("fliegt bis zu 690 Kilometer weit").</summary>
    public IReadOnlySet<string> RangeAdverbs { get; }

    /// <summary>Verbs whose object length is a weapon's reach ("erreicht bis zu 60 Kilometer").</summary>
    public IReadOnlySet<string> ReachVerbs { get; }

    /// <summary>Nouns of distance a length stands with ("in bis zu 300 Kilometern Entfernung").</summary>
    public IReadOnlySet<string> DistanceNouns { get; }

    /// <summary>Verbs of hitting a target: with a length at a distance noun in their clause, the length is a reach ("Ziele … treffen").</summary>
    public IReadOnlySet<string> TargetVerbs { get; }

    /// <summary>Adjectives of size after an area: the area measures a place ("230 Quadratkilometer großen Gelände").</summary>
    public IReadOnlySet<string> SizeAdjectives { get; }

    /// <summary>Nouns (endings) of a front's or place's width or length; asked only of a length with a unit.</summary>
    public Func<string, bool> DimensionNouns { get; }

    /// <summary>Adjectives of width or length right after a length ("auf einem zwölf Kilometer breiten Abschnitt"): the length
    /// measures a front or place, no advance.</summary>
    public IReadOnlySet<string> DimensionAdjectives { get; }

    /// <summary>Words opening a clause that holds only a length after a clause with an advance verb ("…, um etwa drei Kilometer").</summary>
    public IReadOnlySet<string> AdvanceBy { get; }

    /// <summary>A copula and an impersonal subject right before an amount ("…, mit normalen Granaten sind es rund 40 Kilometer"):
    /// the amount is another value of the property the sentence named before, across a comma.</summary>
    public IReadOnlySet<string> EchoVerbs { get; }

    /// <summary>The impersonal subjects of <see cref="EchoVerbs"/> ("es").</summary>
    public IReadOnlySet<string> EchoSubjects { get; }

    /// <summary>Words of whence and whither of a route ("vom … bis …") in an echo's clause: a distance between places.</summary>
    public IReadOnlySet<string> RouteFrom { get; }

    /// <summary>See <see cref="RouteFrom"/>.</summary>
    public IReadOnlySet<string> RouteTo { get; }

    /// <summary>Words that make a period a rate ("pro", "je").</summary>
    public IReadOnlySet<string> RatePrepositions { get; }

    /// <summary>Periods so short that rounds counted per one are a weapon's rate of fire, no claim ("pro Minute … zwei Schuss").</summary>
    public IReadOnlySet<string> FireRatePeriods { get; }

    public IReadOnlySet<string> AreaUnits { get; }

    public IReadOnlySet<string> CapacityUnits { get; }

    /// <summary>Nouns that count troops on their own ("Truppen", "Soldaten"): a word class of the pack's cue index, so each word form is looked up once.</summary>
    internal WordClass TroopNouns { get; }

    /// <summary>
    /// What the counted-noun finder asks of the head of a noun phrase, all at once: its counted measure and stem, whether a
    /// longer stem that counts nothing blocks it, whether it names people, a container or a stand-in of a weapon system.
    /// The finder asks several of these of the same noun (and of the same nouns again for every quantity of a sentence);
    /// each was a lookup in a memo of its own, a cache miss each. Remembered by string identity (the pooled token strings) in a
    /// direct-mapped table whose slots are replaced whole, so threads may share it without a lock.
    /// </summary>
    internal NounFacts FactsOf(string lowerWord)
    {
        if (_facts.TryGet(lowerWord, out var known))
        {
            return known;
        }

        var facts = new NounFacts(lowerWord);
        if (_counted.TryMatch(lowerWord, out var measure, out var stem))
        {
            facts.Counted = true;
            facts.Measure = measure;
            facts.Stem = stem;
            facts.Blocked = _notCounted.TryMatch(lowerWord, out _, out var blocked) && blocked.Length > stem.Length;
        }

        facts.People = _people.TryMatch(lowerWord, out _, out _);
        facts.Container = _containers.TryMatch(lowerWord, out _, out _);
        facts.StandIn = SystemStandIns.Contains(lowerWord);
        return _facts.Remember(facts);
    }

    /// <summary>The measure a noun counts, by the head of the compound; null when it counts nothing we track.</summary>
    public string? MeasureOf(string lowerNoun, IReadOnlyList<string> lowerAdjectivesBefore) => MeasureOf(FactsOf(lowerNoun), lowerAdjectivesBefore);

    /// <summary><see cref="MeasureOf(string, IReadOnlyList{string})"/> of a noun whose facts are known.</summary>
    internal string? MeasureOf(NounFacts noun, IReadOnlyList<string> lowerAdjectivesBefore) =>
        !noun.Counted || noun.Blocked ? null : Modified(noun.Measure!, noun.Stem, lowerAdjectivesBefore);

    private string Modified(string measure, string stem, IReadOnlyList<string> lowerAdjectivesBefore)
    {
        // Indexed: a foreach over the interface would box an enumerator per noun.
        for (var a = 0; a < lowerAdjectivesBefore.Count; a++)
        {
            var adjective = lowerAdjectivesBefore[a];
            foreach (var modified in _modified)
            {
                if (stem.EndsWith(modified.Head, StringComparison.Ordinal) && HasStem(adjective, modified.Adjective))
                {
                    return modified.Measure;
                }
            }
        }

        return measure;
    }

    /// <summary>The narrower measure an adjective gives a noun of <paramref name="measure"/> ("ballistisch" of missiles: ballistic missiles).</summary>
    public string? NarrowedBy(string measure, string lowerAdjective)
    {
        foreach (var modified in _modified)
        {
            if (HasStem(lowerAdjective, modified.Adjective) && _counted.TryMatch(modified.Head, out var headMeasure, out _) && headMeasure == measure)
            {
                return modified.Measure;
            }
        }

        return null;
    }

    /// <summary>The measure of a noun only an adjective makes countable ("gepanzerte Fahrzeuge").</summary>
    public string? MeasureOfModified(string lowerNoun, IReadOnlyList<string> lowerAdjectivesBefore)
    {
        // Indexed: a foreach over the interface would box an enumerator per noun.
        for (var a = 0; a < lowerAdjectivesBefore.Count; a++)
        {
            var adjective = lowerAdjectivesBefore[a];
            foreach (var modified in _modified)
            {
                if (HasStem(adjective, modified.Adjective) && HeadIs(lowerNoun, modified.Head))
                {
                    return modified.Measure;
                }
            }
        }

        return null;
    }

    /// <summary>People in general ("Menschen", "Zivilisten"): a claim only when a loss cue says what happened to them.</summary>
    public bool IsPeople(string lowerNoun) => _people.TryMatch(lowerNoun, out _, out _);

    public bool IsContainer(string lowerNoun) => _containers.TryMatch(lowerNoun, out _, out _);

    public bool TryUnit(string lowerToken, out string unit)
    {
        if (!_unitFilter.MayContain(lowerToken))
        {
            unit = null!;
            return false;
        }

        return _units.TryGetValue(lowerToken, out unit!);
    }

    /// <summary>A unit of two words ("kanadische Dollar", "Schweizer Franken"), given both lower-cased.</summary>
    public bool TryUnit(string lowerFirst, string lowerSecond, out string unit)
    {
        unit = "";
        return _unitFirstWordFilter.MayContain(lowerFirst) && _unitFirstWords.Contains(lowerFirst) && _units.TryGetValue(lowerFirst + " " + lowerSecond, out unit!);
    }

    public string? PropertyOf(string lowerNoun) => _properties.TryMatch(lowerNoun, out var property, out _) ? property : null;

    // A loop, not Any with a lambda: that allocated a closure for every adjective and rule.
    private bool HasStem(string adjective, string stem)
    {
        foreach (var e in _adjectiveEndings)
        {
            if (adjective.Length == stem.Length + e.Length && adjective.StartsWith(stem, StringComparison.Ordinal) && adjective.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HeadIs(string noun, string head) =>
        noun.StartsWith(head, StringComparison.Ordinal) || noun.Contains(head, StringComparison.Ordinal);
}

/// <summary>What <see cref="MeasureLexicon.FactsOf"/> knows of a word form.</summary>
internal sealed class NounFacts(string form) : FormFacts(form)
{
    /// <summary>Whether a counted stem ends the word; then <see cref="Measure"/> and <see cref="Stem"/> are its.</summary>
    public bool Counted;
    public string? Measure;
    public string Stem = "";

    /// <summary>A longer stem that counts nothing ends the word.</summary>
    public bool Blocked;
    public bool People;
    public bool Container;
    public bool StandIn;
}
