using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>
/// Finds who a sentence says its numbers come from, nearest first: "laut X", "X zufolge",
/// "nach Angaben X", "wie X berichtete", "berichtete X", "X sagte", "X wird so zitiert", and the
/// sources they cite ("unter Berufung auf Y"). A source phrase resolves to a known organisation,
/// person or country, else to a generic institution composed with a country ("des ukrainischen
/// Geheimdienstes" → Ukrainian intelligence), else to the phrase as written.
/// </summary>
internal sealed class AttributionFinder
{
    private const int MaxPhraseTokens = 12;
    private const int MaxHeadlineSourceTokens = 6;

    /// <summary>The key of the institution group of makers and companies in `attribution.yaml`.</summary>
    private const string CompanyInstitution = "company";
    private readonly LanguagePack _pack;

    public AttributionFinder(LanguagePack pack) => _pack = pack;

    public List<SourcePhrase> Find(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        var found = new List<SourcePhrase>();
        Add(Headline(sentence));
        var cues = sentence.AttributionCues;
        foreach (var cue in cues)
        {
            if (Covered(cue.First))
            {
                continue;
            }

            if (cue.Value == AttributionCueKind.Chain && InvertedCitation(sentence, cue) is var (reporter, cited))
            {
                Add(reporter);
                Add(cited);
                continue;
            }

            Add(cue.Value switch
            {
                AttributionCueKind.Preposition => AfterPreposition(sentence, cue),
                AttributionCueKind.Chain => Resolve(sentence, cue.Last + 1, PhraseEndAfter(sentence, cue.Last + 1), cited: true, ResolveMode.Loose),
                // "den Angaben nach", not "nach wie vor": a postposition follows a noun.
                AttributionCueKind.Postposition when !StartsNounPhrase(sentence, cue.Last + 1) && cue.First > 0 && text.IsCapitalized(cue.First - 1)
                    // "Bauteile nach wie vor": a fixed phrase opening with the postposition cites nobody.
                    && !_pack.Attribution.PostpositionIdioms.TryMatchAt(text, cue.First, out _) => PhraseBefore(sentence, cue.First),
                // "hieß es aus dem Ministerium": an impersonal cue's speaker can only follow it.
                AttributionCueKind.SpeechVerb when _pack.Attribution.ImpersonalSubjects.Contains(text.Lower[cue.Last])
                    => Resolve(sentence, cue.Last + 1, PhraseEndAfter(sentence, cue.Last + 1), cited: false, ResolveMode.Named)
                        ?? ImpersonalSourceBefore(sentence, cue.First),
                AttributionCueKind.SpeechVerb when !EndsWithParticle(sentence, cue.First) && AfterCommaWhereNeeded(text, cue)
                    && !AttributiveParticiple(sentence, cue.Last) => SpeakerOf(sentence, cue),
                _ => null,
            });
        }

        // "nach ISW-Angaben", "nach der Nato-Analyse": the first part of a compound whose head is a carrier noun, maybe after a
        // definite determiner.
        for (var i = 0; i + 3 < text.Count; i++)
        {
            if (!_pack.Attribution.CompoundPrepositions.Contains(text.Lower[i]) || Covered(i))
            {
                continue;
            }

            var first = i + 1 + 3 < text.Count && _pack.Attribution.DefiniteDeterminers.Contains(text.Lower[i + 1]) ? i + 2 : i + 1;
            if (text.IsSymbol(first + 1, '-') && text.Tokens[first + 1].Joined && text.Tokens[first + 2].Joined && text.Tokens[first].IsWord
                && _pack.Attribution.Institutions.TryMatch(text.Lower[first + 2], out var carrier, out _) && carrier.Name.Length == 0)
            {
                Add(Resolve(sentence, first, first, cited: false, ResolveMode.Loose) is { } compound ? compound with { Last = first + 2 } : null);
            }
        }

        // "… | Quelle: Oryx": a source label and its colon name the source after them.
        for (var i = 0; i + 2 < text.Count; i++)
        {
            if (text.IsSymbol(i + 1, ':') && _pack.Attribution.SourceLabels.Contains(text.Lower[i]) && !Covered(i))
            {
                Add(Resolve(sentence, i + 2, PhraseEndAfter(sentence, i + 2), cited: false, ResolveMode.Loose));
            }
        }

        // "Das ISW verweist auf Daten der Plattform Oryx, wonach …": a relative adverb of report after a comma makes the noun
        // phrase before the comma the source of what follows, cited by a source named before it (`report_relatives`); a
        // phrase of no known kind of source ("zitiert aus dem Lagebild, wonach") adds none.
        if (_pack.Attribution.ReportRelatives.OccursIn(text))
        {
            foreach (var relative in _pack.Attribution.ReportRelatives.FindAll(text))
            {
                var comma = relative.First - 1;
                if (comma >= 1 && text.IsSymbol(comma, ',') && !Covered(comma - 1) && PhraseBefore(sentence, comma) is { Pronoun: false } owner
                    && owner.Source.Type != "unknown")
                {
                    Add(owner with { Cited = found.Exists(f => f.Last < owner.First) });
                }
            }
        }

        // "– Verluste: rund 5.000 … (britisches Verteidigungsministerium)", "… vorgerückt [ISW]": a bracket that closes the
        // sentence and names a body or a person gives the source of its item; a source the bracket cites it with comes first
        // ("(NIS, zitiert von Yonhap)": Yonhap, citing the NIS). Right after a source phrase the bracket only abbreviates it
        // ("unter Berufung auf den Nationalen Nachrichtendienst (NIS).").
        if (TrailingBracketSource(sentence) is { } bracketed && !Covered(bracketed.First) && !found.Exists(f => f.Last + 2 == bracketed.First))
        {
            Add(bracketed with { Cited = found.Exists(f => f.First > bracketed.Last && f.First < text.Count - 1) });
        }

        // "teilte … mit", "ging … von … aus": the verb counts when its particle ends the clause.
        if (_pack.Attribution.SplitVerbs.OccursIn(text))
        {
            foreach (var verb in _pack.Attribution.SplitVerbs.FindAll(text))
            {
                // Also after a name set off by commas: "teilte der Leiter der Militärverwaltung des Gebiets, Olexandr Prokudin, mit", and
                // after a name with a party in brackets: "teilte Bundeskanzler Friedrich Merz (CDU) am Freitag mit".
                if (!Covered(verb.First) && ((sentence.ClauseLastWord(verb.First) is { } particle && verb.Value.TryGetValue(particle, out var commits))
                    || (sentence.LastWordAfterApposition(verb.First) is { } later && verb.Value.TryGetValue(later, out commits))
                    || (sentence.LastWordAfterBrackets(verb.First) is { } afterBracket && verb.Value.TryGetValue(afterBracket, out commits))))
                {
                    var speaker = Speaker(sentence, verb.First, verb.Last);
                    Add(commits && speaker is not null && !AnnouncesReportedSpeech(sentence, verb.First) ? speaker with { Party = true } : speaker);
                }
            }
        }

        // "hat Schweden der Ukraine 30 Schützenpanzer zugesagt": the subject promises.
        if (_pack.Attribution.CommitmentParticiples.OccursIn(text))
        {
            foreach (var participle in _pack.Attribution.CommitmentParticiples.FindAll(text))
            {
                // "von den 100 zugesagten Kampfpanzern": a participle before the noun it modifies is no verb of the clause.
                if (!Covered(participle.First) && !BeforeItsNoun(text, participle.Last) && Speaker(sentence, participle.First, participle.Last) is { } promiser
                    && BeforeCovered(promiser) is { } promised && !ReportedByLaterSpeaker(sentence, found, participle.Last)
                    && !ReportedPromise(sentence, participle.First) && !CountedByThinkTank(promiser.First))
                {
                    Add(promised with { Party = true });
                }
            }
        }

        // "Der Wiener STANDARD blickt auf die Lage an der Front: „…“": a medium opening the sentence before a colon that
        // opens a quotation speaks the quotation, with no speech verb (a press review's paper and its quoted comment).
        if (found.Count == 0)
        {
            Add(QuotationOpener(sentence));
        }

        // "Die Zeitung beruft sich auf US-Beamte": a chain with no reporter names its subject as the reporter.
        if (found.Count > 0 && found.TrueForAll(f => f.Cited))
        {
            foreach (var cue in cues)
            {
                if (cue.Value == AttributionCueKind.Chain && Speaker(sentence, cue.First, cue.Last) is { } reporter && reporter.Last < cue.First)
                {
                    Add(reporter);
                    break;
                }
            }
        }

        // The reporting source first, then whom it cites.
        return ReportersFirst(sentence, found);

        bool Covered(int index) => IsCovered(found, index);

        // "Die EU hat der Ukraine nach Berechnungen des Kieler Instituts für Weltwirtschaft rund 60 Milliarden Euro für Waffen,
        // … zugesagt": a think tank in the promiser's clause counts the promises of others; the promiser is only the giver, no
        // origin (as it is after a ministry of its own: "Nach Angaben des japanischen Finanzministeriums hat Japan … zugesagt").
        bool CountedByThinkTank(int promiser) =>
            found.Exists(f => f.Source.Type == "think_tank" && sentence.SameClause(f.First, promiser));

        // "Deutschland hat der Ukraine nach Angaben des Verteidigungsministeriums … zugesagt": a subject phrase ends before a
        // source phrase found inside it (the ministry reports; Germany promises), and is none when it starts with one.
        SourcePhrase? BeforeCovered(SourcePhrase phrase)
        {
            for (var i = phrase.First; i <= phrase.Last; i++)
            {
                if (Covered(i))
                {
                    return i == phrase.First ? null : Resolve(sentence, phrase.First, i - 1, cited: false, ResolveMode.Subject);
                }
            }

            return phrase;
        }

        void Add(SourcePhrase? phrase)
        {
            if (phrase is not null && !HasSource(found, phrase.Source))
            {
                found.Add(phrase);
            }
        }
    }

    /// <summary>
    /// Whether a speaker after a comma reports the clause of the commitment participle at <paramref name="participle"/>
    /// ("Rechne man …, habe die Bundesrepublik der Ukraine rund 28 Milliarden Euro zugesagt, sagte der SPD-Politiker"):
    /// the speaker is the source of the figure, and the subject of the promise only its giver, which the role reader finds
    /// as a party anyway; as a source it would end the chain.
    /// </summary>
    private bool ReportedByLaterSpeaker(SentenceContext sentence, List<SourcePhrase> found, int participle)
    {
        foreach (var phrase in found)
        {
            if (phrase is { AfterPreposition: false, Cited: false, Party: false } && phrase.First > participle
                && !sentence.SameClause(participle, phrase.First) && ReportsClauseBefore(sentence, phrase.First))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the commitment participle at <paramref name="participle"/> stands in a clause of reported speech ("Deutschland habe
    /// der Ukraine … rund 38 Milliarden Euro geleistet oder fest zugesagt"): who tells of the promise is the source, named in the
    /// sentence or before it; the promiser is only the giver, which the role reader finds as a party anyway.
    /// </summary>
    private static bool ReportedPromise(SentenceContext sentence, int participle)
    {
        foreach (var verb in sentence.ReportedSpeech)
        {
            if (verb.First < participle && sentence.SameClause(verb.First, participle))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="i"/> stands before a capitalized word, as an attributive participle
    /// before its noun does ("die zugesagten Panzer"), also across the number counting the noun ("Von den zugesagten 300.000
    /// Schuss …"); a participle ending its clause is followed by a symbol or a verb.</summary>
    private static bool BeforeItsNoun(TokenizedText text, int i)
    {
        var next = i + 1 < text.Count && text.Tokens[i + 1].IsNumber ? i + 2 : i + 1;
        return next < text.Count && text.Tokens[next].IsWord && text.IsCapitalized(next);
    }

    /// <summary>
    /// "…, zitierte die Agentur einen Sprecher": a citing verb followed by its subject and then by its object, which opens with a
    /// determiner that cannot open a subject; the subject reports, the object is cited. Null where the words after the verb
    /// are not such a pair.
    /// </summary>
    private (SourcePhrase Reporter, SourcePhrase Cited)? InvertedCitation(SentenceContext sentence, CueMatch<AttributionCueKind> cue)
    {
        var text = sentence.Tokens;
        var subject = cue.Last + 1;
        if (cue.First != cue.Last || !_pack.Attribution.CitingVerbs.Contains(text.Lower[cue.First]) || subject >= text.Count
            || !text.Tokens[subject].IsWord || _pack.Attribution.ObjectDeterminers.Contains(text.Lower[subject]))
        {
            return null;
        }

        for (var i = subject + 1; i < text.Count && i - subject <= MaxPhraseTokens; i++)
        {
            if (!text.Tokens[i].IsWord)
            {
                return null;
            }

            if (_pack.Attribution.ObjectDeterminers.Contains(text.Lower[i]))
            {
                return Resolve(sentence, subject, i - 1, cited: false, ResolveMode.Loose) is { } reporter
                    && Resolve(sentence, i, PhraseEndAfter(sentence, i), cited: true, ResolveMode.Loose) is { } cited
                    ? (reporter, cited) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Schoigu kündigt bei einem Besuch in Pjöngjang an, Nordkorea werde 1.000 Minenräumer entsenden": a split verb of
    /// commitment whose clause is followed, after a comma, by a clause of reported speech announces what another subject
    /// does; its own subject only speaks, it promises nothing.
    /// </summary>
    private static bool AnnouncesReportedSpeech(SentenceContext sentence, int verb)
    {
        var comma = sentence.ClauseBounds(verb).Last + 1;
        if (!sentence.Tokens.IsSymbol(comma, ','))
        {
            return false;
        }

        foreach (var form in sentence.ReportedSpeech)
        {
            if (form.First > comma)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCovered(List<SourcePhrase> found, int index)
    {
        foreach (var phrase in found)
        {
            if (index >= phrase.First && index <= phrase.Last)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSource(List<SourcePhrase> found, Source source)
    {
        foreach (var phrase in found)
        {
            if (SameSource(phrase.Source, source))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The phrases that report first, then those cited, each in text order.</summary>
    private List<SourcePhrase> ReportersFirst(SentenceContext sentence, List<SourcePhrase> found)
    {
        if (found.Count < 2)
        {
            return found;
        }

        // "Gerassimow erklärte laut Tass, …", "Laut Interfax sagte Peskow …": a source after a preposition in the
        // clause of a speaker reports the speaker's words (in "Selenskyj sagte, laut dem Generalstab …" the
        // preposition stands in the reported clause, and the speaker cites it).
        for (var p = 0; p < found.Count; p++)
        {
            if (found[p] is not { AfterPreposition: true, Cited: false, Party: false } reporter)
            {
                continue;
            }

            for (var s = 0; s < found.Count; s++)
            {
                if (found[s] is { AfterPreposition: false, Cited: false, Party: false } speaker && sentence.SameClause(speaker.Last, reporter.First))
                {
                    found[s] = speaker with { Cited = true };
                }
            }
        }

        // "Der Dienst habe die Abgeordneten … unterrichtet, berichtete die Nachrichtenagentur Yonhap": the subject of a
        // speech verb that follows the reported clause after a comma reports the speakers named before it.
        for (var r = 1; r < found.Count; r++)
        {
            if (found[r] is { AfterPreposition: false, Cited: false, Party: false } reporter && ReportsClauseBefore(sentence, reporter.First))
            {
                for (var s = 0; s < found.Count; s++)
                {
                    if (found[s] is { Cited: false, Party: false } speaker && speaker.Last < reporter.First - 2 && !sentence.SameClause(speaker.Last, reporter.First))
                    {
                        found[s] = speaker with { Cited = true };
                    }
                }
            }
        }

        var ordered = new List<SourcePhrase>(found.Count);
        ordered.AddRange(found.Where(f => !f.Cited));
        ordered.AddRange(found.Where(f => f.Cited));
        return ordered;
    }

    /// <summary>
    /// The last person a sentence names by title and name, whether or not it speaks
    /// ("Außenminister Tomasz Nowak besuchte Kiew"): whom a later "sagte er" refers to. A title that is a person's noun
    /// (`person_back_references` heads) may carry one name alone ("Kompaniechef Oleksandr, der seinen Nachnamen nicht nennt").
    /// </summary>
    public Source? LastTitledPerson(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        for (var i = text.Count - 2; i >= 0; i--)
        {
            if (text.Tokens[i].IsWord && text.IsCapitalized(i) && sentence.MentionAt[i] is null
                && TitleType(text.Lower[i]) is { } titleType
                && AppositiveName(sentence, i + 1, text.Count - 1, out _) is { } name
                && (name.Contains(' ', StringComparison.Ordinal) || WordEndings.EndsWithAny(text.Lower[i], _pack.Attribution.PersonHeads)))
            {
                return new Source(name, titleType);
            }
        }

        return null;
    }

    /// <summary>The source type a title before a name gives its person: an institution's noun (not a medium's), or a military rank.</summary>
    private string? TitleType(string lower) =>
        _pack.Attribution.Institutions.TryMatch(lower, out var title, out _) && title.Name.Length > 0
            ? title.SourceType != "media" ? title.SourceType : null
            : _pack.Attribution.RankTitles.Contains(lower) ? "military" : null;

    /// <summary>
    /// The institution whose noun phrase opens a sentence as its subject ("Die ukrainische Luftwaffe lobt …"), or null:
    /// whom a possessive in the next sentence's source cue points back to when no source was cited ("Nach ihren Angaben …").
    /// Asked only for such a possessive, so the walk over the sentence's first words costs nothing elsewhere. With
    /// <paramref name="indefinite"/> an indefinite article may open the phrase too ("Ein Sprecher des Ministeriums weist …").
    /// </summary>
    public Source? OpeningSubject(SentenceContext sentence, bool indefinite = false) =>
        OpeningSubjectPhrase(sentence, indefinite, out _)?.Source;

    /// <summary>
    /// "Der Geheimdienst habe Hinweise darauf, dass …, zitierte Yonhap einen Abgeordneten", "Der Dienst halte es für möglich,
    /// dass …, so Lee": the institution opening the sentence as its subject right before a verb of knowing (`belief_verbs`),
    /// which the sentence's speaker cites; null where there is none. A generic phrase ("der Dienst") is left to the reader to resolve.
    /// </summary>
    public SourcePhrase? BelievingSubject(SentenceContext sentence) =>
        OpeningSubjectPhrase(sentence, false, out var noun) is { } subject
        && _pack.Attribution.BeliefVerbs.TryMatchAt(sentence.Tokens, noun + 1, out _) ? subject : null;

    private SourcePhrase? OpeningSubjectPhrase(SentenceContext sentence, bool indefinite, out int noun)
    {
        noun = -1;
        var text = sentence.Tokens;
        var i = text.Count > 0 && (_pack.Attribution.DefiniteDeterminers.Contains(text.Lower[0])
            || (indefinite && _pack.Attribution.IndefiniteSpeakers.Contains(text.Lower[0]))) ? 1 : 0;
        for (var skipped = 0; skipped < MaxOpeningAdjectives && i < text.Count && text.Tokens[i].IsWord && !text.IsCapitalized(i); skipped++)
        {
            i++;
        }

        // "Die 68. Jägerbrigade …": an ordinal number before the noun is part of its name; the phrase is the noun's.
        var from = 0;
        if (i > 0 && i + 2 < text.Count && text.Tokens[i].Kind == TokenKind.Number && text.IsSymbol(i + 1, '.'))
        {
            i += 2;
            from = i;
        }

        // The noun must head the clause: a verb (a lower-case word) follows it, not a genitive or another noun.
        if (i == 0 || i + 1 >= text.Count || !text.Tokens[i].IsWord || !text.IsCapitalized(i) || sentence.MentionAt[i] is not null
            || !text.Tokens[i + 1].IsWord || text.IsCapitalized(i + 1)
            || !_pack.Attribution.Institutions.TryMatch(text.Lower[i], out var institution, out _) || institution.Name.Length == 0)
        {
            return null;
        }

        noun = i;
        return Resolve(sentence, from, i, cited: false, ResolveMode.Subject);
    }

    // "Die neue ukrainische Luftwaffe": the adjectives an opening subject may have before its noun.
    private const int MaxOpeningAdjectives = 3;

    /// <summary>
    /// ", so der Minister", ", so Selenskyj": a cue that names a speaker only after a comma or quotation mark has one
    /// before it, and a name or a determiner after it (", so viele wie nie zuvor" names nobody).
    /// </summary>
    private bool AfterCommaWhereNeeded(TokenizedText text, CueMatch<AttributionCueKind> cue) =>
        cue.First != cue.Last || !_pack.Attribution.AfterCommaOnly.Contains(text.Lower[cue.First])
        || (cue.First > 0 && (text.IsSymbol(cue.First - 1, ',') || text.IsSymbol(cue.First - 1, '"'))
            && cue.Last + 1 < text.Count && (text.IsCapitalized(cue.Last + 1) || _pack.Grammar.Determiners.Contains(text.Lower[cue.Last + 1])));

    /// <summary>"Südkoreas Geheimdienst: Rund 12.000 …": a short source phrase before a colon that opens the sentence.</summary>
    private SourcePhrase? Headline(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        for (var i = 1; i < text.Count && i <= MaxHeadlineSourceTokens; i++)
        {
            if (text.IsSymbol(i, ':'))
            {
                // "Moskau: Das Verteidigungsministerium meldete …": in the body of an overview a city labelling a
                // paragraph says where, not who (a headline's "Kiew: …" is the government's word).
                var placeLabel = sentence.Sentence.Paragraph > 0 && sentence.MentionAt[0] is { Entity.Kind: EntityKind.Place } place && place.Last == i - 1;
                if (StartsWithPreposition(sentence, 0) || placeLabel || Resolve(sentence, 0, i - 1, cited: false, ResolveMode.Subject) is not { } label)
                {
                    return null;
                }

                // "Russische Verluste: Namen statt Schätzungen": a country's adjective before a noun no source knows labels a
                // topic, not a speaker (else it stands as the last person for the pronouns after it); so does a noun no source
                // knows that ends in a topic's word ("Nahost-Konflikt: Hisbollah feuert …", `topic_labels`).
                if (label.Source.Type == "unknown"
                    && (sentence.MentionAt[0] is { Form: MentionForm.Adjective } || WordEndings.EndsWithAny(text.Lower[i - 1], _pack.Attribution.TopicLabels)))
                {
                    return null;
                }

                // The label is the source alone or with a speech verb ("Selenskyj warnt: …"); "Russland ziehe zudem weitere
                // Reserven zusammen: Rund 50.000 Soldaten …" is a clause whose colon opens its detail.
                return label.Last >= i - 1 || (label.Last == i - 2 && _pack.Attribution.Cues.TryMatchAt(text, i - 1, out _)) ? label : null;
            }

            // "Oberst Dmytro K.: …": an initial's period belongs to the name.
            if (!text.Tokens[i].IsWord && !text.IsSymbol(i, '-') && !(text.IsSymbol(i, '.') && text.Tokens[i].Joined && text.Lower[i - 1].Length == 1))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Der Wiener STANDARD blickt auf die Lage an der Front: „…“", "Abschließend die italienische Zeitung LA STAMPA aus Turin: „…“":
    /// a known medium or agency among the first words of the sentence (only words before it and no preposition: an adverb,
    /// its article and adjectives), the clause after it running with no quotation mark or clause break to a colon right before an opening
    /// quotation mark. The medium is the source of the quotation; null where the sentence has no such shape.
    /// </summary>
    private SourcePhrase? QuotationOpener(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        // A country's adjective before the medium ("die polnische Zeitung") is one of its words.
        var first = sentence.Mentions.Find(m => m.Form != MentionForm.Adjective);
        if (first is null || first.First > MaxOpenerWordsBeforeMedium || first.Entity.Kind != EntityKind.Organization
            || first.Entity.SourceType is not ("media" or "agency"))
        {
            return null;
        }

        // "Unter dem Bild steht: „…“": a medium's name after a preposition is a place or a thing, no subject.
        for (var i = 0; i < first.First; i++)
        {
            if (!text.Tokens[i].IsWord || StartsWithPreposition(sentence, i))
            {
                return null;
            }
        }

        for (var i = first.Last + 1; i + 1 < text.Count && i <= first.Last + MaxOpenerClauseTokens; i++)
        {
            if (text.IsSymbol(i, ':'))
            {
                return text.IsSymbol(i + 1, '"') ? new SourcePhrase(first.First, first.Last, new Source(first.Entity.Name, first.Entity.SourceType), Cited: false) : null;
            }

            if (!text.Tokens[i].IsWord && !text.Tokens[i].IsNumber)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The words a quotation opener may have before its medium ("Abschließend die italienische Zeitung").</summary>
    private const int MaxOpenerWordsBeforeMedium = 4;

    /// <summary>The tokens a quotation opener's clause may have between its medium and the colon.</summary>
    private const int MaxOpenerClauseTokens = 12;

    /// <summary>The institution of the country of the clause's subject ("Norwegian government"), or null.</summary>
    private SourcePhrase? SubjectsInstitution(SentenceContext sentence, int cueFirst, int last, Institution institution)
    {
        if (ClauseSubject(sentence, cueFirst, capitals: true) is not { } owner
            || _pack.Entities.CountryOfSource(owner.Source.Name) is not { } id || _pack.Entities.Country(id) is not { } country)
        {
            return null;
        }

        var name = $"{country.Adjective} {institution.Name}";
        var source = _pack.Entities.Organization(name) is { } known ? new Source(known.Name, known.SourceType) : new Source(name, institution.SourceType);
        return new SourcePhrase(cueFirst, last, source, Cited: false) { AfterPreposition = true };
    }

    /// <summary>"laut X", "nach Angaben des X", "nach ukrainischen Angaben": the cue's words after the first belong to the phrase.</summary>
    private SourcePhrase? AfterPreposition(SentenceContext sentence, CueMatch<AttributionCueKind> cue)
    {
        var end = PhraseEndAfter(sentence, cue.Last + 1);
        // "Russland hat nach eigenen Angaben …": the phrase points back to the clause's subject.
        for (var i = cue.First; i <= end; i++)
        {
            // "nach meiner Einschätzung": the speaker's own; whoever speaks the sentence is its source.
            if (_pack.Attribution.FirstPerson.Contains(sentence.Tokens.Lower[i]))
            {
                return null;
            }

            // "Darin könnten nach seinen Worten …": a possessive in the cue (not "des Generalstabs einen Teil
            // seiner Soldaten" after it) points back to the source named before.
            if (i <= cue.Last && _pack.Attribution.PossessiveSpeakers.Contains(sentence.Tokens.Lower[i]))
            {
                return new SourcePhrase(i, i, new Source(sentence.Tokens.Lower[i], "unknown"), Cited: false, Pronoun: true);
            }

            if (_pack.Attribution.SelfReference.TryMatchAt(sentence.Tokens, i, out _))
            {
                if (ClauseSubject(sentence, cue.First, capitals: true) is { } subject)
                {
                    return subject with { Party = true };
                }

                // "Nach eigenen Angaben zerstörte die Einheit …": a cue opening the sentence has its subject after the verb; a
                // definite institution there is the subject (and refers back as a generic institution does).
                if (cue.First == 0 && SubjectAfterVerb(sentence, cue.Last + 2) is { } inverted)
                {
                    return inverted with { Party = true };
                }

                // "Nach eigenen Angaben hat sie … geliefert": a pronoun right after the auxiliary that follows the cue is the
                // subject, and points back as a pronoun speaker does.
                var pronoun = cue.Last + 2;
                if (pronoun < sentence.Tokens.Count && _pack.Grammar.FiniteAuxiliaries.Contains(sentence.Tokens.Lower[cue.Last + 1])
                    && _pack.Attribution.PronounSpeakers.Contains(sentence.Tokens.Lower[pronoun]))
                {
                    return PronounAt(sentence.Tokens, pronoun) with { Party = true };
                }

                // "Im Januar fing sie nach eigenen Angaben zwei … ab": a pronoun right before the cue, after a word (the verb), is the
                // subject too.
                var before = cue.First - 1;
                return before > 0 && sentence.Tokens.Tokens[before - 1].IsWord && _pack.Attribution.PronounSpeakers.Contains(sentence.Tokens.Lower[before])
                    ? PronounAt(sentence.Tokens, before) with { Party = true }
                    : null;
            }
        }

        // "nach Prokudins Angaben": a capitalized genitive that no lexicon knows, standing between the preposition and
        // the carrier noun, is the person named before ("Gouverneur Olexander Prokudin"); the source is the name without "s".
        if (cue.Last == cue.First + 2 && GenitiveName(sentence, cue.First + 1) is { } name)
        {
            return new SourcePhrase(cue.First + 1, cue.First + 1, new Source(name, "unknown"), Cited: false) { AfterPreposition = true };
        }

        // "Norwegen finanziert nach Angaben seiner Regierung …": a possessive right after the cue, before an institution,
        // gives it the country of the clause's subject (Norwegian government); not "… einen Teil seiner Soldaten" later.
        var possessive = cue.Last + 1;
        if (possessive < end && _pack.Attribution.PossessiveSpeakers.Contains(sentence.Tokens.Lower[possessive]) && sentence.Tokens.IsCapitalized(possessive + 1)
            && _pack.Attribution.Institutions.TryMatch(sentence.Tokens.Lower[possessive + 1], out var institution, out _) && institution.Name.Length > 0)
        {
            // "nach Angaben ihres Oberbefehlshabers Olexander Syrskyj": a name after the possessive's title is the source
            // itself; the possessive only says whose title it is.
            if (AppositiveName(sentence, possessive + 2, end, out _) is not null
                && Resolve(sentence, possessive + 1, end, cited: false, ResolveMode.Loose) is { } named)
            {
                return named with { AfterPreposition = true };
            }

            if (SubjectsInstitution(sentence, cue.First, possessive + 1, institution) is { } owned)
            {
                return owned;
            }
        }

        // "Nach Angaben seines Büros hat die Flugabwehr …": a possessive right after the cue before a word for a person's staff
        // points back to the person named before, as "nach seinen Angaben" does.
        if (possessive < end && _pack.Attribution.PossessiveSpeakers.Contains(sentence.Tokens.Lower[possessive])
            && _pack.Attribution.PossessiveOffices.Contains(sentence.Tokens.Lower[possessive + 1]))
        {
            return new SourcePhrase(possessive, possessive + 1, new Source(sentence.Tokens.Lower[possessive], "unknown"), Cited: false, Pronoun: true);
        }

        // "Die Bundesrepublik hat nach Regierungsangaben …": a cue ending in a compound that names the institution
        // is the whole phrase (not "… militärische Hilfe" after it), and the institution is the subject's country's
        // unless the cue names the country ("nach ukrainischen Regierungsangaben") or a genitive follows
        // ("nach Regierungsangaben der Ukraine"). Asked only here, after the cheaper readings.
        if (_pack.Attribution.Institutions.TryMatch(sentence.Tokens.Lower[cue.Last], out var compound, out _) && compound.Name.Length > 0
            && (cue.Last + 1 >= sentence.Tokens.Count || !_pack.Attribution.GenitiveDeterminers.Contains(sentence.Tokens.Lower[cue.Last + 1])))
        {
            return (cue.Last == cue.First + 1 ? SubjectsInstitution(sentence, cue.First, cue.Last, compound) : null)
                ?? (Resolve(sentence, cue.First + 1, cue.Last, cited: false, ResolveMode.Loose) is { } own ? own with { AfterPreposition = true } : null);
        }

        return Resolve(sentence, cue.First + 1, end, cited: false, ResolveMode.Loose) is { } phrase ? phrase with { AfterPreposition = true } : null;
    }

    /// <summary>
    /// The owner of a carrier noun that opens the phrase at <paramref name="at"/> with a definite article and a genitive
    /// after it ("die Aufstellung des Verteidigungsministeriums", "die Liste der Bundesregierung"), or null.
    /// </summary>
    private SourcePhrase? CarrierOwnerAfterVerb(SentenceContext sentence, int at)
    {
        var text = sentence.Tokens;
        if (at + 3 >= text.Count || !_pack.Attribution.DefiniteDeterminers.Contains(text.Lower[at]) || !text.IsCapitalized(at + 1)
            || !_pack.Attribution.GenitiveDeterminers.Contains(text.Lower[at + 2])
            || !_pack.Attribution.Institutions.TryMatch(text.Lower[at + 1], out var carrier, out _) || carrier.Name.Length > 0)
        {
            return null;
        }

        return Resolve(sentence, at + 2, PhraseEndAfter(sentence, at + 2), cited: false, ResolveMode.Loose);
    }

    /// <summary>"… zerstörte die Einheit …": a definite article and a capitalized institution noun at <paramref name="at"/>, as the subject.</summary>
    private SourcePhrase? SubjectAfterVerb(SentenceContext sentence, int at)
    {
        var text = sentence.Tokens;
        return at + 1 < text.Count && _pack.Attribution.DefiniteDeterminers.Contains(text.Lower[at]) && text.IsCapitalized(at + 1)
            && sentence.MentionAt[at + 1] is null && _pack.Attribution.Institutions.TryMatch(text.Lower[at + 1], out var found, out _) && found.Name.Length > 0
            ? Resolve(sentence, at, at + 1, cited: false, ResolveMode.Subject)
            : null;
    }

    /// <summary>"Prokudins": a capitalized word in "s" that names no entity nor institution, as the name it is the genitive of.</summary>
    private string? GenitiveName(SentenceContext sentence, int i)
    {
        var text = sentence.Tokens;
        var word = text.Lower[i];
        if (!text.Tokens[i].IsWord || !text.IsCapitalized(i) || word.Length < 5 || word[^1] != 's' || sentence.MentionAt[i] is not null
            || _pack.Attribution.Institutions.TryMatch(text.Lower[i], out _, out _))
        {
            return null;
        }

        var raw = text.Raw(i);
        return raw[..^1];
    }

    /// <summary>
    /// The nearest source-like noun phrase before token <paramref name="before"/> in its clause: a
    /// named source, or an institution or country heading its phrase ("hat die ukrainische Flugabwehr").
    /// </summary>
    /// <param name="capitals">Whether a place stands for its country's government: "Seit 2022 hat Oslo nach eigenen
    /// Angaben …" speaks for Norway (a place is no speaker otherwise: "…, sagte ein Sprecher in Seoul").</param>
    private SourcePhrase? ClauseSubject(SentenceContext sentence, int before, bool capitals = false)
    {
        var text = sentence.Tokens;
        EntityMention? dative = null;
        for (var head = before - 1; head >= 0 && sentence.SameClause(head, before); head--)
        {
            // "Paris hatte der Ukraine nach eigenen Angaben …": a name in the dative receives; it is not the subject.
            var named = sentence.MentionAt[head] is { } mention && (IsSourceEntity(mention) || (capitals && mention.Entity is { Kind: EntityKind.Place, Country: not null }));
            if (named && sentence.FollowsDativeArticle(sentence.MentionAt[head]!))
            {
                dative ??= sentence.MentionAt[head];
                named = false;
            }

            var institution = !named && text.IsCapitalized(head) && sentence.MentionAt[head] is null
                && _pack.Attribution.Institutions.TryMatch(text.Lower[head], out var found, out _) && found.Name.Length > 0;
            if (!named && !institution)
            {
                continue;
            }

            var start = NounPhraseStart(sentence, named ? sentence.MentionAt[head]!.First : head, ClauseStart(sentence, before));
            // "Im Januar hatte der Generalstab die Zahl der nordkoreanischen Soldaten … beziffert": what a count noun
            // counts is the object, not the speaker; so is what a number counts ("… hatte der Generalstab noch von 14.000
            // Soldaten gesprochen").
            if (CountedByCountNoun(sentence, start) || CountedByNumber(sentence, start))
            {
                continue;
            }

            return Resolve(sentence, start, head, cited: false, ResolveMode.Subject);
        }

        // "Im Dezember hatte der HUR noch von 14.000 gesprochen": with no other subject, an organisation or person after
        // an article that may be a dative ("der") is the subject after all.
        return dative is { Entity.Kind: EntityKind.Organization or EntityKind.Person }
            ? Resolve(sentence, dative.First - 1, dative.Last, cited: false, ResolveMode.Subject) : null;
    }

    /// <summary>Whether a number stands at or right before the start of the noun phrase (an ordinal's period stands between: "der 47. Brigade"),
    /// or before adjectives joined to it ("hatte der Generalstab 1.040 getötete und verwundete russische Soldaten gemeldet").</summary>
    private bool CountedByNumber(SentenceContext sentence, int start)
    {
        var text = sentence.Tokens;
        if ((start < text.Count && text.Tokens[start].IsNumber) || (start > 0 && text.Tokens[start - 1].IsNumber))
        {
            return true;
        }

        var i = start - 1;
        for (var skipped = 0; i > 0 && skipped < 4 && text.Tokens[i].IsWord && !text.IsCapitalized(i)
            && (IsAdjectiveAt(text, i) || _pack.Grammar.Conjunctions.Contains(text.Lower[i])); skipped++)
        {
            i--;
        }

        return i < start - 1 && i >= 0 && text.Tokens[i].IsNumber;
    }

    /// <summary>
    /// Whether a preposition at <paramref name="at"/> opens where the speaker wrote: a social medium after an article and a
    /// noun for it ("wie Verteidigungsminister Ruben Brekelmans auf der Plattform X schrieb"), not who wrote.
    /// </summary>
    private bool OpensPlatformPhrase(SentenceContext sentence, int at, int end)
    {
        var text = sentence.Tokens;
        if (!text.Tokens[at].IsWord || !_pack.Grammar.RolePrepositions.ContainsKey(text.Lower[at]))
        {
            return false;
        }

        for (var k = at + 1; k <= Math.Min(end, at + 3); k++)
        {
            if (sentence.MentionAt[k] is { Entity.SourceType: "social_media" })
            {
                return true;
            }

            if (!text.Tokens[k].IsWord || !(_pack.Grammar.Determiners.Contains(text.Lower[k]) || (text.IsCapitalized(k) && sentence.MentionAt[k] is null)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the word before token i is a preposition of place or company ("auf Telegram", "mit der BBC").</summary>
    private bool AfterPlacePreposition(SentenceContext sentence, int i) =>
        i > 0 && sentence.Tokens.Tokens[i - 1].IsWord
        && _pack.Grammar.RolePrepositions.TryGetValue(sentence.Tokens.Lower[i - 1], out var role) && role is "destination" or "company";

    /// <summary>Whether token i begins a noun phrase (so a cue before it is a preposition, not a postposition: "nach Londoner Berechnungen").</summary>
    private bool StartsNounPhrase(SentenceContext sentence, int i)
    {
        var text = sentence.Tokens;
        if (i >= text.Count || !text.Tokens[i].IsWord)
        {
            return false;
        }

        // "Gouverneur Oleh Kiper zufolge wurden …": a frequent verb ending like an adjective opens no noun phrase.
        var lower = text.Lower[i];
        return text.IsCapitalized(i) || _pack.Grammar.Determiners.Contains(lower)
            || (IsAdjectiveLike(lower) && !_pack.Attribution.PhraseBreaks.TryMatchAt(text, i, out _));
    }

    private bool StartsWithPreposition(SentenceContext sentence, int i) =>
        _pack.Grammar.RolePrepositions.ContainsKey(sentence.Tokens.Lower[i]) || _pack.Attribution.PhraseBreaks.TryMatchAt(sentence.Tokens, i, out _);

    /// <summary>
    /// Whether the noun phrase at <paramref name="start"/> is the genitive after a count noun, behind an extended
    /// attribute ("die Zahl der in Russland eingesetzten nordkoreanischen Soldaten").
    /// </summary>
    private bool CountedByCountNoun(SentenceContext sentence, int start)
    {
        var text = sentence.Tokens;
        for (var i = Math.Min(start, text.Count - 1); i >= 1 && i >= start - 6 && sentence.SameClause(i, start); i--)
        {
            if (_pack.Attribution.GenitiveDeterminers.Contains(text.Lower[i]))
            {
                return _pack.Measures.CountNouns.Contains(text.Lower[i - 1]);
            }
        }

        return false;
    }

    /// <summary>Whether the phrase at token i is headed by a count noun ("Die Zahl der …").</summary>
    private bool OpensWithCount(SentenceContext sentence, int i)
    {
        var text = sentence.Tokens;
        while (i < text.Count && (!text.Tokens[i].IsWord || _pack.Grammar.Determiners.Contains(text.Lower[i])))
        {
            i++;
        }

        // A word for losses is counted too ("Die Gesamtverluste der russischen Truppen beziffert der Generalstab auf …"):
        // losses say nothing, whoever's they are.
        return i < text.Count && (_pack.Measures.CountNouns.Contains(text.Lower[i]) || _pack.Measures.FactsOf(text.Lower[i]).Measure == "casualties");
    }

    /// <summary>Whether the clause of token i ends in a separable particle ("sagte … zu"): then the verb means something else.</summary>
    private bool EndsWithParticle(SentenceContext sentence, int i)
    {
        // The particle is the clause's last token: in "bezifferte die Zahl der Toten auf 250.000" "auf" is a preposition.
        var text = sentence.Tokens;
        var last = sentence.ClauseBounds(i).Last;
        while (last > i && text.Tokens[last].Kind == TokenKind.Symbol)
        {
            last--;
        }

        return last > i && text.Tokens[last].IsWord && _pack.Attribution.SeparableParticles.Contains(text.Lower[last]);
    }

    private static bool SameSource(Source a, Source b) => string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the phrase of a newspaper at <paramref name="at"/> that a speaker told begins: at its dative article ("dem
    /// SPIEGEL") or at the name itself after a noun of another phrase ("… des Ministeriums heise online"); -1 where the name
    /// is not an addressee (after an article that may be a genitive, any other determiner, or a noun for media).
    /// </summary>
    private int ToldFrom(SentenceContext sentence, int at)
    {
        var before = sentence.Tokens.Lower[at - 1];
        if (_pack.Attribution.Addressees.Contains(before))
        {
            return _pack.Attribution.GenitiveDeterminers.Contains(before) ? -1 : at - 1;
        }

        var apposition = _pack.Attribution.Institutions.TryMatch(before, out var noun, out _) && noun.SourceType == "media";
        return apposition || !sentence.Tokens.Tokens[at - 1].IsWord || _pack.Grammar.Determiners.Contains(before) ? -1 : at;
    }

    /// <summary>A newspaper or broadcaster at token <paramref name="at"/>: a known outlet ("SPIEGEL") or a noun for media ("Zeitung").</summary>
    private bool IsToldNewspaper(SentenceContext sentence, int at) =>
        at < sentence.Tokens.Count
        && (sentence.MentionAt[at] is { Entity.SourceType: "media" }
            || (_pack.Attribution.Institutions.TryMatch(sentence.Tokens.Lower[at], out var noun, out _) && noun.SourceType == "media"));

    /// <summary>
    /// The speaker of a speech verb; of one that also tells what belongs (<c>subject_first_verbs</c>), only a subject before it
    /// ("Zu den wichtigsten Lieferanten zählen Deutschland und Großbritannien" names no source).
    /// </summary>
    private SourcePhrase? SpeakerOf(SentenceContext sentence, CueMatch<AttributionCueKind> cue) =>
        Speaker(sentence, cue.First, cue.Last) is { } speaker
            && !(speaker.First > cue.Last && _pack.Attribution.SubjectFirstVerbs.Contains(sentence.Tokens.Lower[cue.First]))
            && !(_pack.Attribution.HoldingVerbs.Contains(sentence.Tokens.Lower[cue.First]) && CitesInClause(sentence, cue.First))
            && !(_pack.Attribution.TallyVerbs.Contains(sentence.Tokens.Lower[cue.First]) && CountryAlone(sentence, speaker)) ? speaker : null;

    /// <summary>
    /// Whether the clause of the verb at <paramref name="verb"/> names a source after a preposition that is not the subject's
    /// own ("Die Internationale Legion zählt nach Angaben des Kommandos … rund 4.500 ausländische Kämpfer"): a verb that also
    /// tells what belongs then says what the subject holds, and the subject is counted, not counting; "Oryx zählt nach eigenen
    /// Angaben …" still speaks. Asked only of such verbs.
    /// </summary>
    private bool CitesInClause(SentenceContext sentence, int verb)
    {
        foreach (var other in sentence.AttributionCues)
        {
            if (other.Value != AttributionCueKind.Preposition || !sentence.SameClause(other.First, verb))
            {
                continue;
            }

            var own = false;
            for (var i = other.First; i <= other.Last && !own; i++)
            {
                own = _pack.Attribution.SelfReference.TryMatchAt(sentence.Tokens, i, out _) || _pack.Attribution.FirstPerson.Contains(sentence.Tokens.Lower[i]);
            }

            if (!own)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a speaker's phrase is a country's name alone, with at most a determiner before it ("Die Vereinigten Staaten").</summary>
    private bool CountryAlone(SentenceContext sentence, SourcePhrase speaker)
    {
        var first = speaker.First < speaker.Last && _pack.Grammar.Determiners.Contains(sentence.Tokens.Lower[speaker.First]) ? speaker.First + 1 : speaker.First;
        return sentence.MentionAt[first] is { Entity.Kind: EntityKind.Country } country && country.First == first && country.Last == speaker.Last;
    }

    /// <summary>
    /// The subject of a speech verb at tokens [first, last]: "wie X berichtete"; X before the verb
    /// when X opens the clause ("Das Ministerium teilte mit"); X after it ("berichtete X",
    /// ", so X"); else the nearest named source before the verb.
    /// </summary>
    private SourcePhrase? Speaker(SentenceContext sentence, int first, int last)
    {
        var text = sentence.Tokens;

        // "sprach Selenskyj zuletzt von": the speaker stands inside the cue's wildcard.
        for (var i = first + 1; i < last; i++)
        {
            // "kommt in seinem Ukraine Support Tracker auf": a country before a name that is none of its own bodies names a thing.
            if (sentence.MentionAt[i] is { Entity.Kind: EntityKind.Country } named && named.Last + 1 < last && text.Tokens[named.Last + 1].IsWord
                && text.IsCapitalized(named.Last + 1) && sentence.MentionAt[named.Last + 1] is null
                && !_pack.Attribution.Institutions.TryMatch(text.Lower[named.Last + 1], out _, out _))
            {
                i = named.Last;
                continue;
            }

            // "Ein US-Regierungsvertreter sprach gegenüber dem Sender CNN von …": the source after an asker is whom the speaker
            // told, not who spoke (the speaker stands before the verb).
            if (_pack.Attribution.Askers.TryMatchAt(text, i, out var asker))
            {
                i = asker.Last;
                for (var j = asker.Last + 1; j < last && j <= asker.Last + 3; j++)
                {
                    if (sentence.MentionAt[j] is { } told && IsSourceEntity(told))
                    {
                        i = told.Last;
                        break;
                    }
                }

                continue;
            }

            // "Ein Nato-Beamter sprach in Brüssel von …": a capital after a place preposition says where the speaker spoke,
            // not who (the speaker stands before the verb).
            if (sentence.MentionAt[i] is { } place && IsSourceEntity(place) && place.First == i && AfterPlacePreposition(sentence, i))
            {
                i = place.Last;
                continue;
            }

            if (sentence.MentionAt[i] is { } inside && IsSourceEntity(inside))
            {
                // The phrase starts right after the verb, so its attributes ("sprach der südkoreanische Geheimdienst NIS
                // noch von") are the source's, not parties to the claim.
                return Resolve(sentence, first + 1, inside.Last, cited: false, ResolveMode.Named);
            }

            // "kamen sie auf 129.600": a pronoun inside names the source named before.
            if (_pack.Attribution.PronounSpeakers.Contains(text.Lower[i]))
            {
                return PronounAt(text, i);
            }
        }

        // "wie X berichtete": X between "wie" and the verb; an aside in brackets ("(NIS)") does not end the clause.
        var bracketDepth = 0;
        for (var i = first - 1; i >= 0; i--)
        {
            if (text.IsSymbol(i, ')'))
            {
                bracketDepth++;
                continue;
            }

            if (text.IsSymbol(i, '('))
            {
                bracketDepth = Math.Max(0, bracketDepth - 1);
                continue;
            }

            if (bracketDepth == 0 && !text.IsSymbol(i + 1, '(') && !text.IsSymbol(i, ')') && !sentence.SameClause(i, i + 1))
            {
                break;
            }

            if (text.Lower[i] == "wie")
            {
                var end = first - 1;
                // "wie der Sprecher weiter mitteilte", "wie ein Sprecher zudem sagte": an adverb right before the verb is
                // no part of the speaker's name (`phrase_breaks`).
                while (end > i + 1 && !text.IsCapitalized(end) && _pack.Attribution.PhraseBreaks.TryMatchAt(text, end, out _))
                {
                    end--;
                }

                // "wie ein Sprecher auf Anfrage unserer Zeitung bestätigte": who asked is not who spoke; "wie Innenminister
                // Klymenko auf Telegram schrieb": where the speaker wrote is not who (a place after "in" says whose he is).
                for (var j = i + 2; j <= end; j++)
                {
                    if (j < end && (_pack.Attribution.Askers.TryMatchAt(text, j, out _)
                        || sentence.MentionAt[j + 1] is { Entity.Kind: EntityKind.Organization } && !_pack.Attribution.PlaceLinks.Contains(text.Lower[j])
                            && AfterPlacePreposition(sentence, j + 1)
                        || OpensPlatformPhrase(sentence, j, end)))
                    {
                        end = j - 1;
                        break;
                    }

                    // "wie ein Sprecher des Ministeriums dem SPIEGEL bestätigte", "… heise online bestätigte": a newspaper after
                    // the speaker's phrase, in the dative or bare, is whom the speaker told. Not one after an article or its
                    // own noun ("wie die Zeitung Financial Times berichtete"), nor after a determiner that may be a genitive
                    // ("wie ein Sprecher der BBC sagte").
                    if (sentence.MentionAt[j] is { Entity.SourceType: "media" } told && sentence.MentionAt[j - 1] != told
                        && ToldFrom(sentence, j) is var toldFrom && toldFrom > i + 1)
                    {
                        end = toldFrom - 1;
                        break;
                    }
                }

                // "wie beide Redaktionen mitteilten", "wie die beiden Portale berichteten": both of the sources named before.
                if (CollectiveSpeakerAt(sentence, i + 1, end) is var both && both >= 0)
                {
                    return PronounAt(text, both);
                }

                var chain = ChainStart(sentence, i + 1, end);
                return Resolve(sentence, i + 1, chain ?? end, cited: false, ResolveMode.Loose);
            }
        }

        // "Der ukrainische Generalstab bezifferte …": the clause opens with the subject; an aside in
        // brackets before the verb belongs to it ("Das Institute for the Study of War (ISW) bezifferte").
        // (A bracket is a clause break of its own: the verb's clause may start at the closing bracket.)
        var clauseStart = ClauseStart(sentence, first);
        while (clauseStart > 1 && (text.IsSymbol(clauseStart - 1, ')') && clauseStart == first
            || text.IsSymbol(clauseStart, ')') && clauseStart == first - 1))
        {
            var open = text.IsSymbol(clauseStart, ')') ? clauseStart - 1 : clauseStart - 2;
            while (open > 0 && !text.IsSymbol(open, '('))
            {
                open--;
            }

            if (open <= 0 || !text.IsSymbol(open, '('))
            {
                break;
            }

            first = open;
            clauseStart = ClauseStart(sentence, open - 1);
        }

        // "Nach den Verlusten – Seoul sprach von …": the comma or dash that opens the clause is not part of a subject
        // after it ("…, hatte Kiews Generalstab … angegeben" has its verb first).
        if (clauseStart < first - 1 && text.Tokens[clauseStart].Kind == TokenKind.Symbol && !text.IsSymbol(clauseStart, '(') && !text.IsSymbol(clauseStart, ')')
            && text.Tokens[clauseStart + 1].IsWord && text.IsCapitalized(clauseStart + 1))
        {
            clauseStart++;
        }

        // "…, schrieb er", "Er sagte", "sagte der SPD-Politiker": a pronoun or a definite noun for a
        // person names the person named before the sentence.
        // A pronoun after the verb is its object when a subject opens the clause ("Das Verteidigungsministerium in
        // Moskau bezifferte sie auf …").
        // "Die Zahl der … Soldaten schätzt Kiew auf etwa 8.000": a count opening the clause is the object.
        // "Laut Interfax sagte …": a source after a preposition opening the clause is not the verb's subject.
        var opensWithSource = clauseStart < first && _pack.Attribution.Cues.TryMatchAt(text, clauseStart, out var opening)
            && opening.Value == AttributionCueKind.Preposition;
        // "Den Wert des Pakets beziffert das Ministerium auf …": a clause opened by an object has its subject after the verb.
        // ("Den Haag beziffert …" opens with a name).
        // So does a noun of value in its first two words ("Dessen Volumen beziffern Diplomaten auf …"): a value speaks no figure.
        var opensWithObject = clauseStart < first && sentence.MentionAt[clauseStart] is null
            && (_pack.Attribution.ObjectDeterminers.Contains(text.Lower[clauseStart]) || _pack.Cues.PackageValueNouns.Contains(text.Lower[clauseStart])
                || (clauseStart + 1 < first && _pack.Cues.PackageValueNouns.Contains(text.Lower[clauseStart + 1]))
                // "Die Verluste der Nordkoreaner bezifferte der HUR zuletzt auf …": losses counted speak no figure either.
                || (clauseStart + 1 < first && _pack.Measures.FactsOf(text.Lower[clauseStart + 1]) is { Counted: true, Blocked: false, Measure: "casualties" })
                // "Die Reichweite der KN-23 geben die Analysten mit rund 700 Kilometern an": nor does a weapon's property.
                || (clauseStart + 1 < first && _pack.Grammar.Determiners.Contains(text.Lower[clauseStart]) && _pack.Measures.PropertyOf(text.Lower[clauseStart + 1]) is not null));
        var subjectBefore = clauseStart < first && !opensWithSource && !opensWithObject && !StartsWithPreposition(sentence, clauseStart) && !OpensWithCount(sentence, clauseStart)
            ? Resolve(sentence, clauseStart, first - 1, cited: false, ResolveMode.Subject) : null;
        foreach (var at in new[] { last + 1, first - 1 })
        {
            if (at >= 0 && at < text.Count && (at > last ? subjectBefore is null : at == clauseStart) && _pack.Attribution.PronounSpeakers.Contains(text.Lower[at]))
            {
                return PronounAt(text, at);
            }
        }

        // "Die 68. Jägerbrigade habe … getötet, teilte ihr Sprecher mit": a possessive before a word for a person's staff right
        // after the verb is its owner speaking, the institution opening the sentence where there is one, else whom the
        // possessive points back to, as "nach Angaben seines Büros" does.
        if (subjectBefore is null && last + 2 < text.Count && _pack.Attribution.PossessiveSubjects.Contains(text.Lower[last + 1])
            && _pack.Attribution.PossessiveOffices.Contains(text.Lower[last + 2]))
        {
            return OpeningSubject(sentence) is { } owner
                ? new SourcePhrase(last + 1, last + 2, owner, Cited: false)
                : new SourcePhrase(last + 1, last + 2, new Source(text.Lower[last + 1], "unknown"), Cited: false, Pronoun: true);
        }

        // "Sie haben … mindestens 148.312 russische Soldaten namentlich identifiziert": a pronoun opening the clause before its
        // finite auxiliary is the subject; the noun phrase between auxiliary and participle is the object.
        if (clauseStart + 1 < first - 1 && _pack.Attribution.PronounSpeakers.Contains(text.Lower[clauseStart])
            && _pack.Grammar.FiniteAuxiliaries.Contains(text.Lower[clauseStart + 1]))
        {
            return PronounAt(text, clauseStart);
        }

        // "Im vergangenen Jahr hatte er noch von 617.000 Soldaten gesprochen": a pronoun right after the finite auxiliary that
        // follows an opening adverbial is the subject (the verb second, the subject after it).
        if (subjectBefore is null && InvertedPronounSubject(sentence, clauseStart, first) is { } invertedAt)
        {
            return PronounAt(text, invertedAt);
        }

        if (PersonBackReference(sentence, last + 1) is { } personEnd)
        {
            return new SourcePhrase(last + 1, personEnd, new Source(text.TextOf(last + 1, personEnd), "unknown"), Cited: false, Pronoun: true);
        }

        // "Der Gouverneur der Region Belgorod, Wjatscheslaw Gladkow, sprach von …": a name between
        // commas right before the verb stands beside the subject; the subject's noun gives its type.
        if (clauseStart >= first - 1 && AppositionBefore(sentence, first) is { } apposition)
        {
            return apposition;
        }

        // "Das Projekt UALosses, das Todesanzeigen auswertet, hat … rund 87.000 Gefallene erfasst": the relative clause may end
        // right before the finite auxiliary that opens the participle's clause (what stands between the auxiliary and
        // the participle is the object: "… hat bislang 45.000 gefallene russische Soldaten erfasst").
        var auxiliary = text.Tokens[clauseStart].Kind == TokenKind.Symbol ? clauseStart + 1 : clauseStart;
        if (auxiliary < first - 1 && _pack.Grammar.FiniteAuxiliaries.Contains(text.Lower[auxiliary])
            && SubjectBeforeRelativeClause(sentence, auxiliary) is { } auxiliarySubject)
        {
            return auxiliarySubject;
        }

        if (subjectBefore is { } subject)
        {
            return subject;
        }

        // "Ein Nato-Beamter, der nicht genannt werden wollte, sagte WELT, …": the subject stands before a relative clause
        // that ends right before the verb; a name after the verb is whom the subject told, not who spoke.
        if (clauseStart >= first - 1 && SubjectBeforeRelativeClause(sentence, first) is { } relativeSubject)
        {
            return relativeSubject;
        }

        // "teilten beide Redaktionen mit": both of the sources named before.
        if (CollectiveSpeakerAt(sentence, last + 1, text.Count - 1) is var bothAfter && bothAfter >= 0)
        {
            return PronounAt(text, bothAfter);
        }

        // "berichtete X", "sagte X dem Sender Y", ", so X"
        var after = Resolve(sentence, last + 1, PhraseEndAfter(sentence, last + 1), cited: false, ResolveMode.Named);
        if (after is not null)
        {
            return WithDescriptionAfter(sentence, WithNameAfter(sentence, after));
        }

        // "An schlechten Tagen verliere Russland mehr als 1500 Soldaten, sagt ein Nato-Diplomat": after a comma the reported
        // clause stands before the verb, so a person no name gives, opened by an indefinite article, is its subject, not an
        // object; the nearest name before the verb is a party to the report.
        if (first > 0 && text.IsSymbol(first - 1, ',') && last + 2 < text.Count && _pack.Attribution.IndefiniteSpeakers.Contains(text.Lower[last + 1])
            && Resolve(sentence, last + 1, PhraseEndAfter(sentence, last + 1), cited: false, ResolveMode.Loose) is { } unnamed)
        {
            return unnamed;
        }

        // "Laut Interfax sagte Kremlsprecher Peskow, …", "Laut Tass erklärte das russische Verteidigungsministerium, …":
        // after a preposition opening the clause the verb comes second and its subject after it; the source of the
        // preposition's phrase reports the speaker's words, it does not speak them.
        if ((opensWithSource || opensWithObject || (clauseStart < first && StartsWithPreposition(sentence, clauseStart)))
            && Resolve(sentence, last + 1, PhraseEndAfter(sentence, last + 1), cited: false, ResolveMode.Subject) is { } inverted)
        {
            return inverted;
        }

        // "Inzwischen weist die Aufstellung des Verteidigungsministeriums 61 Fahrzeuge aus": a carrier after the verb, with
        // its owner in the genitive, is the owner's paper; the owner is the source.
        if (CarrierOwnerAfterVerb(sentence, last + 1) is { } paperOwner)
        {
            return paperOwner;
        }

        // "X, der …, sagte": the nearest named source before the verb in the sentence.
        for (var start = first - 1; start >= 0; start--)
        {
            // "hatten der Ukraine einen Kredit zugesagt": a name in the dative is whom it was said to; after a
            // preposition, a place ("der in Russland eingesetzten Soldaten").
            if (sentence.MentionAt[start] is { } mention && IsSourceEntity(mention) && !sentence.FollowsDativeArticle(mention)
                && !(mention.First > 0 && _pack.Grammar.RolePrepositions.ContainsKey(text.Lower[mention.First - 1])))
            {
                // take the first (leftmost) source of this clause run
                var leftmost = mention.First;
                for (var j = leftmost - 1; j >= 0; j--)
                {
                    if (sentence.MentionAt[j] is { } earlier && IsSourceEntity(earlier))
                    {
                        leftmost = earlier.First;
                    }
                }

                return Resolve(sentence, leftmost, first - 1, cited: false, ResolveMode.Named) ?? Resolve(sentence, mention.First, mention.Last, cited: false, ResolveMode.Loose);
            }
        }

        // "Zuvor hatte der südkoreanische Generalstab … gesprochen": the subject after the clause's verb; "Im Herbst hatte
        // Seoul die Zahl noch auf rund 13.000 geschätzt": a capital right after the finite auxiliary is the subject and
        // speaks for its government (not where it promises: "Demnach hat Berlin … zugesagt" is the report's).
        return ClauseSubject(sentence, first) ?? (PlaceAfterAuxiliary(sentence, first) && !_pack.Attribution.CommitmentParticiples.TryMatchAt(text, first, out _)
            ? ClauseSubject(sentence, first, capitals: true) : null);
    }

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/> when a relative clause stands between them: a comma right before
    /// the verb closes a clause opened by a comma and a determiner before a lower-case word ("…, der nicht namentlich genannt
    /// werden wollte, sagte") and ending in a lower-case verb; the subject is the clause before that comma. An apposition
    /// ("…, der Gouverneur der Region, sagte") opens with a noun and ends with one, so it is not taken.
    /// </summary>
    private SourcePhrase? SubjectBeforeRelativeClause(SentenceContext sentence, int verb)
    {
        var text = sentence.Tokens;
        if (verb < 4 || !text.IsSymbol(verb - 1, ',') || !text.Tokens[verb - 2].IsWord || text.IsCapitalized(verb - 2))
        {
            return null;
        }

        var open = ClauseStart(sentence, verb - 2);
        if (text.Tokens[open].IsWord)
        {
            open--;
        }

        // (A noun may follow the pronoun, "…, das Todesanzeigen auswertet, hat …", where the clause ends in a verb.)
        if (open < 1 || open + 2 >= verb - 1 || !text.IsSymbol(open, ',') || !_pack.Grammar.Determiners.Contains(text.Lower[open + 1])
            || !text.Tokens[open + 2].IsWord || !text.Tokens[open - 1].IsWord || !text.IsCapitalized(open - 1))
        {
            return null;
        }

        var start = ClauseStart(sentence, open - 1);
        if (text.Tokens[start].Kind == TokenKind.Symbol)
        {
            start++;
        }

        if (start >= open || StartsWithPreposition(sentence, start) || OpensWithCount(sentence, start))
        {
            return null;
        }

        // A noun phrase with a compound head ("Ein hochrangiger Nato-Beamter") is no plain subject phrase; opened by a
        // determiner, the phrase is the source as a whole.
        return Resolve(sentence, start, open - 1, cited: false, ResolveMode.Subject)
            ?? (_pack.Grammar.Determiners.Contains(text.Lower[start]) ? Resolve(sentence, start, open - 1, cited: false, ResolveMode.Loose) : null);
    }

    /// <summary>Whether the phrase at <paramref name="phrase"/> follows a speech verb that opens its clause after a comma (", berichtete die …").</summary>
    private bool ReportsClauseBefore(SentenceContext sentence, int phrase)
    {
        var text = sentence.Tokens;
        var verb = phrase - 1;
        while (verb > 0 && _pack.Grammar.Determiners.Contains(text.Lower[verb]))
        {
            verb--;
        }

        if (verb <= 0 || !text.IsSymbol(verb - 1, ','))
        {
            return false;
        }

        // "…, teilte das Verteidigungsministerium mit": a split speech verb (not a commitment) reports the clause as well.
        return (_pack.Attribution.Cues.TryMatchAt(text, verb, out var cue) && cue.Value == AttributionCueKind.SpeechVerb && cue.Last == verb)
            || (_pack.Attribution.SplitVerbs.TryMatchAt(text, verb, out var split) && split.Last == verb && split.Value.Values.Contains(false));
    }

    /// <summary>
    /// Whether the speech verb at <paramref name="verb"/> is a participle inside a noun phrase, before its noun: a determiner
    /// before it opens an extended attribute ("in einer am Dienstag veröffentlichten Auswertung", "die zuletzt genannten
    /// Zahlen"), where a determiner followed by its noun ends a subject ("Die Analysten veröffentlichten …").
    /// </summary>
    private bool AttributiveParticiple(SentenceContext sentence, int verb)
    {
        var text = sentence.Tokens;
        if (!BeforeItsNoun(text, verb))
        {
            return false;
        }

        for (var i = verb - 1; i >= 0 && i >= verb - 5 && text.Tokens[i].IsWord && sentence.SameClause(i, verb); i--)
        {
            // "Das sagte HUR-Chef Kyrylo Budanow": a determiner opening the clause right before the verb is its subject.
            if (_pack.Grammar.Determiners.Contains(text.Lower[i]))
            {
                return i + 1 == verb ? i > 0 && text.Tokens[i - 1].IsWord && sentence.SameClause(i - 1, i) : !text.IsCapitalized(i + 1);
            }

            // A noun ends the phrase before the verb ("Die nordkoreanischen Verluste beziffert Seoul …"), unless a
            // preposition before it makes it part of the attribute ("am Dienstag").
            if (text.IsCapitalized(i))
            {
                if (i == 0 || !StartsWithPreposition(sentence, i - 1))
                {
                    return false;
                }

                i--;
            }
        }

        return false;
    }

    /// <summary>Whether the clause of the verb at <paramref name="verb"/> has a place of a country right after a finite auxiliary ("hatte Seoul").</summary>
    private static bool PlaceAfterAuxiliary(SentenceContext sentence, int verb)
    {
        var text = sentence.Tokens;
        for (var i = Math.Max(1, ClauseStart(sentence, verb)); i < verb; i++)
        {
            if (sentence.MentionAt[i] is { Entity: { Kind: EntityKind.Place, Country: not null } } place && place.First == i
                && sentence.Pack.Grammar.FiniteAuxiliaries.Contains(text.Lower[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "der SPD-Politiker": a definite noun for a person at token <paramref name="at"/>, with no
    /// name after it; the last token of the phrase.
    /// </summary>
    private int? PersonBackReference(SentenceContext sentence, int at)
    {
        var text = sentence.Tokens;
        if (at + 1 >= text.Count || !_pack.Attribution.PersonDeterminers.Contains(text.Lower[at]))
        {
            return null;
        }

        // The noun, maybe a hyphenated compound ("SPD-Politiker"), maybe after an adjective made of a number ("der
        // 61-jährige General": an age is no part of the noun).
        var noun = at + 1;
        if (noun + 3 < text.Count && text.Tokens[noun].Kind == TokenKind.Number && text.IsSymbol(noun + 1, '-') && text.Tokens[noun + 1].Joined
            && text.Tokens[noun + 2].Joined && text.Tokens[noun + 2].IsWord && !text.IsCapitalized(noun + 2))
        {
            noun += 3;
        }

        while (noun + 2 < text.Count && text.IsSymbol(noun + 1, '-') && text.Tokens[noun + 1].Joined && text.Tokens[noun + 2].Joined)
        {
            noun += 2;
        }

        // "der Niederländer": a people's name after a singular determiner is one person of that people, the one
        // named last, not the country.
        var onePerson = sentence.MentionAt[noun] is { Form: MentionForm.People } people && people.First == noun && people.Last == noun
            && _pack.Attribution.PeopleBackDeterminers.Contains(text.Lower[at]);
        if (!text.Tokens[noun].IsWord || !text.IsCapitalized(noun)
            || (!onePerson && (sentence.MentionAt[noun] is not null || !WordEndings.EndsWithAny(text.Lower[noun], _pack.Attribution.PersonHeads))))
        {
            return null;
        }

        // "der Minister Boris Pistorius" names the person itself; "der Kommandeur der 47. Brigade, Oleksandr Sak" describes one
        // by whose they are, named anew. A newspaper after the article is whom the person told, no genitive: "…, sagte der
        // SPD-Politiker der FR" (a politician is nobody's staff at a newspaper).
        return noun + 1 < text.Count && text.Tokens[noun + 1].IsWord
            && (text.IsCapitalized(noun + 1) || (_pack.Attribution.GenitiveDeterminers.Contains(text.Lower[noun + 1]) && !IsToldNewspaper(sentence, noun + 2)))
            ? null : noun;
    }

    private static bool IsSourceEntity(EntityMention mention) =>
        mention.Entity.Kind is EntityKind.Organization or EntityKind.Person
        || (mention.Entity.Kind == EntityKind.Country && mention.Form is MentionForm.Name or MentionForm.Metonym);

    private int? ChainStart(SentenceContext sentence, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (_pack.Attribution.Cues.TryMatchAt(sentence.Tokens, i, out var cue) && cue.Value == AttributionCueKind.Chain)
            {
                return i - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// "Einem Bericht des Pentagon zufolge": the phrase from the clause start to the cue. A determiner
    /// other than a genitive one opens the phrase, so the subject before it is not part of it
    /// ("hat Pjöngjang dem Bericht zufolge …" is the report's, not Pyongyang's).
    /// </summary>
    private SourcePhrase? PhraseBefore(SentenceContext sentence, int cue)
    {
        var text = sentence.Tokens;
        var start = cue - 1;
        // "Ihm zufolge": a dative pronoun points back as a pronoun speaker does.
        if (_pack.Attribution.DativePronounSpeakers.Contains(text.Lower[start]))
        {
            return PronounAt(text, start);
        }

        while (start > 0 && sentence.SameClause(start - 1, cue) && cue - start < MaxPhraseTokens
            && !_pack.Attribution.PhraseBreaks.TryMatchAt(text, start - 1, out _)
            && !(_pack.Grammar.Determiners.Contains(text.Lower[start]) && !_pack.Attribution.GenitiveDeterminers.Contains(text.Lower[start])))
        {
            start--;
        }

        return start < cue ? Resolve(sentence, start, cue - 1, cited: false, ResolveMode.Loose) : null;
    }

    /// <summary>Where a source phrase that starts at <paramref name="from"/> ends.</summary>
    private int PhraseEndAfter(SentenceContext sentence, int from)
    {
        var text = sentence.Tokens;
        var end = from - 1;
        for (var i = from; i < text.Count && i - from < MaxPhraseTokens; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                var c = text.Text[token.Start];
                // Quote marks never end a source phrase; hyphens, brackets and periods do unless joined to the token before.
                if (c == '"' || (token.Joined && c is '-' or '(' or ')' or '.'))
                {
                    // "Lee Seong-kweun": a lower-case part joined by a hyphen belongs to the word before.
                    if (c == '-' && i + 1 < text.Count && text.Tokens[i + 1].Joined && text.Tokens[i + 1].IsWord)
                    {
                        end = ++i;
                    }

                    continue;
                }

                break;
            }

            // "auf zwei US-Regierungsbeamte": a count of the people cited opens their phrase, also before a lower-case
            // adjective of a capitalized noun ("auf zwei europäische Geheimdienstvertreter").
            if (i == from && i + 1 < text.Count
                && (text.IsCapitalized(i + 1) || sentence.MentionAt[i + 1] is { Form: MentionForm.Adjective }
                    || (i + 2 < text.Count && text.Tokens[i + 1].IsWord && text.IsCapitalized(i + 2) && IsAdjectiveAt(text, i + 1)))
                && sentence.IsNumeral(i))
            {
                end = i;
                continue;
            }

            // "nach Angaben der 47. Brigade": an ordinal before a capitalized word names a unit, not the claim's number.
            if (token.Kind == TokenKind.Number && i > from && i + 2 < text.Count && text.IsSymbol(i + 1, '.') && text.Tokens[i + 1].Joined
                && text.Tokens[i + 2].IsWord && text.IsCapitalized(i + 2))
            {
                end = ++i;
                continue;
            }

            if (token.Kind == TokenKind.Number)
            {
                break;
            }

            // "des Generalstabs in Seoul": an institution's place belongs to its phrase.
            if (i > from && PlaceOfInstitution(sentence, i) is { } placeLast)
            {
                end = placeLast;
                i = placeLast;
                continue;
            }

            // "nach der Liste auf der Internetseite der Bundesregierung": where a carrier is published belongs to its phrase,
            // and the genitive after it names the owner (the preposition would break the phrase at the carrier).
            if (i > 0 && text.IsCapitalized(i - 1) && _pack.Attribution.PublicationPlaces.TryMatchAt(text, i, out var published)
                && _pack.Attribution.Institutions.TryMatch(text.Lower[i - 1], out var carrier, out _) && carrier.Name.Length == 0)
            {
                end = i = published.Last;
                continue;
            }

            if (i > from && (_pack.Attribution.PhraseBreaks.TryMatchAt(text, i, out _) || _pack.Attribution.Cues.TryMatchAt(text, i, out _)))
            {
                break;
            }

            // "sagte Sara Nanni unserer Zeitung", "sagte Nanni dem SPIEGEL": a newspaper in the dative right after a person's
            // name is whom the person told, not part of the speaker (after an institution noun it may be a genitive: "ein
            // Sprecher der Zeitung").
            if (i > from && !text.IsCapitalized(i) && _pack.Attribution.Addressees.Contains(text.Lower[i]) && IsToldNewspaper(sentence, i + 1)
                && (IsNamePart(sentence, i - 1) || sentence.MentionAt[i - 1] is { Entity.Kind: EntityKind.Person }))
            {
                break;
            }

            // "nach Angaben westlicher Experten Ziele in … treffen": a capitalized word right after a plural in the genitive
            // (a strong adjective in "-er" with no determiner before it, a noun in "-en") opens the clause's object; a name
            // follows a singular title ("des Experten Müller").
            if (i >= from + 2 && text.IsCapitalized(i) && sentence.MentionAt[i] is null
                && (IsBarePluralGenitive(sentence, i - 1, from) || IsBareSourcePluralAfterLink(sentence, i - 1, from)))
            {
                break;
            }

            // Lower-case words other than determiners, adjectives and "und" end the phrase (a verb follows).
            if (!text.IsCapitalized(i) && sentence.MentionAt[i] is null)
            {
                var lower = text.Lower[i];
                // A number word is the claim's count, never part of the source ("laut Luftwaffe sieben ballistische Raketen":
                // "sieben" ends in "-en" like an adjective); an article ("einer Sprecherin") is no count here.
                if (i > from && !_pack.Numbers.Articles.Contains(lower) && sentence.IsNumeral(i))
                {
                    break;
                }

                // A verb that looks like an adjective gives itself away by the determiner after it ("starteten die"); asked
                // only of a word that looks like one.
                // A possessive is a determiner too: "ihres", "ihrer" are too short to look like adjectives as "seines" does.
                var continues = lower == "und"
                    || _pack.Grammar.Determiners.Contains(lower)
                    || _pack.Attribution.PossessiveSpeakers.Contains(lower)
                    || (IsAdjectiveLike(lower) && !(i + 1 < text.Count && _pack.Grammar.Determiners.Contains(text.Lower[i + 1])))
                    || (i + 1 < text.Count && _pack.Attribution.PhraseLinks.TryMatchAt(text, i, out _));
                if (!continues)
                {
                    break;
                }
            }

            end = i;
        }

        return end;
    }

    /// <summary>
    /// "in Seoul" after an institution noun ("des Generalstabs in Seoul"): the last token of the
    /// place, when token i is a place link, the token before it an institution and a capital or
    /// country follows.
    /// </summary>
    private int? PlaceOfInstitution(SentenceContext sentence, int i)
    {
        var text = sentence.Tokens;
        // The cheap tests first: most words follow no capitalized word that names nothing known.
        if (i + 1 >= text.Count || !text.IsCapitalized(i - 1) || sentence.MentionAt[i - 1] is not null
            || !_pack.Attribution.PlaceLinks.Contains(text.Lower[i])
            || !_pack.Attribution.Institutions.TryMatch(text.Lower[i - 1], out var institution, out _) || institution.Name.Length == 0)
        {
            return null;
        }

        return sentence.MentionAt[i + 1] is { Form: MentionForm.Name or MentionForm.Metonym or MentionForm.Place } place && place.First == i + 1
            && place.Entity.Kind is EntityKind.Country or EntityKind.Place && place.Entity.Country is not null
            ? place.Last
            : null;
    }

    /// <summary>
    /// Whether token <paramref name="noun"/> is a capitalized noun in "-en" after a strong adjective in "-er" that opens the
    /// phrase or follows no determiner ("westlicher Experten", "ukrainischer Quellen"): a plural in the genitive (the
    /// endings are the language's, `genitive_plural_adjective_ending`, `genitive_plural_noun_ending`).
    /// </summary>
    private bool IsBarePluralGenitive(SentenceContext sentence, int noun, int from)
    {
        var text = sentence.Tokens;
        var adjective = noun - 1;
        return adjective >= from && IsPluralGenitiveNoun(sentence, noun)
            && text.Tokens[adjective].IsWord && !text.IsCapitalized(adjective) && _pack.Grammar.GenitivePluralAdjectiveEnding.Length > 0
            && text.Lower[adjective].EndsWith(_pack.Grammar.GenitivePluralAdjectiveEnding, StringComparison.Ordinal)
            && IsAdjectiveLike(text.Lower[adjective])
            && (adjective == from || !(text.Tokens[adjective - 1].IsWord && _pack.Grammar.Determiners.Contains(text.Lower[adjective - 1])));
    }

    /// <summary>
    /// Whether token <paramref name="noun"/> is a source noun in "-en" with no determiner right after a word that links a
    /// source phrase ("aus Ausschusskreisen", "von Experten"): a bare plural, so a capitalized word after it opens the
    /// clause's object ("nach Angaben aus Ausschusskreisen IRIS-T-Lenkflugkörper für …"), not a name it carries.
    /// </summary>
    private bool IsBareSourcePluralAfterLink(SentenceContext sentence, int noun, int from)
    {
        var text = sentence.Tokens;
        return noun - 1 >= from && IsPluralGenitiveNoun(sentence, noun)
            && text.Tokens[noun - 1].IsWord && !text.IsCapitalized(noun - 1) && _pack.Attribution.PhraseLinks.TryMatchAt(text, noun - 1, out _)
            && _pack.Attribution.Institutions.TryMatch(text.Lower[noun], out var institution, out _) && institution.Name.Length > 0;
    }

    /// <summary>A capitalized word naming nothing known with the plural genitive's noun ending ("Experten"; `genitive_plural_noun_ending`).</summary>
    private bool IsPluralGenitiveNoun(SentenceContext sentence, int noun)
    {
        var text = sentence.Tokens;
        var ending = _pack.Grammar.GenitivePluralNounEnding;
        return ending.Length > 0 && text.Tokens[noun].IsWord && text.IsCapitalized(noun) && sentence.MentionAt[noun] is null
            && text.Lower[noun].EndsWith(ending, StringComparison.Ordinal);
    }

    private bool IsAdjectiveLike(string lower) => WordEndings.EndsWithAny(lower, _pack.Grammar.AdjectiveEndings, minStem: 3);

    /// <summary>An adjective-like word at token i that is not a word that breaks a source phrase ("stehen"), nor a finite
    /// auxiliary or modal ("Bis Ende November konnten die Journalisten … bestätigen": "konnten" opens no phrase).</summary>
    private bool IsAdjectiveAt(TokenizedText text, int i) =>
        IsAdjectiveLike(text.Lower[i]) && !_pack.Attribution.PhraseBreaks.TryMatchAt(text, i, out _)
        && !_pack.Grammar.FiniteAuxiliaries.Contains(text.Lower[i]);

    /// <summary>The pronoun at token <paramref name="at"/> as a speaker, to be resolved against the sentences before.</summary>
    private static SourcePhrase PronounAt(TokenizedText text, int at) =>
        new(at, at, new Source(text.Lower[at], "unknown"), Cited: false, Pronoun: true);

    /// <summary>The pronoun right after the clause's first finite auxiliary, before <paramref name="first"/>, if any.</summary>
    private int? InvertedPronounSubject(SentenceContext sentence, int clauseStart, int first)
    {
        var text = sentence.Tokens;
        for (var i = clauseStart + 1; i + 1 < first; i++)
        {
            if (text.Tokens[i].IsWord && _pack.Grammar.FiniteAuxiliaries.Contains(text.Lower[i]))
            {
                return _pack.Attribution.PronounSpeakers.Contains(text.Lower[i + 1]) ? i + 1 : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The token of a person's noun joined by a hyphen right after an organisation ("EU-Diplomat", `compound_persons`),
    /// within the phrase, else -1.
    /// </summary>
    private int CompoundPersonAfter(TokenizedText text, EntityMention mention, int last)
    {
        var person = mention.Last + 2;
        return person <= last && text.IsSymbol(mention.Last + 1, '-') && text.Tokens[person].Joined && text.Tokens[person].IsWord
            && _pack.Attribution.CompoundPersons.Contains(text.Lower[person]) ? person : -1;
    }

    /// <summary>
    /// Whether a person's name of two words or more (or a known person) follows the head of the hyphenated compound that
    /// starts at the organisation mention, within the phrase ("EU-Außenbeauftragte Kaja Kallas").
    /// </summary>
    private bool NameAfterCompound(SentenceContext sentence, EntityMention mention, int last)
    {
        var from = mention.Last + 3;
        if (from > last)
        {
            return false;
        }

        return sentence.MentionAt[from] is { Entity.Kind: EntityKind.Person }
            || (from + 1 <= last && IsNamePart(sentence, from) && IsNamePart(sentence, from + 1));
    }

    /// <summary>Whether an organisation mention follows a place link ("in Brüssel"): its seat, where something happens.</summary>
    internal static bool IsPlaceNamed(SentenceContext sentence, EntityMention mention) =>
        mention.First > 0 && sentence.Pack.Attribution.PlaceLinks.Contains(sentence.Tokens.Lower[mention.First - 1]);

    /// <summary>
    /// Whether an organisation mention is the first part of a hyphenated compound within the phrase whose head is a person or
    /// no institution ("Nato-Beamter", "Nato-Staaten"), not a body of the organisation's own ("UN-Menschenrechtsbeobachtermission"
    /// is the UN's mission).
    /// </summary>
    private bool IsCompoundModifier(TokenizedText text, EntityMention mention, int last) =>
        mention.Last + 2 <= last && text.IsSymbol(mention.Last + 1, '-') && text.Tokens[mention.Last + 2].Joined && text.Tokens[mention.Last + 2].IsWord
        && (!_pack.Attribution.Institutions.TryMatch(text.Lower[mention.Last + 2], out var head, out _) || head.SourceType == "official");

    /// <summary>
    /// Turns the tokens [first, last] into a source. <paramref name="mode"/> says how sure the
    /// context is that the phrase names a source: after "laut" anything goes; as the subject or
    /// object of a speech verb, only a named source, or an institution or country that heads the phrase.
    /// </summary>
    private SourcePhrase? Resolve(SentenceContext sentence, int first, int last, bool cited, ResolveMode mode)
    {
        var text = sentence.Tokens;
        first = Math.Max(0, first);
        if (first > last || first >= text.Count)
        {
            return null;
        }

        last = Math.Min(last, text.Count - 1);

        // 1. A named organisation or person: the first one in the phrase.
        EntityMention? country = null;
        for (var i = first; i <= last; i++)
        {
            if (sentence.MentionAt[i] is not { } mention)
            {
                continue;
            }

            switch (mention.Entity.Kind)
            {
                case EntityKind.Organization when IsPlaceNamed(sentence, mention):
                    // "wie Kommissionspräsidentin Ursula von der Leyen in Brüssel sagte": a body named by its seat after
                    // "in" says where the speaker was, not who speaks.
                    break;
                case EntityKind.Organization when mention.Entity.Country is null && IsCompoundModifier(text, mention, last):
                    // "Ein hochrangiger Nato-Beamter", "Nato-Generalsekretär Mark Rutte", "Die Nato-Staaten": a body of no
                    // country before a hyphen only qualifies the compound's head; the head, or the name after it, speaks.
                    break;
                case EntityKind.Organization when mention.Entity.Country is { } own && _pack.Entities.Country(own) is null
                    && IsCompoundModifier(text, mention, last) && NameAfterCompound(sentence, mention, last):
                    // "die EU-Außenbeauftragte Kaja Kallas": a party of its own before a person's title only says whose officer
                    // the named person is; the name speaks. (A body of a country keeps speaking for it: "HUR-Sprecher
                    // Andrij Jussow" stays the intelligence service, whose country the claim's parties are read against.)
                    break;
                case EntityKind.Organization when CompoundPersonAfter(text, mention, last) is var employee && employee > 0:
                    // "Ein EU-Diplomat sagte": the diplomat speaks, the organisation only employs them.
                    return new SourcePhrase(first, employee, new Source(PhraseText(text, mention.First, employee), "official"), cited);
                case EntityKind.Organization:
                case EntityKind.Person:
                    // The phrase ends with the name: what follows ("… der Ukraine 30 Panzer zugesagt") is not the source.
                    return new SourcePhrase(first, mention.Last, new Source(mention.Entity.Name, mention.Entity.SourceType), cited);
                case EntityKind.Place when text.IsSymbol(mention.First - 1, '"') && text.IsSymbol(mention.Last + 1, '"'):
                    // "sagt „Dnipro“, 38 Jahre alt": a place's name alone in quotation marks is a call sign, a person's name.
                    break;
                case EntityKind.Country when country is null:
                case EntityKind.Place when country is null && mention.Entity.Country is not null:
                    country = mention;
                    break;
            }
        }

        var countryEntity = country is null ? null
            : country.Entity.Kind == EntityKind.Country ? country.Entity
            : _pack.Entities.Country(country.Entity.Country!);

        // 2. A generic institution, with the country an adjective or genitive gives it. Carrier
        // nouns ("Einschätzung des Geheimdienstes", "Angaben des Militärs") yield to the institution
        // they carry; so the last specific institution of the phrase wins.
        Institution? chosen = null;
        var chosenAt = -1;
        for (var i = first; i <= last; i++)
        {
            // "Washington hatte die Zahl der nordkoreanischen Soldaten … geschätzt": what a count noun counts is no institution.
            if (_pack.Measures.CountNouns.Contains(text.Lower[i]))
            {
                break;
            }

            // "des Generalstabs einen Teil seiner Soldaten": a determiner other than a genitive ends the phrase,
            // and a country after it is not the institution's ("Der Generalstab hatte die Zahl der in Russland …").
            if (chosen is { Name.Length: > 0 } && _pack.Grammar.Determiners.Contains(text.Lower[i])
                && !_pack.Attribution.GenitiveDeterminers.Contains(text.Lower[i]))
            {
                if (country is not null && country.First > i)
                {
                    country = null;
                    countryEntity = null;
                }

                // "nach Angaben des Verteidigungsministeriums einen Umfang von …": the phrase ends before the determiner.
                last = i - 1;
                break;
            }

            if (!text.Tokens[i].IsWord || !text.IsCapitalized(i) || sentence.MentionAt[i] is not null
                || !_pack.Attribution.Institutions.TryMatch(text.Lower[i], out var institution, out _))
            {
                continue;
            }

            // "nach Zählung des Ministeriums Luftverteidigung im Wert von …": an institution's noun right after the
            // institution's own, with no article of its own, opens what the clause says ("Luftverteidigung" delivered).
            if (chosen is { Name.Length: > 0 } && i == chosenAt + 1 && chosenAt > first)
            {
                last = chosenAt;
                break;
            }

            if ((chosen is null || chosen.Name.Length == 0 || institution.Name.Length > 0)
                && !(chosen is { SourceType: "military" or "intelligence", Name.Length: > 0 } && _pack.Attribution.OwningInstitutions.Contains(institution.Name)))
            {
                chosen = institution;
                chosenAt = i;
            }
        }

        // "nach Angaben des Finanzministeriums militärische Unterstützung im Wert von …": a noun with its value right after
        // it (and the lower-case adjectives before it) is what the clause says was given, no name in apposition nor part
        // of the source: the phrase ends before it.
        if (chosen is not null && ValuedObjectStart(sentence, chosenAt + 1, last) is var valued and >= 0)
        {
            last = valued - 1;
        }

        if (chosen is not null)
        {
            // "der Militärblog DeepState", "der Experte Andrij Tarasenko": a name in apposition (not after a carrier:
            // "nach eigenen Angaben Waffen im Wert von …" names no source "Waffen").
            // The phrase ends with the institution (or the name or country that goes with it): in a
            // clause's opening phrase, what follows it is the rest of the clause.
            if (chosen.Name.Length > 0 && AppositiveName(sentence, chosenAt + 1, last, out var apposedEnd) is { } apposed)
            {
                return new SourcePhrase(first, apposedEnd, new Source(apposed, chosen.SourceType), cited);
            }

            if (countryEntity is not null)
            {
                var name = chosen.Name.Length == 0 ? countryEntity.Name : $"{countryEntity.Adjective} {chosen.Name}";
                // A composed name that is an alias of a known organisation is that organisation.
                var known = _pack.Entities.Organization(name);
                var source = known is not null
                    ? new Source(known.Name, known.SourceType)
                    : new Source(name, chosen.Name.Length == 0 ? "government" : chosen.SourceType);
                // "schreibt die US-Denkfabrik" after "des Institute for the Study of War": a definite description of a
                // think tank, an agency or a medium with its country is the one of that country named shortly before.
                // The article opens the phrase or stands right before its head, after a carrier ("Nach Angaben der
                // US-Denkfabrik") or a verb ("hatte die US-Denkfabrik … verzeichnet").
                var head = Math.Min(chosenAt, country!.First);
                var described = known is null && chosen.SourceType is "think_tank" or "agency" or "media" or "expert"
                    && (_pack.Attribution.DefiniteDeterminers.Contains(text.Lower[first])
                        || (head > 0 && _pack.Attribution.DefiniteDeterminers.Contains(text.Lower[head - 1])));
                // "wie eine Sprecherin des Ministeriums am Dienstag in Berlin sagte": the bare noun with its article is the
                // ministry of that country named shortly before, if any (else the country's government).
                var ministry = !described && _pack.Attribution.MinistryNouns.Contains(text.Lower[chosenAt])
                    && chosenAt > 0 && _pack.Attribution.DefiniteDeterminers.Contains(text.Lower[chosenAt - 1]);
                return new SourcePhrase(first, Math.Max(chosenAt, country!.Last), source, cited, Generic: described || ministry,
                    Institution: described ? chosen.Name : ministry ? SourcePhrase.Ministry : null);
            }

            // "ein Sprecher des Heeres", "Der Sprecher der Südlichen Verteidigungskräfte": a person's noun before the
            // institution's genitive heads the phrase and names them both.
            var headAt = PersonBeforeGenitive(sentence, chosenAt, first) ?? chosenAt;

            // "die Luftwaffe", "westliche Beobachter": an institution heading the phrase is a subject;
            // a carrier noun alone ("Angaben") is not.
            // After the verb, a newspaper or broadcaster in the dative is whom the speaker told ("sagte der Zeitung").
            if ((mode == ResolveMode.Loose && chosen.Name.Length > 0)
                || (chosen.Name.Length > 0 && HeadsPhrase(sentence, first, headAt)
                    && !(mode == ResolveMode.Named && chosen.SourceType == "media" && _pack.Attribution.Addressees.Contains(text.Lower[first]))))
            {
                var start = NounPhraseStart(sentence, headAt, first);

                var end = mode == ResolveMode.Loose ? last : chosenAt;
                var article = chosenAt - 1;
                // "Der Düsseldorfer Konzern": a town's adjective (capitalized, in -er, naming nothing known) between the
                // article and the noun still makes a definite description of the one named before.
                if (article > first && IsTownAdjective(sentence, article))
                {
                    article--;
                }

                // "eine Sprecherin des Düsseldorfer Konzerns": a person of a company described with its definite article speaks
                // for the company named before, as the description alone does.
                var generic = article >= first && _pack.Attribution.DefiniteDeterminers.Contains(text.Lower[article])
                    && (start >= article || (headAt < chosenAt && chosen.Name == CompanyInstitution)) && IsListedNoun(text.Lower[chosenAt]);
                // "nach Zählung des Ministeriums" with no country: the ministry named shortly before, as with one.
                var bareMinistry = generic && _pack.Attribution.MinistryNouns.Contains(text.Lower[chosenAt]);
                return new SourcePhrase(first, end, new Source(PhraseText(text, start, end), chosen.SourceType), cited, Generic: generic,
                    Institution: bareMinistry ? SourcePhrase.Ministry : chosen.Name);
            }

            // "hieß es in der Mitteilung": a carrier alone names the source named before.
            if (chosen.Name.Length == 0 && mode != ResolveMode.Subject && chosenAt > 0 && _pack.Attribution.DefiniteDeterminers.Contains(text.Lower[chosenAt - 1]))
            {
                return new SourcePhrase(first, chosenAt, new Source("", chosen.SourceType), cited, Generic: true);
            }
        }

        // 3. A country on its own: "laut Südkorea", "meldete Kiew"; as a subject or object only when
        // named, not as an adjective ("bezifferte die russischen Verluste").
        if (countryEntity is not null && (mode == ResolveMode.Loose || (country!.Form != MentionForm.Adjective && HeadsPhrase(sentence, first, country.First))))
        {
            return new SourcePhrase(first, country!.Last, new Source(countryEntity.Name, "government"), cited);
        }

        // 4. A proper name we do not know: "so Cha", "sagte Tarasenko"; not a phrase of generic nouns ("Angaben").
        if (chosen is null && (text.IsCapitalized(first) || (first + 1 <= last && text.IsCapitalized(first + 1))))
        {
            var accepted = mode switch
            {
                ResolveMode.Loose => true,
                // "bezifferte die Geländegewinne": a name after a speech verb comes without an article.
                ResolveMode.Named => LooksLikeName(text, first, last) && !_pack.Grammar.Determiners.Contains(text.Lower[first]),
                // Every German noun is capitalized and so is the first word of a sentence: a subject
                // nobody knows must be at least two capitalized words.
                _ => LooksLikeName(text, first, last) && CapitalizedWords(text, first, last) >= 2,
            };
            // "unter Berufung auf geolokalisierte Videos": material a source relies on is no source. The phrase's text is
            // made only for a phrase accepted.
            // "heißt es in Kapitel 3 der Studie": the part of a paper and its number say where, the paper after them is named.
            if (first + 3 <= last && _pack.Attribution.PaperParts.Contains(text.Lower[first]) && text.Tokens[first + 1].IsNumber
                && _pack.Attribution.GenitiveDeterminers.Contains(text.Lower[first + 2]))
            {
                first += 3;
            }

            if (accepted && !_pack.Attribution.EvidenceNouns.Contains(text.Lower[last]) && PhraseText(text, first, last) is { Length: > 0 } phrase)
            {
                return new SourcePhrase(first, last, new Source(phrase, "unknown"), cited);
            }
        }

        // 5. "nach Angaben von Kaja Kallas", "nach Angaben von Kallas": a carrier noun linked to a person nobody knows
        // names that person (a known one, an institution or a country was read above).
        if (chosen is { Name.Length: 0 } && chosenAt + 2 <= last && _pack.Attribution.PersonLinks.Contains(text.Lower[chosenAt + 1])
            && text.IsCapitalized(chosenAt + 2) && LooksLikeName(text, chosenAt + 2, last)
            && !_pack.Grammar.Determiners.Contains(text.Lower[chosenAt + 2])
            && PhraseText(text, chosenAt + 2, last) is { Length: > 0 } person)
        {
            return new SourcePhrase(first, last, new Source(person, "unknown"), cited);
        }

        return null;
    }

    /// <summary>The person's noun before the genitive of the institution at <paramref name="institution"/> ("Sprecher des Heeres"), if any.</summary>
    private int? PersonBeforeGenitive(SentenceContext sentence, int institution, int first)
    {
        var text = sentence.Tokens;
        var i = institution - 1;
        while (i > first)
        {
            if (text.Tokens[i].IsWord && !_pack.Attribution.GenitiveDeterminers.Contains(text.Lower[i]) && IsAdjectiveAt(text, i))
            {
                i--;
            }
            else if (i - 1 > first && text.IsSymbol(i, '.') && text.Tokens[i].Joined && text.Tokens[i - 1].Kind == TokenKind.Number)
            {
                // "Der Kommandeur der 47. Mechanisierten Brigade": the unit's ordinal belongs to its name.
                i -= 2;
            }
            else
            {
                break;
            }
        }

        return i > first && _pack.Attribution.GenitiveDeterminers.Contains(text.Lower[i])
            && text.Tokens[i - 1].IsWord && text.IsCapitalized(i - 1) && sentence.MentionAt[i - 1] is null
            && _pack.Attribution.Institutions.TryMatch(text.Lower[i - 1], out var person, out _) && person.Name.Length > 0
            ? i - 1
            : null;
    }

    /// <summary>Whether the word is an institution noun as listed, not a compound ending in one ("Dienst", not "Rettungsdienst").</summary>
    private bool IsListedNoun(string lower) =>
        _pack.Attribution.Institutions.TryMatch(lower, out _, out var stem) && lower.StartsWith(stem, StringComparison.Ordinal);

    /// <summary>Whether only determiners, adjectives and quote marks stand before token <paramref name="head"/> in the phrase.</summary>
    private bool HeadsPhrase(SentenceContext sentence, int first, int head)
    {
        // "hieß es aus dem Ministerium": a linking preposition may open the phrase.
        if (first < head && _pack.Attribution.PhraseLinks.TryMatchAt(sentence.Tokens, first, out _))
        {
            first++;
        }

        for (var i = first; i < head; i++)
        {
            if (!ModifiesNoun(sentence, i) && !(i > first && IsTownAdjective(sentence, i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token of the noun phrase headed by token <paramref name="head"/>: back over its modifiers, not before <paramref name="floor"/>.</summary>
    private int NounPhraseStart(SentenceContext sentence, int head, int floor)
    {
        var start = head;
        while (start > floor && (ModifiesNoun(sentence, start - 1) || (start - 1 > floor && IsTownAdjective(sentence, start - 1))))
        {
            start--;
        }

        return start;
    }

    /// <summary>"Der Düsseldorfer Konzern": a capitalized word in -er naming nothing known, after a determiner, is a town's
    /// adjective on the noun after it.</summary>
    private bool IsTownAdjective(SentenceContext sentence, int i)
    {
        var text = sentence.Tokens;
        return text.Tokens[i].IsWord && text.IsCapitalized(i) && sentence.MentionAt[i] is null
            && text.Lower[i].EndsWith("er", StringComparison.Ordinal) && text.Tokens[i - 1].IsWord
            && _pack.Grammar.Determiners.Contains(text.Lower[i - 1]);
    }

    /// <summary>The first token of the clause of token <paramref name="i"/>.</summary>
    private static int ClauseStart(SentenceContext sentence, int i) => sentence.ClauseBounds(i).First;

    /// <summary>Where a word for both (<c>collective_speakers</c>) opens the phrase at <paramref name="at"/>, after a determiner or not; else -1.</summary>
    private int CollectiveSpeakerAt(SentenceContext sentence, int at, int end)
    {
        var text = sentence.Tokens;
        var both = at < end && _pack.Grammar.Determiners.Contains(text.Lower[at]) ? at + 1 : at;
        return both <= end && both < text.Count && _pack.Attribution.CollectiveSpeakers.Contains(text.Lower[both]) ? both : -1;
    }

    /// <summary>
    /// The source a round or square bracket closing the sentence names ("… abgefangen (Luftwaffe)", "… vorgerückt [ISW]."):
    /// its first phrase, when that is a body or a person, not a country or place alone ("(Russland)") nor a word nobody knows
    /// ("(Stand: Montag)", "(Archivbild)").
    /// </summary>
    private SourcePhrase? TrailingBracketSource(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        var close = text.Count - 1;
        if (close > 0 && (text.IsSymbol(close, '.') || text.IsSymbol(close, ';')))
        {
            close--;
        }

        var square = close > 0 && text.IsSymbol(close, ']');
        if (close < 2 || !(square || text.IsSymbol(close, ')')))
        {
            return null;
        }

        var open = close - 1;
        while (open > 0 && close - open <= MaxPhraseTokens && !text.IsSymbol(open, square ? '[' : '('))
        {
            open--;
        }

        if (open == 0 || !text.IsSymbol(open, square ? '[' : '(') || open + 1 >= close
            || sentence.MentionAt[open + 1] is { Entity.Kind: EntityKind.Country or EntityKind.Place } alone && alone.Last >= close - 1)
        {
            return null;
        }

        var end = Math.Min(PhraseEndAfter(sentence, open + 1), close - 1);
        return Resolve(sentence, open + 1, end, cited: false, ResolveMode.Loose) is { } phrase
            && (phrase.Source.Type != "unknown" || sentence.MentionAt[phrase.First] is not null)
            ? phrase
            : null;
    }

    /// <summary>"Aus dem Pentagon hieß es zuletzt, …": a source phrase between a preposition opening the clause and the impersonal cue.</summary>
    private SourcePhrase? ImpersonalSourceBefore(SentenceContext sentence, int cue)
    {
        var start = ClauseStart(sentence, cue);
        return start + 1 < cue && _pack.Attribution.ImpersonalSourcePrepositions.Contains(sentence.Tokens.Lower[start])
            ? Resolve(sentence, start + 1, cue - 1, cited: false, ResolveMode.Named) : null;
    }

    /// <summary>A modifier of a noun: a country adjective ("ukrainische") or any of <see cref="ModifiesNoun(TokenizedText, int)"/>.</summary>
    private bool ModifiesNoun(SentenceContext sentence, int i) =>
        ModifiesNoun(sentence.Tokens, i) || sentence.MentionAt[i] is { Form: MentionForm.Adjective };

    /// <summary>A determiner, quote mark or adjective: lower-case, or capitalized only as the sentence's first word ("Westliche Beobachter").</summary>
    private bool ModifiesNoun(TokenizedText text, int i) =>
        text.IsSymbol(i, '"')
        || (text.Tokens[i].IsWord && (_pack.Grammar.Determiners.Contains(text.Lower[i])
            || (IsAdjectiveAt(text, i) && (!text.IsCapitalized(i) || (i == 0 && !_pack.Attribution.Institutions.TryMatch(text.Lower[i], out _, out _))))));

    private static int CapitalizedWords(TokenizedText text, int first, int last)
    {
        var n = 0;
        for (var i = first; i <= last; i++)
        {
            if (text.IsCapitalized(i))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// "Der Gouverneur der Region Belgorod, Wjatscheslaw Gladkow, sprach": a subject that opens the
    /// sentence (or the main clause after a colon), then a name of two words or more between commas before the verb at <paramref name="verb"/>.
    /// </summary>
    private SourcePhrase? AppositionBefore(SentenceContext sentence, int verb)
    {
        var text = sentence.Tokens;
        if (verb < 4 || !text.IsSymbol(verb - 1, ','))
        {
            return null;
        }

        var open = verb - 2;
        while (open > 0 && !text.IsSymbol(open, ',') && sentence.SameClause(open, verb - 2))
        {
            open--;
        }

        if (open <= 0 || !text.IsSymbol(open, ','))
        {
            return null;
        }

        // "…, wie der Leiter der Militärverwaltung, Oleksandr Wilkul, mitteilte": the subject may also open a "wie" clause
        // after a comma (the same word "wie X berichtete" is read by above).
        // "Nach Darstellung Kiews zahlt Pjöngjang einen hohen Preis: Oberst Taras Hrynenko, Sprecher der …, sagte": a colon
        // opens a main clause of its own, whose subject stands right after it.
        var subjectFirst = ClauseStart(sentence, open - 1);
        if (subjectFirst > 0 && text.IsSymbol(subjectFirst, ':') && subjectFirst + 1 < open)
        {
            subjectFirst++;
        }
        else if (subjectFirst != 0)
        {
            if (!text.IsSymbol(subjectFirst, ',') || subjectFirst + 2 >= open || text.Lower[subjectFirst + 1] != "wie")
            {
                return null;
            }

            subjectFirst += 2;
        }

        // "In Charkiw, das knapp 30 Kilometer südlich der Grenze liegt, meldete Gouverneur X …": a clause opened by a
        // preposition has no subject before its verb; the aside describes the place, and the speaker follows the verb.
        if (_pack.Grammar.RolePrepositions.ContainsKey(text.Lower[subjectFirst]))
        {
            return null;
        }

        if (sentence.MentionAt[open + 1] is { } person && person.Last == verb - 2 && IsSourceEntity(person))
        {
            return Resolve(sentence, person.First, person.Last, cited: false, ResolveMode.Named);
        }

        if (Resolve(sentence, subjectFirst, open - 1, cited: false, ResolveMode.Subject) is not { } subject)
        {
            return null;
        }

        if (AppositiveName(sentence, open + 1, verb - 2, out var nameEnd) is not { } name || nameEnd != verb - 2
            || !name.Contains(' ', StringComparison.Ordinal))
        {
            // "Der Analyst Joost Oliemans, Mitautor eines Buches über …, hält …": the aside describes the
            // subject the opening phrase names in full. A subordinate clause between the commas is no aside ("Russland
            // verliere mehr Soldaten, als es anwerbe, sagte der Chef …": the object before it is not the speaker).
            return subject.Last == open - 1 && !_pack.Grammar.Subordinators.Contains(text.Lower[open + 1]) ? subject : null;
        }

        return subject with { Last = verb - 2, Source = new Source(name, subject.Source.Type) };
    }

    /// <summary>
    /// "…, sagte Wiktor Trehubow, Sprecher der ukrainischen Heeresgruppe.": a description between a comma after the source
    /// phrase and the sentence's end, headed by an institution or person noun after determiners and adjectives, is part of
    /// the phrase: its country says whose the speaker is and is no party to the claim.
    /// </summary>
    private SourcePhrase WithDescriptionAfter(SentenceContext sentence, SourcePhrase phrase)
    {
        var text = sentence.Tokens;
        var from = phrase.Last + 2;
        if (from >= text.Count || !text.IsSymbol(phrase.Last + 1, ','))
        {
            return phrase;
        }

        var last = sentence.ClauseBounds(from).Last;
        while (last > from && text.Tokens[last].Kind == TokenKind.Symbol)
        {
            last--;
        }

        // The description ends the sentence.
        var end = last + 1;
        while (end < text.Count && text.Tokens[end].Kind == TokenKind.Symbol && !text.IsSymbol(end, ','))
        {
            end++;
        }

        if (end < text.Count)
        {
            return phrase;
        }

        var head = from;
        while (head < last && text.Tokens[head].IsWord
            && (_pack.Grammar.Determiners.Contains(text.Lower[head]) || (!text.IsCapitalized(head) && IsAdjectiveAt(text, head))))
        {
            head++;
        }

        return text.Tokens[head].IsWord && text.IsCapitalized(head) && sentence.MentionAt[head] is null
            && _pack.Attribution.Institutions.TryMatch(text.Lower[head], out _, out _)
            ? phrase with { Last = last }
            : phrase;
    }

    /// <summary>
    /// "…, sagte der Gouverneur der Region Odessa, Oleh Kiper.": a name of two words or more between a comma and the
    /// sentence's end (or another comma) right after a source phrase after the verb names the person the phrase describes,
    /// as <see cref="AppositionBefore"/> does before the verb. A phrase that names an entity keeps it.
    /// </summary>
    private SourcePhrase WithNameAfter(SentenceContext sentence, SourcePhrase phrase)
    {
        var text = sentence.Tokens;
        var from = phrase.Last + 2;
        if (from >= text.Count || !text.IsSymbol(phrase.Last + 1, ',')
            || !(IsNamePart(sentence, from) || sentence.MentionAt[from] is { Entity.Kind: EntityKind.Person }))
        {
            return phrase;
        }

        for (var i = phrase.First; i <= phrase.Last; i++)
        {
            if (sentence.MentionAt[i] is { Entity.Kind: EntityKind.Person or EntityKind.Organization })
            {
                return phrase;
            }
        }

        // A known person ("…, sagte der Gouverneur der Region, Oleh Kiper.") is named by the entity.
        if (sentence.MentionAt[from] is { Entity.Kind: EntityKind.Person } person && person.First == from)
        {
            return person.Last + 1 >= text.Count || text.IsSymbol(person.Last + 1, ',') || text.IsSymbol(person.Last + 1, '.')
                ? phrase with { Last = person.Last, Source = new Source(person.Entity.Name, person.Entity.SourceType) }
                : phrase;
        }

        if (AppositiveName(sentence, from, Math.Min(text.Count - 1, from + 4), out var nameEnd) is not { } name
            || !name.Contains(' ', StringComparison.Ordinal)
            || !(nameEnd + 1 >= text.Count || text.IsSymbol(nameEnd + 1, ',') || text.IsSymbol(nameEnd + 1, '.')))
        {
            return phrase;
        }

        return phrase with { Last = nameEnd, Source = new Source(name, phrase.Source.Type) };
    }

    /// <summary>A capitalized word that is no entity and no institution noun: a part of a person's name.</summary>
    private bool IsNamePart(SentenceContext sentence, int i) =>
        sentence.Tokens.Tokens[i].IsWord && sentence.Tokens.IsCapitalized(i) && sentence.MentionAt[i] is null
        && !_pack.Attribution.Institutions.TryMatch(sentence.Tokens.Lower[i], out _, out _);

    private string? AppositiveName(SentenceContext sentence, int from, int last, out int nameEnd)
    {
        var text = sentence.Tokens;
        var end = from - 1;
        for (var i = from; i <= last && i < text.Count; i++)
        {
            if (IsNamePart(sentence, i))
            {
                end = i;
                continue;
            }

            // "Ursula von der Leyen": a name particle between two parts of the name belongs to it.
            if (end == i - 1 && end >= from && text.Tokens[i].IsWord && _pack.Attribution.NameParticles.TryMatchAt(text, i, out var particle)
                && particle.Last + 1 <= last && IsNamePart(sentence, particle.Last + 1))
            {
                end = i = particle.Last + 1;
                continue;
            }

            if (text.IsSymbol(i, '"') || (text.IsSymbol(i, '-') && text.Tokens[i].Joined))
            {
                // "Lee Seong-kweun": a lower-case part joined by a hyphen belongs to the name.
                if (end == i - 1 && i + 1 <= last && text.Tokens[i + 1].Joined && text.Tokens[i + 1].IsWord)
                {
                    end = ++i;
                }

                continue;
            }

            break;
        }

        nameEnd = end;
        return end >= from ? PhraseText(text, from, end) : null;
    }

    /// <summary>
    /// The first token of a capitalized noun between <paramref name="from"/> and <paramref name="last"/> that a value link of
    /// several words follows ("Waffen im Wert von …"), with the lower-case words right before it ("militärische
    /// Unterstützung im Wert von …"), or -1.
    /// </summary>
    private int ValuedObjectStart(SentenceContext sentence, int from, int last)
    {
        var text = sentence.Tokens;
        for (var i = from; i <= last && i + 1 < text.Count; i++)
        {
            if (!text.Tokens[i].IsWord || !text.IsCapitalized(i)
                || !_pack.Cues.ValueLinks.TryMatchAt(text, i + 1, out var link) || link.Last == link.First)
            {
                continue;
            }

            var start = i;
            while (start - 1 >= from && text.Tokens[start - 1].IsWord && !text.IsCapitalized(start - 1)
                && !_pack.Grammar.Determiners.Contains(text.Lower[start - 1]))
            {
                start--;
            }

            return start;
        }

        return -1;
    }

    private bool LooksLikeName(TokenizedText text, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (text.Tokens[i].IsWord && !_pack.Grammar.Determiners.Contains(text.Lower[i])
                && (!text.IsCapitalized(i) || _pack.Attribution.Institutions.TryMatch(text.Lower[i], out _, out _)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrase as written, without leading determiners and quote marks.</summary>
    private string PhraseText(TokenizedText text, int first, int last)
    {
        while (first <= last && (text.Tokens[first].Kind == TokenKind.Symbol || _pack.Grammar.Determiners.Contains(text.Lower[first])))
        {
            first++;
        }

        while (last >= first && text.Tokens[last].Kind == TokenKind.Symbol)
        {
            last--;
        }

        if (first == last && Nominative(text, first) is { } nominative)
        {
            return nominative;
        }

        return first <= last ? text.TextOf(first, last).Replace("\"", "", StringComparison.Ordinal).Trim() : "";
    }

    /// <summary>
    /// An institution's noun named alone in the genitive, in the nominative ("nach Angaben des Verteidigungsministeriums":
    /// "Verteidigungsministerium", "des Generalstabs": "Generalstab"): a source is named as a subject would name it. Null
    /// where the word is no genitive of a listed institution noun.
    /// </summary>
    private string? Nominative(TokenizedText text, int at)
    {
        var token = text.Tokens[at];
        if (!token.IsWord || !text.IsCapitalized(at) || token.Length < 4 || text.Text[token.End - 1] != 's'
            || !_pack.Attribution.Institutions.TryMatch(text.Lower[at], out var institution, out _))
        {
            return null;
        }

        // The stems are looked up as pooled strings, which the matcher remembers its answers for (a new string each time
        // would be matched afresh, every ending at every start).
        var lower = text.Lower[at];
        foreach (var cut in (ReadOnlySpan<int>)[2, 1])
        {
            if ((cut == 1 || text.Text[token.End - 2] == 'e')
                && _pack.Attribution.Institutions.TryMatch(TokenStringPool.ForThisThread.Of(lower.AsSpan(0, lower.Length - cut), lower: false), out var stemmed, out _)
                && stemmed.Name == institution.Name)
            {
                return text.Text.Substring(token.Start, token.Length - cut);
            }
        }

        return null;
    }

    /// <summary>How sure the context is that a phrase names a source.</summary>
    private enum ResolveMode
    {
        /// <summary>After "laut", "nach Angaben", "zufolge": the phrase is the source.</summary>
        Loose,

        /// <summary>Next to a speech verb: the phrase may be its object ("bezifferte die Verluste").</summary>
        Named,

        /// <summary>Opening the clause of a speech verb, or a headline before a colon.</summary>
        Subject,
    }
}
