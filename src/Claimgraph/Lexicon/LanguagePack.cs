using Claimgraph.Text;

namespace Claimgraph.Lexicon;

/// <summary>
/// Everything the pipeline knows about one language, read from its data files: grammar facts,
/// numbers, measures, entities, cues, attribution patterns, page furniture, sentence rules.
/// Immutable once built; build it once and share it.
/// </summary>
public sealed class LanguagePack
{
    private LanguagePack(
        LanguageGrammar grammar,
        NumberLexicon numbers,
        MeasureLexicon measures,
        EntityLexicon entities,
        CueLexicon cues,
        AttributionLexicon attribution,
        FurnitureLexicon furniture,
        SentenceRules sentences,
        Recognizers.Dates.DateLexicon dates,
        Recognizers.Units.UnitLexicon units)
    {
        Units = units;
        Grammar = grammar;
        Numbers = numbers;
        Measures = measures;
        Entities = entities;
        Cues = cues;
        Attribution = attribution;
        Furniture = furniture;
        Sentences = sentences;
        Abbreviations = new AbbreviationSet(sentences);
        Dates = dates;
        QuantityOpeners = new WordClass(Recognizers.QuantityRecognizer.OpenerTest(numbers));
        // The cue sets matched over whole sentences, and the word classes asked of every token, look up each word form once between them.
        CueStarts = CueStartIndex.Over(
            cues.Relations, cues.SplitRelations, cues.LossesOfPeople, cues.LossesOfEquipment, cues.Receive, cues.Share, cues.Inflicted,
            cues.PlaceAnaphors, cues.CountryAnaphors, cues.ComparisonMarkers, cues.Increments, cues.Hedges, cues.ReportedSpeech,
            attribution.Cues, attribution.SplitVerbs, attribution.CommitmentParticiples, attribution.Continuation, attribution.ReportRelatives,
            QuantityOpeners, entities.AliasStarts, dates.DateWords, dates.PhraseWords, cues.PackageNouns, cues.AidOrPackageNouns, cues.ClaimModals, measures.TroopNouns,
            // Sets asked at single tokens (CueSet.TryMatchAt): their bit answers most tokens without a walk of their trie.
            cues.Subsets, cues.Partitives, cues.PartitiveOpeners, cues.SubsetOpeners, cues.PlanPeriods, cues.ValueLinks, cues.FundedProduction,
            attribution.SelfReference, attribution.BackReference, attribution.PhraseLinks, attribution.NameParticles, attribution.PhraseBreaks,
            attribution.Askers, numbers.VagueQuantifiers, numbers.QualifiersBefore, numbers.QualifiersAfter,
            // Word classes asked whether a sentence holds one ("der Gegner", "eigene", "wir", "Prämie", "finanziere"): a bit of its union of masks, not a pass.
            cues.EnemyNouns, cues.OwnSideWords, cues.FirstPersonPlural, cues.PayNouns,
            cues.ReportedSpeechForms,
            // Sets asked of most sentences with a claim or a source (after the word classes, so adding one shifts no bit above).
            cues.SplitLossesOfEquipment, attribution.BriefingVerbs, cues.PresentTimeAdverbs);
    }

    /// <summary>Which cue sets and word classes each word form may start (built with the pack; tokens of a sentence read their masks once).</summary>
    internal CueStartIndex CueStarts { get; }

    /// <summary>The word forms a quantity phrase may start with (number words, qualifiers, vague amounts, range openers).</summary>
    internal WordClass QuantityOpeners { get; }

    public string Code => Grammar.Code;

    public LanguageGrammar Grammar { get; }

    public NumberLexicon Numbers { get; }

    public MeasureLexicon Measures { get; }

    public EntityLexicon Entities { get; }

    /// <summary>Federal nouns and the federation each text's use of them names (Austria's "Bundesregierung" in a Viennese report).</summary>
    public FederalBodies FederalBodies { get; private init; } = FederalBodies.None;

    public CueLexicon Cues { get; }

    public AttributionLexicon Attribution { get; }

    public FurnitureLexicon Furniture { get; }

    public SentenceRules Sentences { get; }

    /// <summary>The abbreviations of <see cref="Sentences"/>, looked up by span.</summary>
    internal AbbreviationSet Abbreviations { get; }

    /// <summary>Month, weekday, season and relative-time words for the date recognizer (dates.yaml).</summary>
    public Recognizers.Dates.DateLexicon Dates { get; }

    /// <summary>
    /// Whether the pack has the claim vocabulary (measures.yaml and cues.yaml). A pack with only
    /// numbers, units and dates (English, for now) serves the recognizers but extracts no claims.
    /// </summary>
    public bool ExtractsClaims { get; private init; }

    /// <summary>Unit, currency and age words for the unit recognizers (units.yaml).</summary>
    public Recognizers.Units.UnitLexicon Units { get; }

    /// <summary>Builds a language pack from the data files of each source, later sources adding to earlier ones.</summary>
    public static LanguagePack Load(string language, params ILexiconSource[] sources)
    {
        var files = sources.SelectMany(s => s.FilesFor(language)).ToList();
        if (!files.Any(f => f.Name == "language.yaml"))
        {
            throw new LexiconException($"no language pack for '{language}' (no language.yaml)");
        }

        IReadOnlyList<LexiconFile> Named(string name) => files.Where(f => f.Name == name).ToList();

        var languageData = YamlDocuments.Read<LanguageData>(Named("language.yaml"));
        var grammar = new LanguageGrammar(
            languageData.Code,
            languageData.Name,
            new DigitConventions(Char(languageData.Digits, "group", '.'), Char(languageData.Digits, "decimal", ',')),
            languageData.NounEndings,
            languageData.AdjectiveEndings,
            LowerCaseSet.Of(languageData.Determiners),
            languageData.Engines.GetValueOrDefault("heads") == "compound-suffix",
            languageData.NounsCapitalized,
            languageData.RolePrepositions
                .SelectMany(p => p.Value.Select(word => (Word: word.ToLowerInvariant(), Role: p.Key)))
                .GroupBy(p => p.Word)
                .ToDictionary(g => g.Key, g => g.First().Role, StringComparer.Ordinal),
            languageData.AgentHeads.Select(h => h.ToLowerInvariant()).ToList(),
            LowerCaseSet.Of(languageData.Conjunctions),
            new FightLinks(
                LowerCaseSet.Of(languageData.FightPrepositions),
                languageData.FightNouns.Select(n => n.ToLowerInvariant()).ToList()),
            LowerCaseSet.Of(languageData.DativeDeterminers),
            languageData.NonPartyNouns.Select(n => n.ToLowerInvariant()).ToList(),
            LowerCaseSet.Of(languageData.BeneficiaryPrepositions),
            LowerCaseSet.Of(languageData.SupporterNouns),
            LowerCaseSet.Of(languageData.InfinitiveParticles))
        {
            Subordinators = LowerCaseSet.Of(languageData.Subordinators),
            RelativePronouns = LowerCaseSet.Of(languageData.RelativePronouns),
            InstrumentPrepositions = LowerCaseSet.Of(languageData.InstrumentPrepositions),
            NameInflections = languageData.NameInflections
                .Select(i => new NameInflection(i.Of.ToHashSet(), i.Suffix, i.ExceptAfter, i.OnlyAfter, i.SingleWord, i.Genitive))
                .ToList(),
            SpellingVariants = new Dictionary<string, string>(languageData.SpellingVariants, StringComparer.Ordinal),
            FiniteAuxiliaries = LowerCaseSet.Of(languageData.FiniteAuxiliaries),
            MasculineNames = LowerCaseSet.Of(languageData.MasculineNames),
            MasculineNominatives = LowerCaseSet.Of(languageData.MasculineNominatives),
            GenitivePluralAdjectiveEnding = languageData.GenitivePluralAdjectiveEnding,
            GenitivePluralNounEnding = languageData.GenitivePluralNounEnding,
            Comparatives = LowerCaseSet.Of(languageData.Comparatives),
            ComparisonParticles = LowerCaseSet.Of(languageData.ComparisonParticles),
            RankPrepositions = LowerCaseSet.Of(languageData.RankPrepositions),
            SpreadPrepositions = LowerCaseSet.Of(languageData.SpreadPrepositions),
            TimeAttributePrepositions = LowerCaseSet.Of(languageData.TimeAttributePrepositions),
            ParticipleEndings = languageData.ParticipleEndings.Select(e => e.ToLowerInvariant()).ToList(),
            PlacePrepositions = LowerCaseSet.Of(languageData.PlacePrepositions),
            AirspacePrepositions = LowerCaseSet.Of(languageData.AirspacePrepositions),
            ObstructionWords = LowerCaseSet.Of(languageData.ObstructionWords),
            MemberNouns = LowerCaseSet.Of(languageData.MemberNouns),
            ScenePrepositions = LowerCaseSet.Of(languageData.ScenePrepositions),
            PeopleOriginPrepositions = LowerCaseSet.Of(languageData.PeopleOriginPrepositions),
            GroundNouns = LowerCaseSet.Of(languageData.GroundNouns),
            PlacePartNouns = LowerCaseSet.Of(languageData.PlacePartNouns),
        };

        var numberData = YamlDocuments.Read<NumberLexiconData>(Named("numbers.yaml"));
        var numbers = new NumberLexicon(numberData, NumberEngine(languageData, numberData), "numbers.yaml");
        var measures = new MeasureLexicon(YamlDocuments.Read<MeasureLexiconData>(Named("measures.yaml")), grammar);
        var entityData = YamlDocuments.Read<EntityLexiconData>(Named("entities.yaml"));
        var entities = new EntityLexicon(entityData, grammar);
        var cues = new CueLexicon(YamlDocuments.Read<CueLexiconData>(Named("cues.yaml")), grammar);
        var attribution = new AttributionLexicon(YamlDocuments.Read<AttributionLexiconData>(Named("attribution.yaml")), grammar);
        var furniture = new FurnitureLexicon(YamlDocuments.Read<FurnitureLexiconData>(Named("furniture.yaml")));
        Recognizers.Dates.DateLexicon dates;
        try
        {
            dates = Recognizers.Dates.DateLexicon.Parse(YamlDocuments.MergedText(Named("dates.yaml")), numbers.Words);
        }
        catch (FormatException e)
        {
            throw new LexiconException($"{language}/dates.yaml: {e.Message}", e);
        }

        var sentences = SentenceRulesFrom(files, dates.MonthWords);
        var units = new Recognizers.Units.UnitLexicon(YamlDocuments.Read<Recognizers.Units.UnitLexiconData>(Named("units.yaml")), $"{language}/units.yaml");
        return new LanguagePack(grammar, numbers, measures, entities, cues, attribution, furniture, sentences, dates, units)
        {
            FederalBodies = FederalBodies.From(entityData, entities),
            ExtractsClaims = Named("measures.yaml").Count > 0 && Named("cues.yaml").Count > 0,
        };
    }

    // Month names come from dates.yaml (their one source); a user's months.txt may add to them.
    private static SentenceRules SentenceRulesFrom(IReadOnlyList<LexiconFile> files, IReadOnlyList<string> months)
    {
        string Joined(string name) => string.Join('\n', files.Where(f => f.Name == name).Select(f => f.Content));
        var monthList = string.Join('\n', months) + "\n" + Joined("months.txt");
        return SentenceRules.Parse(Joined("abbreviations.txt"), monthList, Joined("ordinal-determiners.txt"));
    }

    private static INumberWordReader NumberEngine(LanguageData language, NumberLexiconData data)
    {
        var engine = language.Engines.GetValueOrDefault("numbers", "german-compound");
        return engine switch
        {
            "german-compound" => new CompoundNumberWordReader(data),
            "english-hyphenated" => new EnglishNumberWordReader(data),
            _ => throw new LexiconException($"{language.Code}/language.yaml: unknown number engine '{engine}'"),
        };
    }

    private static char Char(Dictionary<string, string> map, string key, char fallback) =>
        map.TryGetValue(key, out var value) && value.Length == 1 ? value[0] : fallback;
}
