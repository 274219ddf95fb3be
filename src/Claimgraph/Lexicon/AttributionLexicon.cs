namespace Claimgraph.Lexicon;

/// <summary>How a language names sources: cues, the words that end a source phrase, generic source nouns.</summary>
public sealed class AttributionLexicon
{
    internal AttributionLexicon(AttributionLexiconData data, LanguageGrammar grammar)
    {
        Cues = CueSet<AttributionCueKind>.From(SpellingVariants.Expand(
            data.Prepositions.Select(c => (c, AttributionCueKind.Preposition))
                .Concat(data.Postpositions.Select(c => (c, AttributionCueKind.Postposition)))
                .Concat(data.Chain.Select(c => (c, AttributionCueKind.Chain)))
                .Concat(data.SpeechVerbs.Select(c => (c, AttributionCueKind.SpeechVerb))),
            grammar.SpellingVariants));
        PhraseBreaks = WholeWordCues.From(data.PhraseBreaks);
        Institutions = new CompoundHeadMatcher<Institution>(
            data.Institutions.SelectMany(p => p.Value.Nouns.Select(n => KeyValuePair.Create(n, new Institution(p.Key, p.Value.Type)))),
            grammar.NounEndings,
            grammar.CompoundHeads);
        SeparableParticles = LowerCaseSet.Of(data.SeparableParticles);
        PostpositionIdioms = WholeWordCues.From(data.PostpositionIdioms);
        Continuation = CueSet<bool>.From(SpellingVariants.Expand(data.Continuation.Select(c => (c, true)), grammar.SpellingVariants));
        Askers = CueSet<bool>.From(data.Askers.Select(c => (c, true)));
        SplitVerbs = CueSet<IReadOnlyDictionary<string, bool>>.From(
            data.SplitSpeechVerbs.SelectMany(p => p.Value.Select(v => (Verb: v, Particle: p.Key, Commits: false)))
                .Concat(data.Commitments.SelectMany(p => p.Value.Select(v => (Verb: v, Particle: p.Key, Commits: true))))
                .GroupBy(v => v.Verb, StringComparer.Ordinal)
                .Select(g => (g.Key, (IReadOnlyDictionary<string, bool>)g.ToDictionary(v => v.Particle.ToLowerInvariant(), v => v.Commits, StringComparer.Ordinal))));
        SelfReference = CueSet<bool>.From(data.SelfReference.Select(c => (c, true)));
        FirstPerson = LowerCaseSet.Of(data.FirstPerson);
        PossessiveSpeakers = LowerCaseSet.Of(data.PossessiveSpeakers);
        DativePronounSpeakers = LowerCaseSet.Of(data.DativePronounSpeakers);
        PossessiveOffices = LowerCaseSet.Of(data.PossessiveOffices);
        RankTitles = LowerCaseSet.Of(data.RankTitles);
        PossessiveSubjects = LowerCaseSet.Of(data.PossessiveSubjects);
        GoverningOfficials = data.GoverningOfficials.Select(o => o.ToLowerInvariant()).ToList();
        ImpersonalSubjects = LowerCaseSet.Of(data.ImpersonalSubjects);
        ImpersonalPointers = LowerCaseSet.Of(data.ImpersonalPointers);
        CollectiveSpeakers = LowerCaseSet.Of(data.CollectiveSpeakers);
        SubjectFirstVerbs = LowerCaseSet.Of(data.SubjectFirstVerbs);
        HoldingVerbs = LowerCaseSet.Of(data.HoldingVerbs);
        TallyVerbs = LowerCaseSet.Of(data.TallyVerbs);
        ImpersonalSourcePrepositions = LowerCaseSet.Of(data.ImpersonalSourcePrepositions);
        GenitiveDeterminers = LowerCaseSet.Of(data.GenitiveDeterminers);
        PhraseLinks = CueSet<bool>.From(data.PhraseLinks.Select(c => (c, true)));
        PersonLinks = WordTable.Set(data.PersonLinks);
        NameParticles = CueSet<bool>.From(data.NameParticles.Select(c => (c, true)));
        PlaceLinks = LowerCaseSet.Of(data.PlaceLinks);
        PublicationPlaces = CueSet<bool>.From(data.PublicationPlaces.Select(c => (c, true)));
        PronounSpeakers = LowerCaseSet.Of(data.PronounSpeakers);
        NeuterPronouns = LowerCaseSet.Of(data.NeuterPronouns);
        PluralPronouns = LowerCaseSet.Of(data.PluralPronouns);
        Demonstratives = LowerCaseSet.Of(data.Demonstratives);
        SourceLabels = LowerCaseSet.Of(data.SourceLabels);
        TopicLabels = data.TopicLabels.Select(label => label.ToLowerInvariant()).ToList();
        CompoundPersons = LowerCaseSet.Of(data.CompoundPersons);
        EvidenceNouns = LowerCaseSet.Of(data.EvidenceNouns);
        PaperParts = LowerCaseSet.Of(data.PaperParts);
        OwningInstitutions = new HashSet<string>(data.OwningInstitutions, StringComparer.Ordinal);
        CasualtyCounters = data.CasualtyCounters;
        AfterCommaOnly = LowerCaseSet.Of(data.AfterCommaOnly);
        IndefiniteSpeakers = LowerCaseSet.Of(data.IndefiniteSpeakers);
        CompoundPrepositions = LowerCaseSet.Of(data.CompoundPrepositions);
        DefiniteDeterminers = LowerCaseSet.Of(data.DefiniteDeterminers);
        MinistryNouns = LowerCaseSet.Of(data.MinistryNouns);
        PersonDeterminers = LowerCaseSet.Of(data.PersonBackReferences.Determiners);
        PersonHeads = data.PersonBackReferences.Heads.Select(p => p.ToLowerInvariant()).ToList();
        PeopleBackDeterminers = LowerCaseSet.Of(data.PersonBackReferences.PeopleDeterminers);
        BackReference = CueSet<bool>.From(data.BackReference.Select(c => (c, true)));
        CommitmentParticiples = CueSet<bool>.From(data.CommitmentParticiples.Select(c => (c, true)));
        ReportRelatives = CueSet<bool>.From(data.ReportRelatives.Select(c => (c, true)));
        BeliefVerbs = CueSet<bool>.From(data.BeliefVerbs.Select(c => (c, true)));
        BriefingVerbs = CueSet<bool>.From(data.BriefingVerbs.Select(c => (c, true)));
        PostViewWords = LowerCaseSet.Of(data.PostViewWords);
        Addressees = LowerCaseSet.Of(data.AddresseeDeterminers);
        ObjectDeterminers = LowerCaseSet.Of(data.ObjectDeterminers);
        CitingVerbs = LowerCaseSet.Of(data.CitingVerbs);
    }

    /// <summary>
    /// Verbs whose particle ends the clause ("teilte … mit"): each verb form with the particles it
    /// takes, and whether that pair is a commitment (the subject promises: "sagte … zu") rather than speech.
    /// </summary>
    public CueSet<IReadOnlyDictionary<string, bool>> SplitVerbs { get; }

    /// <summary>Words that point a source phrase back to the sentence's subject ("eigenen Angaben").</summary>
    public CueSet<bool> SelfReference { get; }

    /// <summary>First-person possessives: "nach meiner Einschätzung" is the speaker's own view.</summary>
    public IReadOnlySet<string> FirstPerson { get; }

    /// <summary>Third-person possessives: "nach seinen Worten" names the person named before.</summary>
    public IReadOnlySet<string> PossessiveSpeakers { get; }

    /// <summary>Dative pronouns before a postposition: "Ihm zufolge" names the person named before.</summary>
    public IReadOnlySet<string> DativePronounSpeakers { get; }

    /// <summary>A person's staff after a possessive in a source cue ("nach Angaben seines Büros"): the person named before speaks.</summary>
    public IReadOnlySet<string> PossessiveOffices { get; }

    /// <summary>Military ranks that title a person named after them ("Oberst Gerald Pichler"), for a later pronoun only.</summary>
    public IReadOnlySet<string> RankTitles { get; }

    /// <summary>Nominative possessives before such a staff word after a speech verb ("teilte ihr Sprecher mit"): the owner speaks.</summary>
    public IReadOnlySet<string> PossessiveSubjects { get; }

    /// <summary>
    /// Endings of titles that govern a place ("Gouverneur", "Militärverwaltung"): the people lost that such an official
    /// reports are the governed place's ("Der Gouverneur der Region Belgorod … sprach von zwei Verletzten").
    /// </summary>
    public IReadOnlyList<string> GoverningOfficials { get; }

    /// <summary>Impersonal subjects ("es"): a speech cue ending in one names no speaker before it.</summary>
    public IReadOnlySet<string> ImpersonalSubjects { get; }

    /// <summary>Words before an impersonal speech cue that point back to a named source ("Dort hieß es").</summary>
    public IReadOnlySet<string> ImpersonalPointers { get; }

    /// <summary>Words for "both" opening a speaker's phrase ("wie beide Redaktionen mitteilten"): the sources named before.</summary>
    public IReadOnlySet<string> CollectiveSpeakers { get; }

    /// <summary>Speech verbs that also tell what belongs to something ("zählen"): their speaker stands before them ("Die Analysten
    /// … zählen …"); what follows them is what belongs ("Zu den Lieferanten zählen Deutschland und …").</summary>
    public IReadOnlySet<string> SubjectFirstVerbs { get; }

    /// <summary>Speech verbs that also say how many a subject holds ("Die Legion zählt nach Angaben des Kommandos … 4.500 Kämpfer").</summary>
    public IReadOnlySet<string> HoldingVerbs { get; }

    /// <summary>Verbs of arriving at a figure ("kommt auf"): a country named alone as their subject is a party, no source.</summary>
    public IReadOnlySet<string> TallyVerbs { get; }

    /// <summary>Prepositions opening an impersonal cue's clause before its source ("Aus dem Pentagon hieß es").</summary>
    public IReadOnlySet<string> ImpersonalSourcePrepositions { get; }

    /// <summary>Determiners that continue a source phrase after its institution (genitives).</summary>
    public IReadOnlySet<string> GenitiveDeterminers { get; }

    /// <summary>Dative determiners: a medium after a speech verb with one is the addressee ("sagte der Zeitung").</summary>
    public IReadOnlySet<string> Addressees { get; }

    /// <summary>Determiners that open no subject: a speech verb's clause opened by one has its subject after the verb ("Den Wert … beziffert das Ministerium").</summary>
    public IReadOnlySet<string> ObjectDeterminers { get; }

    /// <summary>Chain verbs whose subject may follow them with the cited object after it ("zitierte die Agentur einen Sprecher").</summary>
    public IReadOnlySet<string> CitingVerbs { get; }

    /// <summary>Participles of commitment ("zugesagt"): their subject is the source and a party.</summary>
    public CueSet<bool> CommitmentParticiples { get; }

    /// <summary>"wonach" after a comma: the noun phrase before the comma is the source of what follows.</summary>
    public CueSet<bool> ReportRelatives { get; }

    /// <summary>Verbs of knowing right after an institution opening reported speech ("Der Dienst halte es für möglich, …"): the speaker cites it.</summary>
    public CueSet<bool> BeliefVerbs { get; }

    /// <summary>Verbs of briefing ("Der NIS hatte die Abgeordneten unterrichtet"): one of those briefed, speaking next, cites the briefer.</summary>
    public CueSet<bool> BriefingVerbs { get; }

    /// <summary>Words after the view count of an embedded post's credit line ("187.3K Aufrufe"): see <c>PostCredit</c>.</summary>
    public IReadOnlySet<string> PostViewWords { get; }

    /// <summary>Words that open a sentence naming the source of the sentence before ("Das berichtet …").</summary>
    public CueSet<bool> BackReference { get; }

    /// <summary>Words that may join a source phrase to the name it carries ("Angaben von X").</summary>
    public CueSet<bool> PhraseLinks { get; }

    /// <summary>The phrase links a person's name can follow ("nach Angaben von Kaja Kallas"; not "einer Mitteilung vom Montag").</summary>
    public WordTable<bool> PersonLinks { get; }

    /// <summary>Particles inside a person's name ("Ursula von der Leyen", "Rafael van der Vaart").</summary>
    public CueSet<bool> NameParticles { get; }

    /// <summary>Words that join an institution to the place whose it is ("Generalstab in Seoul").</summary>
    public IReadOnlySet<string> PlaceLinks { get; }

    /// <summary>Where a carrier noun is published ("Liste auf der Internetseite der Bundesregierung"): part of its source phrase.</summary>
    public CueSet<bool> PublicationPlaces { get; }

    /// <summary>Pronouns that as a speech verb's subject name the person named last ("schrieb er").</summary>
    public IReadOnlySet<string> PronounSpeakers { get; }

    /// <summary>Pronoun speakers that stand for a thing, not a person ("es": das Ministerium).</summary>
    public IReadOnlySet<string> NeuterPronouns { get; }

    /// <summary>Pronoun speakers that are plural after a plural verb ("zählten sie"): they name the source before a person.</summary>
    public IReadOnlySet<string> PluralPronouns { get; }

    /// <summary>Demonstrative speakers ("Diese gehen davon aus"): the source named last in the sentence before, a cited one too.</summary>
    public IReadOnlySet<string> Demonstratives { get; }

    /// <summary>Endings of a headline kicker's last word that name a topic, not a speaker ("Nahost-Konflikt: …").</summary>
    public IReadOnlyList<string> TopicLabels { get; }

    /// <summary>Labels whose colon is followed by the source ("Quelle: Oryx").</summary>
    public IReadOnlySet<string> SourceLabels { get; }

    /// <summary>Persons an organisation joined to them by a hyphen only employs ("ein EU-Diplomat"): the person speaks, not the organisation.</summary>
    public IReadOnlySet<string> CompoundPersons { get; }

    /// <summary>Nouns for material a source relies on, not a source itself ("unter Berufung auf geolokalisierte Videos").</summary>
    public IReadOnlySet<string> EvidenceNouns { get; }

    /// <summary>Parts of a paper before a number and its genitive ("in Kapitel 3 der Studie"): where in the paper, not who says so.</summary>
    public IReadOnlySet<string> PaperParts { get; }

    /// <summary>Institutions (by name) that, in the genitive of a military institution, only say whose it is ("der Generalstab der ukrainischen Streitkräfte").</summary>
    public IReadOnlySet<string> OwningInstitutions { get; }

    /// <summary>Sources (institution names above, or organisations) that count their own country's dead and wounded ("Ministry of Health").</summary>
    public IReadOnlyList<string> CasualtyCounters { get; }

    /// <summary>Prepositions before "X-Angaben": the compound's first part is the source.</summary>
    public IReadOnlySet<string> CompoundPrepositions { get; }

    /// <summary>Speech cues that count only right after a comma or quotation mark (", so der Minister").</summary>
    public IReadOnlySet<string> AfterCommaOnly { get; }

    /// <summary>Indefinite articles that open an unnamed speaker's phrase after a speech verb that follows a comma (", sagt ein Diplomat").</summary>
    public IReadOnlySet<string> IndefiniteSpeakers { get; }

    /// <summary>Definite determiners: "der Dienst" without a country refers back to the service named before.</summary>
    public IReadOnlySet<string> DefiniteDeterminers { get; }

    /// <summary>The bare noun for a ministry: definite and with a country, the ministry of that country named shortly before.</summary>
    public IReadOnlySet<string> MinistryNouns { get; }

    /// <summary>Determiners of a definite noun phrase that refers back to a person ("der SPD-Politiker").</summary>
    public IReadOnlySet<string> PersonDeterminers { get; }

    /// <summary>Word endings of nouns for a person that, definite, refer back to the person named last.</summary>
    public IReadOnlyList<string> PersonHeads { get; }

    /// <summary>
    /// Determiners before a people's name that make it one person referring back to the person named last
    /// ("…, sagte der Niederländer" after "Nato-Generalsekretär Mark Rutte"); "die Niederländer" may be the country.
    /// </summary>
    public IReadOnlySet<string> PeopleBackDeterminers { get; }

    public CueSet<AttributionCueKind> Cues { get; }

    public CueSet<bool> PhraseBreaks { get; }

    /// <summary>Fixed phrases, each word whole, that open with a postposition and cite nobody ("nach wie vor").</summary>
    public CueSet<bool> PostpositionIdioms { get; }

    public CompoundHeadMatcher<Institution> Institutions { get; }

    /// <summary>Words that say a sentence continues the report before it ("demnach").</summary>
    public CueSet<bool> Continuation { get; }

    /// <summary>Words after which a phrase names who asked, not who spoke ("auf Anfrage unserer Zeitung").</summary>
    public CueSet<bool> Askers { get; }

    /// <summary>Particles that, ending the clause, make a speech verb part of another verb ("sagte … zu").</summary>
    public IReadOnlySet<string> SeparableParticles { get; }
}
