namespace Claimgraph.Lexicon;

/// <summary>A language's cue words: relations, losses, receiving verbs, increments, hedges, reported speech.</summary>
public sealed class CueLexicon
{
    internal CueLexicon(CueLexiconData data, LanguageGrammar grammar)
    {
        Relations = CueSet<string>.From(SpellingVariants.Expand(data.Relations.SelectMany(p => p.Value.Select(c => (c, p.Key))), grammar.SpellingVariants));
        LossesOfPeople = CueSet<string>.From(data.LossesOfPeople.SelectMany(p => p.Value.Select(c => (c, p.Key))));
        LossesOfEquipment = CueSet<bool>.From(SpellingVariants.Expand(data.LossesOfEquipment.Select(c => (c, true)), grammar.SpellingVariants));
        Receive = CueSet<bool>.From(data.Receive.Select(c => (c, true)));
        Share = CueSet<bool>.From(data.Share.Select(c => (c, true)));
        Inflicted = CueSet<bool>.From(data.Inflicted.Select(c => (c, true)));
        Subsets = CueSet<bool>.From(data.Subsets.Select(c => (c, true)));
        HeadingAnaphors = CueSet<bool>.From(data.HeadingAnaphors.Select(c => (c, true)));
        Partitives = CueSet<bool>.From(data.Partitives.Select(c => (c, true)));
        PlaceAnaphors = CueSet<bool>.From(data.PlaceAnaphors.Select(c => (c, true)));
        GappingLinks = CueSet<bool>.From(data.GappingLinks.Select(c => (c, true)));
        StateNouns = LowerCaseSet.Of(data.StateNouns);
        CountryAnaphors = CueSet<bool>.From(data.CountryAnaphors.Select(c => (c, false)).Concat(data.SpeakerCountryAnaphors.Select(c => (c, true))));
        OwnFrontDestinations = CueSet<bool>.From(data.OwnFrontDestinations.Select(c => (c, true)));
        Stockpiles = CueSet<bool>.From(data.Stockpiles.Select(c => (c, true)));
        Carrying = CueSet<bool>.From(data.Carrying.Select(c => (c, true)));
        Sightings = CueSet<bool>.From(data.Sightings.Select(c => (c, true)));
        SplitRelations = CueSet<IReadOnlyDictionary<string, string>>.From(
            data.SplitRelations
                .SelectMany(r => r.Value.SelectMany(p => p.Value.Select(v => (Verb: v, Particle: p.Key.ToLowerInvariant(), Relation: r.Key))))
                .GroupBy(v => v.Verb, StringComparer.Ordinal)
                .Select(g => (g.Key, (IReadOnlyDictionary<string, string>)g.GroupBy(v => v.Particle).ToDictionary(p => p.Key, p => p.First().Relation, StringComparer.Ordinal))));
        SplitLossesOfEquipment = CueSet<string>.From(data.SplitLossesOfEquipment.SelectMany(p => p.Value.Select(v => (v, p.Key.ToLowerInvariant()))));
        Accusations = CueSet<string>.From(data.Accusations.SelectMany(p => p.Value.Select(v => (v, p.Key.ToLowerInvariant()))));
        Increments = CueSet<bool>.From(data.Increments.Select(c => (c + "~", true)));
        var packageNouns = data.PackageNouns.Select(n => n.ToLowerInvariant()).ToList();
        var aidNouns = data.AidNouns.Select(n => n.ToLowerInvariant()).ToList();
        PackageNouns = new WordClass(word => WordEndings.EndsWithAny(word, packageNouns));
        _fundNouns = data.FundNouns.Select(n => n.ToLowerInvariant()).ToList();
        var fundNouns = _fundNouns;
        _additionNouns = data.AdditionNouns.Select(n => n.ToLowerInvariant()).ToList();
        var additionNouns = _additionNouns;
        AidOrPackageNouns = new WordClass(word => WordEndings.EndsWithAny(word, packageNouns) || WordEndings.EndsWithAny(word, aidNouns)
            || WordEndings.EndsWithAny(word, fundNouns) || WordEndings.EndsWithAny(word, additionNouns));
        PackagePronouns = LowerCaseSet.Of(data.PackagePronouns);
        LossPronouns = LowerCaseSet.Of(data.LossPronouns);
        CollectiveGivers = LowerCaseSet.Of(data.CollectiveGivers);
        PackageReportOpeners = LowerCaseSet.Of(data.PackageReportOpeners);
        PackageDeterminers = LowerCaseSet.Of(data.PackageDeterminers);
        PackageValueNouns = LowerCaseSet.Of(data.PackageValueNouns);
        PackagePossessives = LowerCaseSet.Of(data.PackagePossessives);
        ValueLinks = WholeWordCues.From(data.ValueLinks);
        OfferPeriods = WholeWordCues.From(data.OfferPeriods);
        GroupSizes = CueSet<bool>.From(data.GroupSizes.Select(c => (c, true)));
        FundedProduction = CueSet<bool>.From(data.FundedProduction.Select(c => (c, true)));
        WeaponUse = LowerCaseSet.Of(data.WeaponUse);
        SendingVerbs = LowerCaseSet.Of(data.SendingVerbs);
        TargetPrepositions = LowerCaseSet.Of(data.TargetPrepositions);
        PlaceTargetPrepositions = LowerCaseSet.Of(data.PlaceTargetPrepositions);
        Demonstratives = LowerCaseSet.Of(data.Demonstratives);
        AmountLinks = LowerCaseSet.Of(data.AmountLinks);
        ComparisonMarkers = CueSet<bool>.From(data.ComparisonMarkers.Select(c => (c + "~", true)));
        FiringRates = CueSet<bool>.From(data.FiringRates.Select(c => (c, true)));
        ComparisonSubjects = LowerCaseSet.Of(data.ComparisonSubjects);
        ComparisonPrepositions = LowerCaseSet.Of(data.ComparisonPrepositions);
        CountLinks = LowerCaseSet.Of(data.CountLinks);
        PlanModals = LowerCaseSet.Of(data.PlanModals);
        PlanEndings = LowerCaseSet.Of(data.PlanEndings);
        PlanTimes = LowerCaseSet.Of(data.PlanTimes);
        PlanBounds = LowerCaseSet.Of(data.PlanBounds);
        PlanPeriods = WholeWordCues.From(data.PlanPeriods);
        PerfectInfinitives = LowerCaseSet.Of(data.PerfectInfinitives);
        HearsayInfinitives = LowerCaseSet.Of(data.HearsayInfinitives);
        HearsayCopulas = LowerCaseSet.Of(data.HearsayCopulas);
        InterviewAddresses = LowerCaseSet.Of(data.InterviewAddresses);
        HearsayParticiples = LowerCaseSet.Of(data.HearsayParticiples);
        var claimModals = LowerCaseSet.Of(data.ClaimModals);
        ClaimModals = new WordClass(claimModals.Contains);
        SubordinateModals = LowerCaseSet.Of(data.SubordinateModals);
        PossibilityHedges = LowerCaseSet.Of(data.PossibilityHedges);
        IncrementAdverbs = LowerCaseSet.Of(data.IncrementAdverbs);
        EnemyNouns = new WordClass(LowerCaseSet.Of(data.EnemyNouns).Contains);
        EnemySubjectDeterminers = LowerCaseSet.Of(data.EnemySubjectDeterminers);
        OwnSideWords = new WordClass(LowerCaseSet.Of(data.OwnSideWords).Contains);
        ForceNouns = data.ForceNouns.Select(n => n.ToLowerInvariant()).ToList();
        ForceLinks = LowerCaseSet.Of(data.ForceLinks);
        DeathLinks = LowerCaseSet.Of(data.DeathLinks);
        FirstPersonSubjects = LowerCaseSet.Of(data.FirstPersonSubjects);
        FirstPersonPlural = new WordClass(LowerCaseSet.Of(data.FirstPersonPlural).Contains);
        SpeakerImpersonals = LowerCaseSet.Of(data.SpeakerImpersonals);
        Summaries = LowerCaseSet.Of(data.Summaries);
        Additions = LowerCaseSet.Of(data.Additions);
        GappedAdditions = LowerCaseSet.Of(data.GappedAdditions);
        ConversionWords = LowerCaseSet.Of(data.ConversionWords);
        PriceVerbs = LowerCaseSet.Of(data.PriceVerbs);
        LandStates = LowerCaseSet.Of(data.LandStates);
        CostNouns = LowerCaseSet.Of(data.CostNouns);
        var payNouns = data.PayNouns.Select(n => n.ToLowerInvariant()).ToList();
        PayNouns = new WordClass(word => WordEndings.EndsWithAny(word, payNouns));
        MarketNouns = LowerCaseSet.Of(data.MarketNouns);
        OtherWars = LowerCaseSet.Of(data.OtherWars);
        ConditionalOpeners = LowerCaseSet.Of(data.ConditionalOpeners);
        HolderLinks = LowerCaseSet.Of(data.HolderLinks);
        ConditionalConjunctions = LowerCaseSet.Of(data.ConditionalConjunctions);
        SubjunctiveVerbs = LowerCaseSet.Of(data.SubjunctiveVerbs);
        RatioOpeners = WholeWordCues.From(data.RatioOpeners);
        RatioVerbs = LowerCaseSet.Of(data.RatioVerbs);
        FocusParticles = LowerCaseSet.Of(data.FocusParticles);
        PartOfWhole = LowerCaseSet.Of(data.PartOfWhole);
        RemainderWords = LowerCaseSet.Of(data.RemainderWords);
        OwnTypeWords = LowerCaseSet.Of(data.OwnTypeWords);
        ProductionNouns = LowerCaseSet.Of(data.ProductionNouns);
        CapacityNouns = LowerCaseSet.Of(data.CapacityNouns);
        PlantNouns = LowerCaseSet.Of(data.PlantNouns);
        PriceUnits = LowerCaseSet.Of(data.PriceUnits);
        PerHeadNouns = LowerCaseSet.Of(data.PerHeadNouns);
        HedgedCauses = LowerCaseSet.Of(data.HedgedCauses);
        AttackNouns = data.AttackNouns.Select(n => n.ToLowerInvariant()).ToList();
        AttackPrepositions = LowerCaseSet.Of(data.AttackPrepositions);
        CaptivityNouns = data.CaptivityNouns.Select(n => n.ToLowerInvariant()).ToList();
        JammingNouns = data.JammingNouns.Select(n => n.ToLowerInvariant()).ToList();
        PartitiveOpeners = CueSet<bool>.From(data.PartitiveOpeners.Select(c => (c, true)));
        SubsetOpeners = CueSet<bool>.From(data.SubsetOpeners.Select(c => (c, true)));
        Hedges = CueSet<bool>.From(SpellingVariants.Expand(data.Hedges.Select(c => (c, true)), grammar.SpellingVariants));
        ReportedSpeech = CueSet<bool>.From(SpellingVariants.Expand(data.ReportedSpeech.Select(c => (c, true)), grammar.SpellingVariants));
        var reportedSpeechEndings = data.ReportedSpeechEndings.Select(e => e.ToLowerInvariant()).ToList();
        ReportedSpeechForms = new WordClass(word => word.Length > MinReportedSpeechFormLength && WordEndings.EndsWithAny(word, reportedSpeechEndings));
        PreteriteSubjunctives = CueSet<bool>.From(data.PreteriteSubjunctives.Select(c => (c, true)));
        PresentTimeAdverbs = new WordClass(LowerCaseSet.Of(data.PresentTimeAdverbs).Contains);
    }

    /// <summary>Verbs and nouns that signal a relation: supply, deployment, losses, capability, advance, fired.</summary>
    public CueSet<string> Relations { get; }

    /// <summary>What happened to people: killed, wounded, captured, casualties.</summary>
    public CueSet<string> LossesOfPeople { get; }

    public CueSet<bool> LossesOfEquipment { get; }

    /// <summary>Verbs whose subject is the receiver (erhalten, bekommen).</summary>
    public CueSet<bool> Receive { get; }

    /// <summary>Verbs of a share falling to someone (entfallen auf): the party after the preposition pays it.</summary>
    public CueSet<bool> Share { get; }

    /// <summary>Verbs whose subject inflicted a loss on the other side (zerstören, abschießen).</summary>
    public CueSet<bool> Inflicted { get; }

    /// <summary>Words that open a subset of the claim before them ("darunter").</summary>
    public CueSet<bool> Subsets { get; }

    /// <summary>Words opening a paragraph that stand for the number a heading line of its own gave just before ("2. 840'000 / Auf so viele Tote …").</summary>
    public CueSet<bool> HeadingAnaphors { get; }

    /// <summary>Relation verbs whose particle ends the clause ("setzte … ein"): each verb form with its particles and their relations.</summary>
    public CueSet<IReadOnlyDictionary<string, string>> SplitRelations { get; }

    /// <summary>Verbs of shooting down whose particle must end their clause ("schoss … ab", "fängt … ab"), each with that particle:
    /// a loss of equipment inflicted by their subject.</summary>
    public CueSet<string> SplitLossesOfEquipment { get; }

    /// <summary>Verbs of accusing ("beschuldigt", "wirft … vor"), each with the particle that must end its clause ("" for none):
    /// the accused is the subject of the infinitive clause after them.</summary>
    public CueSet<string> Accusations { get; }

    /// <summary>Words that point back to the country named before ("das Land"); true for a possessive ("sein Land"),
    /// which points to the country of the person named before it in its sentence.</summary>
    public CueSet<bool> CountryAnaphors { get; }

    /// <summary>Nouns for a state ("Großherzogtum"): a dative article after one is no genitive.</summary>
    public IReadOnlySet<string> StateNouns { get; }

    /// <summary>"schicke sie an die Front": where a side sends its own weapons; a sending verb with one in its clause supplies nobody.</summary>
    public CueSet<bool> OwnFrontDestinations { get; }

    /// <summary>"noch etwa 2.500 Kampfpanzer in Depots": weapons a side holds in store, counted as held, not supplied.</summary>
    public CueSet<bool> Stockpiles { get; }

    /// <summary>"ein Startfahrzeug, das zwei Raketen transportieren kann": weapons a carrier holds, its capacity.</summary>
    public CueSet<bool> Carrying { get; }

    /// <summary>"hat … 60 ballistische Raketen registriert": weapons a side registers coming in, fired at it by its opponent.</summary>
    public CueSet<bool> Sightings { get; }

    /// <summary>Words that point back to the place named before ("in die Region", "dort").</summary>
    public CueSet<bool> PlaceAnaphors { get; }

    /// <summary>Words opening a clause without a verb before the country it repeats the clause before for: "gefolgt von".</summary>
    public CueSet<bool> GappingLinks { get; }

    /// <summary>Words after a number that take part of what an earlier claim counted ("von ihnen", "davon").</summary>
    public CueSet<bool> Partitives { get; }

    public CueSet<bool> Increments { get; }

    /// <summary>Deployment cues (as listed) that, said of weapons, mean they were used: "eingesetzt".</summary>
    public IReadOnlySet<string> WeaponUse { get; }

    /// <summary>Supply cues of sending ("schick"): weapons fired sent at a target (`TargetPrepositions`, `PlaceTargetPrepositions`) are fired.</summary>
    public IReadOnlySet<string> SendingVerbs { get; }

    /// <summary>Prepositions after which anything is a target ("gegen").</summary>
    public IReadOnlySet<string> TargetPrepositions { get; }

    /// <summary>Prepositions after which a country or place named right after is a target ("auf Kiew").</summary>
    public IReadOnlySet<string> PlaceTargetPrepositions { get; }

    /// <summary>Demonstratives that point a counted noun back to the system named before ("dieser Drohnen", "dieses Typs").</summary>
    public IReadOnlySet<string> Demonstratives { get; }

    /// <summary>Prepositions that link a count to a noun before it ("Die Verluste lagen bei 1.523").</summary>
    public IReadOnlySet<string> AmountLinks { get; }

    /// <summary>Words that compare a bare number with one reported before ("zuvor").</summary>
    public CueSet<bool> ComparisonMarkers { get; }

    /// <summary>Words of a day's amount: a count of fired weapons per day with no verb of giving was fired.</summary>
    public CueSet<bool> FiringRates { get; }

    /// <summary>Modals that state a plan when their clause ends in a plan ending ("sollen … hergestellt werden").</summary>
    public IReadOnlySet<string> PlanModals { get; }

    /// <summary>Clause endings that make a plan modal a plan ("werden").</summary>
    public IReadOnlySet<string> PlanEndings { get; }

    /// <summary>Verbs of cost: with a word for one or each in the clause, an amount of money is a price.</summary>
    public IReadOnlySet<string> PriceVerbs { get; }

    /// <summary>Words for what state land is in ("vermint"): an area in their clause measures the land, not ground gained.</summary>
    public IReadOnlySet<string> LandStates { get; }

    /// <summary>Nouns for spending ("Ausgaben", "Kosten"): money they name in a sentence that gives nothing is no aid.</summary>
    public IReadOnlySet<string> CostNouns { get; }

    /// <summary>Singular nouns for one person's pay, by their endings ("Prämie", "Monatssold"): money in their sentence is earnings,
    /// no aid. A class of the cue masks, so a sentence without one is passed by a bit test.</summary>
    internal WordClass PayNouns { get; }

    /// <summary>Nouns of a share's price or a firm's worth ("Aktie", "Börsenwert"): money in their clause, with no verb of giving, is no aid.</summary>
    public IReadOnlySet<string> MarketNouns { get; }

    /// <summary>Words of another war or a state of the past ("Weltkrieg", "Sowjetunion"): a count in their clause compares, it is no claim.</summary>
    public IReadOnlySet<string> OtherWars { get; }

    /// <summary>Finite verbs of the subjunctive that open a conditional clause ("Würde Europa 100.000 Soldaten schicken, …"): no claim in it.</summary>
    public IReadOnlySet<string> ConditionalOpeners { get; }

    /// <summary>Words giving the country before them the amount after them in a ranking of givers ("die USA mit rund 64 Milliarden Euro").</summary>
    public IReadOnlySet<string> HolderLinks { get; }

    /// <summary>Conjunctions of condition ("wenn", "falls"): a count in the clause they open is hypothetical when a subjunctive verb answers it.</summary>
    public IReadOnlySet<string> ConditionalConjunctions { get; }

    /// <summary>Subjunctive verbs besides the conditional openers that answer a condition ("Wenn …, bräuchte es Monate").</summary>
    public IReadOnlySet<string> SubjunctiveVerbs { get; }
    /// <summary>"auf jede ukrainische Granate kommen drei russische": words that open the first part of a ratio; no claim in its clause.</summary>
    public CueSet<bool> RatioOpeners { get; }

    /// <summary>Forms of "kommen" that make a clause opened by "auf" and a count a ratio (<c>ratio_verbs</c>).</summary>
    public IReadOnlySet<string> RatioVerbs { get; }

    /// <summary>Nouns for making weapons: opening a clause as its subject, they make it state what is made ("Die Produktion … liegt bei …").</summary>
    public IReadOnlySet<string> ProductionNouns { get; }

    /// <summary>Nouns of a capacity: before "von" and an amount they state what can be made ("eine Kapazität von 450.000 Granaten").</summary>
    public IReadOnlySet<string> CapacityNouns { get; }

    /// <summary>Plants: as the subject of a clause that names no receiver they make what they deliver ("Das Werk soll … liefern").</summary>
    public IReadOnlySet<string> PlantNouns { get; }

    /// <summary>Particles that may stand between a part word and its bare number ("davon nur elf").</summary>
    public IReadOnlySet<string> FocusParticles { get; }

    /// <summary>Words joining a part to the whole counted after it: "112 von 138 Drohnen".</summary>
    public IReadOnlySet<string> PartOfWhole { get; }

    /// <summary>Words before a count naming the rest of goods named before: "die übrigen 18 Panzer".</summary>
    public IReadOnlySet<string> RemainderWords { get; }

    /// <summary>Words right after a counted noun that name its own type: "zwölf Haubitzen vom Typ RCH 155".</summary>
    public IReadOnlySet<string> OwnTypeWords { get; }

    /// <summary>Words for one or each piece ("jede", "eine", "pro").</summary>
    public IReadOnlySet<string> PriceUnits { get; }

    /// <summary>Words for one person after a word for each ("pro Kopf", "je Einwohner"): money per head is a rate, no aid.</summary>
    public IReadOnlySet<string> PerHeadNouns { get; }

    /// <summary>Words for the enemy ("der Gegner"): its side is the opponent of the source's (a bit of the pack's cue masks: whether a
    /// sentence has one is a test of its union).</summary>
    internal WordClass EnemyNouns { get; }

    /// <summary>Articles that make an enemy noun after them the subject ("der Gegner habe …", not "um den Gegner aufzuhalten").</summary>
    public IReadOnlySet<string> EnemySubjectDeterminers { get; }

    /// <summary>Words that make counted people the source's own ("eigene Soldaten"): a loss of the speaker's side.</summary>
    internal WordClass OwnSideWords { get; }

    /// <summary>Endings of nouns for a whole armed force ("Armee", "Streitkräfte"): troops joined to one are its size.</summary>
    public IReadOnlyList<string> ForceNouns { get; }

    /// <summary>Words that join a force to its size ("eine Armee von …", "Streitkräfte mit …").</summary>
    public IReadOnlySet<string> ForceLinks { get; }

    /// <summary>Words between a death noun and the count of the people who died ("Tod von").</summary>
    public IReadOnlySet<string> DeathLinks { get; }

    /// <summary>"wir", "unsere": the speaker's own side, in an interview or a quotation.</summary>
    internal WordClass FirstPersonPlural { get; }

    /// <summary>"wir" as a subject: troops counted in its clause are the speaker's own.</summary>
    public IReadOnlySet<string> FirstPersonSubjects { get; }

    /// <summary>Impersonal subjects that stand for the government saying so ("habe man bereitgestellt, sagte ein Regierungssprecher").</summary>
    public IReadOnlySet<string> SpeakerImpersonals { get; }

    /// <summary>Words that open a clause summing up the one before ("insgesamt").</summary>
    public IReadOnlySet<string> Summaries { get; }

    /// <summary>Words that open a sentence adding to the claim before ("Dazu").</summary>
    public IReadOnlySet<string> Additions { get; }

    /// <summary>Words right before an amount in a clause with no verb that add it to the clause before ("…, über der Krim zudem 43 Drohnen").</summary>
    public IReadOnlySet<string> GappedAdditions { get; }

    /// <summary>Words that give an amount of money again in another currency ("…, umgerechnet rund 1,4 Milliarden Euro").</summary>
    public IReadOnlySet<string> ConversionWords { get; }

    /// <summary>Hedging modals that, ending a later clause, hedge only that clause.</summary>
    public IReadOnlySet<string> SubordinateModals { get; }

    /// <summary>Hedges of possibility ("könne"), which a sentence without claims does not pass on to the report continuing it.</summary>
    public IReadOnlySet<string> PossibilityHedges { get; }

    /// <summary>Increment words that are adverbs: anywhere before the amount in its clause they mark it ("finanziert zusätzlich … 18 Haubitzen").</summary>
    public IReadOnlySet<string> IncrementAdverbs { get; }

    /// <summary>Words of a time still to come: with a plan modal, the sentence states a plan.</summary>
    public IReadOnlySet<string> PlanTimes { get; }

    /// <summary>Words before a deadline or start ("bis 2028", "ab Januar"): with a plan modal and a plain infinitive, a plan.</summary>
    public IReadOnlySet<string> PlanBounds { get; }

    /// <summary>The period now running ("in diesem Jahr"): with a plan modal and a plain infinitive, a plan.</summary>
    public CueSet<bool> PlanPeriods { get; }

    /// <summary>Infinitives that make a modal's clause a past reported ("geschickt haben", "getötet worden sein").</summary>
    public IReadOnlySet<string> PerfectInfinitives { get; }

    /// <summary>"sollen … befunden haben": infinitives that, ending the clause of "soll/sollen", make it hearsay of the past.</summary>
    public IReadOnlySet<string> HearsayInfinitives { get; }

    /// <summary>"sollen … verlegt worden sein": copulas that make such hearsay after one of <see cref="HearsayParticiples"/>.</summary>
    public IReadOnlySet<string> HearsayCopulas { get; }

    /// <summary>"Herr Kälin, …": the words of address that open an interviewer's question to the person interviewed.</summary>
    public IReadOnlySet<string> InterviewAddresses { get; }

    /// <summary>"worden", "gewesen": participles before a copula ending the clause of "soll/sollen" (not a state: "stationiert sein").</summary>
    public IReadOnlySet<string> HearsayParticiples { get; }

    /// <summary>"will … gefangen genommen haben": forms of "wollen" that, with a perfect infinitive, claim a past deed (a hedge; a word class of the cue index, asked of every token of a claim's sentence).</summary>
    internal WordClass ClaimModals { get; }

    /// <summary>Words of cause: a hedge right before one qualifies the cause, not the count.</summary>
    public IReadOnlySet<string> HedgedCauses { get; }

    /// <summary>Endings of nouns for an attack: a country adjective on one names the attacker ("bei einem russischen Gleitbombenangriff").</summary>
    public IReadOnlyList<string> AttackNouns { get; }

    /// <summary>Prepositions that make an attack the circumstance of a loss ("bei einem russischen Angriff").</summary>
    public IReadOnlySet<string> AttackPrepositions { get; }

    /// <summary>Nouns for captivity (word endings): a country adjective on one names who holds the prisoners ("in ukrainische Gefangenschaft").</summary>
    public IReadOnlyList<string> CaptivityNouns { get; }

    /// <summary>Nouns for electronic jamming (word endings); a country adjective on one names the side that brought equipment down.</summary>
    public IReadOnlyList<string> JammingNouns { get; }

    /// <summary>Words opening a sentence before the whole a bare number takes part of ("Von den Haubitzen, … erst zwölf").</summary>
    public CueSet<bool> PartitiveOpeners { get; }

    /// <summary>Words opening a sentence that counts part of what the sentences before counted ("Unter den Raketen befanden sich …").</summary>
    public CueSet<bool> SubsetOpeners { get; }

    /// <summary>Subjects right before a bare number that compare it with the claim before ("seien es 1,5 Millionen gewesen").</summary>
    public IReadOnlySet<string> ComparisonSubjects { get; }

    /// <summary>Prepositions that, after a comma, give the figure before the one the clause gave ("auf etwa 6.500, nach 4.700 im Herbst").</summary>
    public IReadOnlySet<string> ComparisonPrepositions { get; }

    /// <summary>"eine deutlich niedrigere Zahl von etwa 1.800": a word between a count noun and a bare number it names.</summary>
    public IReadOnlySet<string> CountLinks { get; }

    /// <summary>
    /// Nouns for a package of aid, by their endings ("-paket", "-lieferung", "Tranche"): a sentence pointing back to one
    /// speaks of that package (a word class of the pack's cue index: each word form is asked once).
    /// </summary>
    internal WordClass PackageNouns { get; }

    /// <summary>Those and nouns for aid that name a package only where it is new ("zusätzliche Unterstützung"), and nouns
    /// for funds (<see cref="IsFundNoun"/>).</summary>
    internal WordClass AidOrPackageNouns { get; }

    private readonly List<string> _fundNouns;

    /// <summary>Whether a word of <see cref="AidOrPackageNouns"/> is a noun for funds ("Mittel"): it names a package only
    /// behind an increment word ("zusätzliche Mittel"), never points back to one.</summary>
    public bool IsFundNoun(string lowerWord) => WordEndings.EndsWithAny(lowerWord, _fundNouns);

    private readonly List<string> _additionNouns;

    /// <summary>Whether a word of <see cref="AidOrPackageNouns"/> names an addition itself ("Aufstockung"): a package that is
    /// an increment with no increment word before it.</summary>
    public bool IsAdditionNoun(string lowerWord) => WordEndings.EndsWithAny(lowerWord, _additionNouns);

    /// <summary>Pronouns that, opening a sentence, point back to the package the sentence before named ("Es umfasst …").</summary>
    public IReadOnlySet<string> PackagePronouns { get; }

    /// <summary>Pronouns that, as the object after a verb (or opening the sentence), stand for the loss noun of the sentence
    /// before ("Die Verluste … sind gestiegen. Der Generalstab beziffert sie auf …").</summary>
    public IReadOnlySet<string> LossPronouns { get; }

    /// <summary>Nouns for many donors at once ("Die Europäer haben der Ukraine … zugesagt"): as the giver they name no single
    /// party, so the document's usual giver does not stand in.</summary>
    public IReadOnlySet<string> CollectiveGivers { get; }

    /// <summary>Words that open a clause saying only who reported the news the sentence before told ("Wie die Kommission
    /// mitteilte, …"): the main clause after it gives that news's package.</summary>
    public IReadOnlySet<string> PackageReportOpeners { get; }

    /// <summary>Definite articles and demonstratives that, before a package noun, point back to the package named before ("Das Paket").</summary>
    public IReadOnlySet<string> PackageDeterminers { get; }

    /// <summary>Nouns for a package's size ("Umfang", "Wert") that, opening a sentence behind a package determiner or a
    /// possessive, point back to the package named before ("Sein Umfang liegt bei …").</summary>
    public IReadOnlySet<string> PackageValueNouns { get; }

    /// <summary>Possessives that, before a noun for a package's size, point back to the package ("Sein Umfang").</summary>
    public IReadOnlySet<string> PackagePossessives { get; }

    /// <summary>Words that join a noun of value to its amount ("im Wert von", "über").</summary>
    public CueSet<bool> ValueLinks { get; }

    /// <summary>"3 Monate für 9,90 Euro": a period and a link word right before money: the price of an offer.</summary>
    public CueSet<bool> OfferPeriods { get; }

    /// <summary>Words that give the size of each of many groups before a count ("in kleinen Gruppen von drei bis fünf Mann").</summary>
    public CueSet<bool> GroupSizes { get; }

    /// <summary>Words that say a giver pays for what is made ("mit dem Geld", "finanziert"): the goods are supplied.</summary>
    public CueSet<bool> FundedProduction { get; }

    public CueSet<bool> Hedges { get; }

    public CueSet<bool> ReportedSpeech { get; }

    /// <summary>Words of more than <see cref="MinReportedSpeechFormLength"/> letters whose ending marks a lower-case verb as
    /// Konjunktiv I ("finanziere"): a class of the cue masks, so a sentence without one is passed by a bit test.</summary>
    internal WordClass ReportedSpeechForms { get; }

    /// <summary>Konjunktiv II forms that look like the Präteritum ("hielten"): reported speech only beside a word of
    /// <see cref="PresentTimeAdverbs"/> ("hielten sich derzeit … auf"), which a past indicative does not take.</summary>
    public CueSet<bool> PreteriteSubjunctives { get; }

    /// <summary>Adverbs of the present ("derzeit", "zurzeit"): beside a form of <see cref="PreteriteSubjunctives"/> it is Konjunktiv II.</summary>
    internal WordClass PresentTimeAdverbs { get; }

    /// <summary>The length a word must exceed to be read as such a verb form by its ending ("finanziere", not "Tiere").</summary>
    private const int MinReportedSpeechFormLength = 6;
}
