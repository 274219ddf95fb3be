using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>
/// One sentence, analysed once: its tokens, the entities and cues in it, and its clauses. Every
/// later step (nouns, roles, attribution) reads from here instead of scanning the text again.
/// </summary>
internal sealed class SentenceContext
{
    private List<CueMatch<string>>? _peopleLosses;
    private List<CueMatch<bool>>? _equipmentLosses;
    private List<CueMatch<bool>>? _hedges;
    private List<CueMatch<bool>>? _reportedSpeech;
    private bool? _receives;
    private bool? _shares;
    private List<CueMatch<bool>>? _inflictions;
    private List<CueMatch<AttributionCueKind>>? _attributionCues;

    public SentenceContext(Sentence sentence, string text, LanguagePack pack)
    {
        Sentence = sentence;
        Pack = pack;
        Tokens = new TokenizedText(text, sentence.Span, pack.CueStarts);
        Mentions = pack.Entities.FindAll(Tokens);
        MentionAt = new EntityMention?[Tokens.Count];
        foreach (var mention in Mentions)
        {
            for (var i = mention.First; i <= mention.Last; i++)
            {
                MentionAt[i] = mention;
            }
        }

        // Each cue set is asked first without a list (here and below): most sentences have none of its words.
        var splitVerbs = pack.Cues.SplitRelations.OccursIn(Tokens) ? pack.Cues.SplitRelations.FindAll(Tokens) : null;
        ClauseOf = new int[Tokens.Count];
        var clause = 0;
        var clauseFirst = 0;
        // A coordinated clause opens only before a receiving verb or after a split relation verb's particle: most sentences have neither.
        var coordinates = splitVerbs is not null || Receives;
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (IsClauseBreak(i) || (coordinates && OpensCoordinatedClause(i, clauseFirst, splitVerbs)))
            {
                clause++;
                clauseFirst = i;
            }

            ClauseOf[i] = clause;
        }

        Relations = pack.Cues.Relations.FindAll(Tokens);
        // "setzte die Armee 94 Raketen ein": a split verb counts when its particle ends the clause.
        if (splitVerbs is not null)
        {
            foreach (var verb in splitVerbs)
            {
                if (ClauseLastWord(verb.First) is { } particle && verb.Value.TryGetValue(particle, out var relation))
                {
                    Relations.Add(new CueMatch<string>(verb.First, verb.Last, relation, verb.Cue));
                    Relations.Sort((a, b) => a.First.CompareTo(b.First));
                }
            }
        }

        if (HasRelation("supply"))
        {
            DropSupplyToOwnFront(pack);
            DropMakingBeforeDelivery();
        }
    }

    /// <summary>
    /// "Russland stellt jährlich 2000 Drohnen her und erhält dafür Bauteile aus China": a conjunction opens a second main
    /// clause with the same subject where a receiving verb follows it ("und erhält", "und bekommt"), or where it follows the
    /// particle that closes a split relation verb of its clause ("stellt … her und liefert"); the second clause's verb and
    /// countries then do not reach the first clause's number.
    /// </summary>
    private bool OpensCoordinatedClause(int i, int clauseFirst, List<CueMatch<IReadOnlyDictionary<string, string>>>? splitVerbs)
    {
        if (i == 0 || i + 1 >= Tokens.Count || !Tokens.Tokens[i].IsWord || !Pack.Grammar.Conjunctions.Contains(Tokens.Lower[i])
            || !Tokens.Tokens[i + 1].IsWord || Tokens.IsCapitalized(i + 1))
        {
            return false;
        }

        if (Pack.Cues.Receive.TryMatchAt(Tokens, i + 1, out _))
        {
            return true;
        }

        if (splitVerbs is not null && Tokens.Tokens[i - 1].IsWord)
        {
            foreach (var verb in splitVerbs)
            {
                if (verb.First >= clauseFirst && verb.Last < i - 1 && verb.Value.ContainsKey(Tokens.Lower[i - 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"15 weitere Gepard sollen … instand gesetzt und übergeben werden": weapons made (or made fit again) and
    /// delivered in one clause are delivered, so the making cue of a clause with a supply cue gives way.</summary>
    private void DropMakingBeforeDelivery()
    {
        for (var i = Relations.Count - 1; i >= 0; i--)
        {
            if (Relations[i].Value != "produced")
            {
                continue;
            }

            foreach (var cue in Relations)
            {
                if (cue.Value == "supply" && SameClause(cue.First, Relations[i].First))
                {
                    Relations.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>"setze … Panzer instand und schicke sie an die Front": a side sending its own weapons to its front supplies
    /// nobody, so the sending verb of that clause is no supply cue (asked only of sentences with one).</summary>
    private void DropSupplyToOwnFront(LanguagePack pack)
    {
        if (!pack.Cues.OwnFrontDestinations.OccursIn(Tokens))
        {
            return;
        }

        var fronts = pack.Cues.OwnFrontDestinations.FindAll(Tokens);

        for (var i = Relations.Count - 1; i >= 0; i--)
        {
            if (Relations[i].Value != "supply")
            {
                continue;
            }

            foreach (var front in fronts)
            {
                if (SameClause(Relations[i].First, front.First))
                {
                    Relations.RemoveAt(i);
                    break;
                }
            }
        }
    }

    public Sentence Sentence { get; }

    public LanguagePack Pack { get; }

    public TokenizedText Tokens { get; }

    public List<EntityMention> Mentions { get; }

    public EntityMention?[] MentionAt { get; }

    public List<CueMatch<string>> Relations { get; }

    // The cue sets below are matched when first asked for: most sentences make no claim and need none of them.
    public List<CueMatch<string>> PeopleLosses => _peopleLosses ??= Pack.Cues.LossesOfPeople.FindAll(Tokens);

    public List<CueMatch<bool>> EquipmentLosses => _equipmentLosses ??= WithSplitLosses(Pack.Cues.LossesOfEquipment.FindAll(Tokens));

    /// <summary>
    /// "Die Flugabwehr schoss 30 Drohnen ab", "Die Ukraine fängt … 50 Drohnen ab": the verbs of shooting down whose particle
    /// ends their clause (`split_losses_of_equipment`) added to <paramref name="cues"/>, in order; without the particle the
    /// verb may fire ("Russland schoss 40 Raketen auf Kiew").
    /// </summary>
    private List<CueMatch<bool>> WithSplitLosses(List<CueMatch<bool>> cues)
    {
        if (!Pack.Cues.SplitLossesOfEquipment.OccursIn(Tokens))
        {
            return cues;
        }

        foreach (var verb in Pack.Cues.SplitLossesOfEquipment.FindAll(Tokens))
        {
            if (ClauseLastWord(verb.First) == verb.Value)
            {
                cues.Add(new CueMatch<bool>(verb.First, verb.Last, true, verb.Cue));
            }
        }

        cues.Sort((a, b) => a.First.CompareTo(b.First));
        return cues;
    }

    public List<CueMatch<bool>> Hedges => _hedges ??= FindHedges();

    public List<CueMatch<bool>> ReportedSpeech => _reportedSpeech ??= FindReportedSpeech();

    public bool Receives => _receives ??= Pack.Cues.Receive.OccursIn(Tokens);

    /// <summary>
    /// Whether a receiving verb speaks of the claim at token <paramref name="i"/>: any in the sentence ("Die Ukraine erhält
    /// laut Ministerium 50 Panzer"), but not one that opens a coordinated clause of its own ("Nordkorea liefert Russland 500
    /// Raketen und bekommt im Gegenzug Technologie") for a claim outside it.
    /// </summary>
    public bool ReceivesAt(int i)
    {
        if (!Receives)
        {
            return false;
        }

        foreach (var verb in Pack.Cues.Receive.FindAll(Tokens))
        {
            if (SameClause(verb.First, i) || verb.First == 0 || !IsCoordinatingConjunction(verb.First - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is a conjunction that opens a clause of its own (<see cref="OpensCoordinatedClause"/>).</summary>
    public bool IsCoordinatingConjunction(int i) =>
        Tokens.Tokens[i].IsWord && ClauseBounds(i).First == i && Pack.Grammar.Conjunctions.Contains(Tokens.Lower[i]);

    /// <summary>The sentence gives a share that falls to a party ("entfallen … auf den deutschen Anteil"); asked of supply claims only.</summary>
    public bool Shares => _shares ??= Pack.Cues.Share.OccursIn(Tokens);

    public List<CueMatch<bool>> Inflictions => _inflictions ??= WithSplitLosses(Pack.Cues.Inflicted.FindAll(Tokens));

    /// <summary>The attribution cues ("laut", "sagte", "nach Angaben"), read once for the sources and for a bare figure a speech verb reports.</summary>
    public List<CueMatch<AttributionCueKind>> AttributionCues => _attributionCues ??= Pack.Attribution.Cues.FindAll(Tokens);

    private List<CueMatch<bool>> FindHedges()
    {
        var hedges = Pack.Cues.Hedges.FindAll(Tokens);
        var kept = 0;
        for (var i = 0; i < hedges.Count; i++)
        {
            if (!IsPlan(hedges[i]) && !QualifiesCause(hedges[i]) && !NamesItsSource(hedges[i]))
            {
                hedges[kept++] = hedges[i];
            }
        }

        hedges.RemoveRange(kept, hedges.Count - kept);
        // "Die ukrainische Seite will … 594 russische Soldaten gefangen genommen haben": a claimed past deed.
        if (Pack.Cues.ClaimModals.AnyIn(Tokens))
        {
            var claimed = false;
            for (var i = 1; i < Tokens.Count; i++)
            {
                if (Pack.Cues.ClaimModals.Contains(Tokens, i) && ClauseLastWord(i) is { } last && Pack.Cues.PerfectInfinitives.Contains(last))
                {
                    hedges.Add(new CueMatch<bool>(i, i, true, Tokens.Lower[i]));
                    claimed = true;
                }
            }

            if (claimed)
            {
                hedges.Sort(static (a, b) => a.First.CompareTo(b.First));
            }
        }

        return hedges;
    }

    /// <summary>The clause number of each token; clauses are separated by , ; : ( ) and spaced dashes.</summary>
    public int[] ClauseOf { get; }

    public string Text => Tokens.Text;

    public bool SameClause(int a, int b) => ClauseOf[a] == ClauseOf[b];

    /// <summary>The first and last token of the clause of token i (clauses are runs of tokens).</summary>
    public (int First, int Last) ClauseBounds(int i)
    {
        // Asked many times per sentence: each clause's bounds are found in one pass, when first asked.
        var bounds = _clauseBounds ??= FindClauseBounds();
        return bounds[ClauseOf[i]];
    }

    private (int First, int Last)[]? _clauseBounds;

    /// <summary>What the sentence's line is in a table of cells between bars (<see cref="PipeTable"/>), found when first asked.</summary>
    public PipeTableLine TableLine => _tableLine ??= PipeTable.LineAt(Text, Sentence.Span.Start, Sentence.Span.End);

    private PipeTableLine? _tableLine;

    private (int First, int Last)[] FindClauseBounds()
    {
        var bounds = new (int First, int Last)[Tokens.Count == 0 ? 0 : ClauseOf[^1] + 1];
        for (var i = 0; i < Tokens.Count; i++)
        {
            var clause = ClauseOf[i];
            bounds[clause] = (i == 0 || ClauseOf[i - 1] != clause ? i : bounds[clause].First, i);
        }

        return bounds;
    }

    /// <summary>
    /// The clause that goes on after a subset set off by commas in or right after the clause of the quantity ("Außerdem habe
    /// die Armee sieben Panzer, darunter zwei Leopard, vernichtet": "vernichtet" for the seven and for the two), or -1: the
    /// subset opens with a subset word after a comma, holds no relation cue, and the clause after it opens at a comma with a
    /// word that opens no clause of its own (no article or relative pronoun, no subordinator, not capitalized; a conjunction only
    /// before a number or an indefinite article).
    /// </summary>
    public int ResumedAfterSubset(int phraseFirst)
    {
        var text = Tokens;
        var (first, last) = ClauseBounds(phraseFirst);
        // The subset in the clause (a list comma does not end it: "sieben Panzer, darunter zwei Kampfpanzer") or opening the next.
        var subsetAt = -1;
        for (var i = first; i < last; i++)
        {
            if (text.IsSymbol(i, ',') && Pack.Cues.Subsets.TryMatchAt(text, i + 1, out _))
            {
                subsetAt = i + 1;
            }
        }

        if (subsetAt < 0 && last + 2 < text.Count && text.IsSymbol(last + 1, ',') && Pack.Cues.Subsets.TryMatchAt(text, last + 2, out _))
        {
            subsetAt = last + 2;
            last = ClauseBounds(subsetAt).Last;
        }

        var word = last + 2;
        if (subsetAt < 0 || word >= text.Count || !text.IsSymbol(last + 1, ',') || !text.Tokens[word].IsWord || text.IsCapitalized(word))
        {
            return -1;
        }

        foreach (var cue in Relations)
        {
            if (cue.First >= subsetAt && cue.First <= last)
            {
                return -1;
            }
        }

        // A conjunction goes on only with another item of the list ("…, darunter zwei Leopard, sowie eine HIMARS-Startanlage
        // vernichtet"), not with a clause of its own ("…, und die Ukraine meldete …").
        var lower = text.Lower[word];
        var listGoesOn = Pack.Grammar.Conjunctions.Contains(lower) && word + 1 < text.Count
            && (IsNumeral(word + 1) || Pack.Numbers.Articles.Contains(text.Lower[word + 1]));
        return !listGoesOn && (Pack.Grammar.Determiners.Contains(lower) || Pack.Grammar.Subordinators.Contains(lower) || Pack.Grammar.Conjunctions.Contains(lower))
            ? -1 : ClauseOf[word];
    }

    /// <summary>Whether one of the cues starts in the clause of token <paramref name="index"/>.</summary>
    public bool AnyInClause<T>(List<CueMatch<T>> cues, int index)
    {
        foreach (var cue in cues)
        {
            if (SameClause(cue.First, index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token i is a number, in digits or in words ("drei", "zweihundert").</summary>
    public bool IsNumeral(int i) =>
        Tokens.Tokens[i].IsNumber || (Tokens.Tokens[i].IsWord && Pack.Numbers.Words.TryRead(Tokens.Lower[i], out _));

    /// <summary>Whether a relation cue of the kind stands in the clause of token <paramref name="i"/>.</summary>
    public bool HasRelationInClause(string relation, int i)
    {
        foreach (var cue in Relations)
        {
            if (cue.Value == relation && SameClause(cue.First, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a relation cue says weapons are fired: a firing verb, or a deployment verb said of weapons ("eingesetzt").</summary>
    public bool FiresWeapons(CueMatch<string> cue) =>
        cue.Value == "fired" || (cue.Value == "deployment" && Pack.Cues.WeaponUse.Contains(cue.Cue));

    /// <summary>Whether one of the words stands among tokens <paramref name="first"/> to <paramref name="last"/>.</summary>
    public bool AnyWordIn(IReadOnlySet<string> words, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (words.Contains(Tokens.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence contains a relation cue of the given relation.</summary>
    public bool HasRelation(string relation)
    {
        foreach (var cue in Relations)
        {
            if (cue.Value == relation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "2025 sollen 4,5 Millionen Drohnen hergestellt werden", "In den kommenden Wochen sollen zwei
    /// Kompanien folgen": a modal that states a plan.
    /// </summary>
    private bool IsPlan(CueMatch<bool> hedge)
    {
        if (!Pack.Cues.PlanModals.Contains(Tokens.Lower[hedge.First]))
        {
            return false;
        }

        if (ClauseLastWord(hedge.First) is { } last && Pack.Cues.PlanEndings.Contains(last))
        {
            return true;
        }

        // "Finanziert werden sollen davon 18 Haubitzen", "…, die bis Mai geliefert werden sollen": the plan ending right before
        // the modal (a fronted passive, or a subordinate clause's end) is the same plan.
        if (hedge.First > 0 && Tokens.Tokens[hedge.First - 1].IsWord && Pack.Cues.PlanEndings.Contains(Tokens.Lower[hedge.First - 1]))
        {
            return true;
        }

        var (clauseFirst, clauseLast) = ClauseBounds(hedge.First);
        for (var i = clauseFirst; i <= clauseLast; i++)
        {
            if (Pack.Cues.PlanTimes.Contains(Tokens.Lower[i]))
            {
                return true;
            }
        }

        // "Ein erster Teil … soll bis 2028 fließen", "sollen in diesem Jahr bis zu 3 Milliarden Euro an Kiew gehen": a
        // deadline or the period now running with a plain infinitive ending the clause (not "… geschickt haben").
        if (ClauseLastWord(hedge.First) is not { } infinitive || Pack.Cues.PerfectInfinitives.Contains(infinitive))
        {
            return false;
        }

        for (var i = clauseFirst; i <= clauseLast; i++)
        {
            if ((Pack.Cues.PlanBounds.Contains(Tokens.Lower[i]) && IsDeadline(i + 1)) || Pack.Cues.PlanPeriods.TryMatchAt(Tokens, i, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"bis 2028", "bis Jahresende", "bis zum Sommer", "ab Januar": a time after the bound word, not "bis zu 3.000".</summary>
    private bool IsDeadline(int i)
    {
        if (i >= Tokens.Count || Tokens.Lower[i] == "zu")
        {
            return false;
        }

        for (var j = i; j < Tokens.Count && j <= i + 1; j++)
        {
            if (Tokens.Tokens[j].IsNumber || Tokens.IsCapitalized(j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the sentence's hedges reaches a claim at token <paramref name="claimFirst"/>.</summary>
    public bool HedgesClaimAt(int claimFirst)
    {
        foreach (var hedge in Hedges)
        {
            if (Reaches(hedge, claimFirst))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A hedge reaches the claims of its own clause, and of the clauses that go with it, but not those of another
    /// statement: a modal that ends a later clause is that subordinate clause's own ("…, die eingesetzt werden
    /// könnten"), a modal second in a later main clause states that clause ("19 Kampfpanzer übergeben, weitere 80
    /// sollen bis zum Sommer folgen"), and a one-word hedge of an earlier clause does not reach a main clause of its
    /// own ("soll … 90 Drohnen gestartet haben, 72 davon wurden abgeschossen"). Phrases ("es heißt", "nicht
    /// bestätigt") speak of the whole sentence.
    /// </summary>
    private bool Reaches(CueMatch<bool> hedge, int claimFirst)
    {
        var (hedgeClause, claimClause) = (ClauseOf[hedge.First], ClauseOf[claimFirst]);
        // "Es umfasst 350 Millionen Euro und soll vor allem den Kauf … finanzieren": a modal right after "und", past the
        // claim, opens a predicate of its own that shares only the subject; it does not reach back.
        if (hedgeClause == claimClause && hedge.First == hedge.Last && hedge.First > claimFirst + 1
            && Pack.Grammar.Conjunctions.Contains(Tokens.Lower[hedge.First - 1]) && Pack.Cues.SubordinateModals.Contains(Tokens.Lower[hedge.First]))
        {
            return false;
        }

        if (hedgeClause == claimClause || hedge.First != hedge.Last)
        {
            return true;
        }

        if (hedgeClause < claimClause)
        {
            return !IsMainClause(claimFirst);
        }

        return !Pack.Cues.SubordinateModals.Contains(Tokens.Lower[hedge.First]) || !(EndsClause(hedge.Last) || IsSecond(hedge.First));
    }

    /// <summary>Whether the clause of token i, after the sentence's first, has a finite verb second in it: a statement of its own.</summary>
    private bool IsMainClause(int i)
    {
        var (first, last) = ClauseBounds(i);
        for (var verb = first; verb <= last; verb++)
        {
            if (Tokens.Tokens[verb].IsWord && (Pack.Grammar.FiniteAuxiliaries.Contains(Tokens.Lower[verb]) || Pack.Cues.SubordinateModals.Contains(Tokens.Lower[verb]))
                && IsSecond(verb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb at token i stands after the first words of a clause that is not the sentence's first, and not
    /// at its end: "…, weitere 80 sollen … folgen" (not "…, die eingesetzt werden könnten", not "…, dass … sollen").
    /// </summary>
    private bool IsSecond(int i)
    {
        var first = ClauseBounds(i).First;
        // A number may be the first part ("…, 2027 sollen es bis zu 1,1 Millionen sein"); punctuation is not.
        while (first < i && !Tokens.Tokens[first].IsWord && !Tokens.Tokens[first].IsNumber)
        {
            first++;
        }

        return ClauseOf[i] > 0 && first < i && !EndsClause(i) && !Pack.Grammar.Subordinators.Contains(Tokens.Lower[first]);
    }

    private bool EndsClause(int i)
    {
        var next = i + 1;
        while (next < Tokens.Count && Tokens.IsSymbol(next, '"'))
        {
            next++;
        }

        return next >= Tokens.Count || !SameClause(i, next) || !Tokens.Tokens[next].IsWord;
    }

    /// <summary>
    /// "Abgeschossen worden seien 68 Drohnen …, hieß es.": the sentence's only hedges are impersonal speech cues set off by a
    /// comma as its last words, the tag of reported speech. Where the sentence continues a report named before, that report
    /// says whose it is and the tag is no hedge; standing alone ("Russland habe 50 Panzer verloren, hieß es.") it is hearsay.
    /// </summary>
    public bool HedgedOnlyByClosingTag => Hedges.Count > 0 && Hedges.TrueForAll(IsClosingTag);

    private bool IsClosingTag(CueMatch<bool> hedge)
    {
        if (!Pack.Attribution.ImpersonalSubjects.Contains(Tokens.Lower[hedge.Last]) || hedge.First == 0 || !Tokens.IsSymbol(hedge.First - 1, ','))
        {
            return false;
        }

        for (var i = hedge.Last + 1; i < Tokens.Count; i++)
        {
            if (Tokens.Tokens[i].IsWord || Tokens.Tokens[i].IsNumber)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"hieß es aus dem Ministerium", "hieß es weiter": hearsay is a hedge only when nothing says whose.</summary>
    /// "Dort hieß es, …": a pointer right before the cue (<c>impersonal_pointers</c>) takes up the source named before.
    private bool NamesItsSource(CueMatch<bool> hedge) =>
        Pack.Attribution.ImpersonalSubjects.Contains(Tokens.Lower[hedge.Last])
        && (hedge.Last + 1 < Tokens.Count && Tokens.Tokens[hedge.Last + 1].IsWord && SameClause(hedge.Last, hedge.Last + 1)
            || hedge.First > 0 && Tokens.Tokens[hedge.First - 1].IsWord && Pack.Attribution.ImpersonalPointers.Contains(Tokens.Lower[hedge.First - 1]));

    /// <summary>
    /// "…, vermutlich infolge elektronischer Störungen": a hedge set off after a comma before a cause is a hedge of the
    /// cause, not of the count. Inside the clause ("Weitere 95 seien mutmaßlich durch Störmaßnahmen vom Kurs abgekommen")
    /// it stands before the predicate and hedges the whole statement.
    /// </summary>
    private bool QualifiesCause(CueMatch<bool> hedge) =>
        hedge.Last + 1 < Tokens.Count && hedge.First > 0 && Tokens.IsSymbol(hedge.First - 1, ',')
        && Pack.Cues.HedgedCauses.Contains(Tokens.Lower[hedge.Last + 1]);

    /// <summary>
    /// "Darin sollen sich bis zu zwölf Millionen Granaten befunden haben": "sollen" with a perfect infinitive ending
    /// its clause is hearsay, reported speech without Konjunktiv, so the sentence continues the report before it.
    /// Asked only of a sentence with no source of its own after one with a source in the same paragraph; it reads the kept hedges.
    /// </summary>
    public bool ReportsHearsay()
    {
        foreach (var hedge in Hedges)
        {
            if (!Pack.Cues.PlanModals.Contains(Tokens.Lower[hedge.First]))
            {
                continue;
            }

            // "… befunden haben", "… verlegt worden sein", "… gewesen sein"; not "soll bis 2027 abgearbeitet sein" nor
            // "soll im Einsatz sein", which may be a plan or a state.
            var last = ClauseLastWordAt(hedge.First);
            if (last <= hedge.First + 1)
            {
                continue;
            }

            var lower = Tokens.Lower[last];
            if ((Pack.Cues.HearsayInfinitives.Contains(lower)
                || (Pack.Cues.HearsayCopulas.Contains(lower) && Pack.Cues.HearsayParticiples.Contains(Tokens.Lower[last - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Konjunktiv I verbs: the listed forms, and lower-case words with a Konjunktiv ending not after a determiner;
    /// Konjunktiv II forms shaped like the Präteritum in a sentence with an adverb of the present ("Insgesamt hielten sich
    /// derzeit etwa 11.000 Soldaten in Russland auf").</summary>
    private List<CueMatch<bool>> FindReportedSpeech()
    {
        var found = Pack.Cues.ReportedSpeech.FindAll(Tokens);
        if (HasPresentTimeAdverb())
        {
            found.AddRange(Pack.Cues.PreteriteSubjunctives.FindAll(Tokens));
        }

        var forms = Pack.Cues.ReportedSpeechForms;
        if (!forms.AnyIn(Tokens))
        {
            return found;
        }

        for (var i = 1; i < Tokens.Count; i++)
        {
            if (forms.Contains(Tokens, i) && !Tokens.IsCapitalized(i) && !Pack.Grammar.Determiners.Contains(Tokens.Lower[i - 1]))
            {
                found.Add(new CueMatch<bool>(i, i, true, Tokens.Lower[i]));
            }
        }

        return found;
    }

    private bool HasPresentTimeAdverb() => Pack.Cues.PresentTimeAdverbs.AnyIn(Tokens);

    /// <summary>
    /// "will der Ukraine … überlassen": the mention follows a dative article that follows a
    /// lower-case word (a verb) of its clause, not a noun (then the article is a genitive's).
    /// </summary>
    public bool FollowsDativeArticle(EntityMention mention)
    {
        var article = mention.First - 1;
        if (article <= 0 || !Pack.Grammar.DativeDeterminers.Contains(Tokens.Lower[article]))
        {
            return false;
        }

        // "dass der Iran Russland … geliefert hat": "der" before a masculine name is the nominative.
        if (Pack.Grammar.MasculineNominatives.Contains(Tokens.Lower[article]) && Pack.Grammar.MasculineNames.Contains(Tokens.Lower[mention.First]))
        {
            return false;
        }

        // The comma that opens a clause counts to that clause. After a noun the article is a genitive ("die Armee
        // der Ukraine"), but not after a country's own name: "hat die Bundesrepublik der Ukraine … geleistet", nor after
        // a body, place or person of another country: "hat die Bundesregierung der Ukraine … geleistet".
        // Nor after a word for a country ("habe sein Land der Ukraine … zugesagt", `country_anaphors`; "hat das Großherzogtum
        // der Ukraine … geleistet", `state_nouns`): a country has no other country's genitive.
        return Tokens.Tokens[article - 1].IsWord && SameClause(article - 1, article)
            ? !Tokens.IsCapitalized(article - 1) || MentionAt[article - 1] is { Form: MentionForm.Name }
                || (MentionAt[article - 1] is { } before && OfAnotherCountry(before, mention))
                || EndsCountryAnaphor(article - 1) || Pack.Cues.StateNouns.Contains(Tokens.Lower[article - 1])
            : OpensInfinitiveClause(article);
    }

    /// <summary>
    /// Whether a mention names a body, place or person bound to a country other than the one <paramref name="mention"/>
    /// names: such a name has no other country's genitive ("die Bundesregierung der Ukraine" is no Ukrainian government),
    /// while a weapon system has ("die Himars der Ukraine").
    /// </summary>
    private static bool OfAnotherCountry(EntityMention before, EntityMention mention) =>
        before.Entity.Kind is EntityKind.Organization or EntityKind.Place or EntityKind.Person
        && before.Form is MentionForm.Alias or MentionForm.Place or MentionForm.Leader
        && before.Entity.Country is { } owner
        && mention.Entity.Country is { } named && owner != named;

    /// <summary>Whether a word for a country ("sein Land", "das Land") ends at token <paramref name="last"/>.</summary>
    private bool EndsCountryAnaphor(int last) =>
        last > 0 && Pack.Cues.CountryAnaphors.TryMatchAt(Tokens, last - 1, out var anaphor) && anaphor.Last == last;

    /// <summary>"…, der Ukraine eine Million Granaten zu liefern": token i opens a clause that ends in an infinitive.</summary>
    private bool OpensInfinitiveClause(int i)
    {
        var last = ClauseBounds(i).Last;
        while (last > i && !Tokens.Tokens[last].IsWord)
        {
            last--;
        }

        return last - 1 > i && !Tokens.IsCapitalized(last)
            && (Pack.Grammar.InfinitiveParticles.Contains(Tokens.Lower[last - 1]) || HasInfixedParticle(Tokens.Lower[last]));
    }

    /// <summary>
    /// "Kiew beschuldigt Pjöngjang, Moskau 100 Raketen geschickt zu haben": where token <paramref name="i"/> stands in an
    /// infinitive clause right after a clause of accusing (`accusations`, its particle ending that clause: "wirft … vor"),
    /// the tokens between the accusing verb and the comma, where the accused (the infinitive's subject) is named; else null.
    /// </summary>
    public (int First, int Last)? AccusingObjectBefore(int i)
    {
        var opening = ClauseBounds(i).First;
        if (opening == 0 || !Tokens.IsSymbol(opening, ',') || !OpensInfinitiveClause(opening))
        {
            return null;
        }

        for (var at = ClauseBounds(opening - 1).First; at < opening; at++)
        {
            if (Pack.Cues.Accusations.TryMatchAt(Tokens, at, out var verb) && (verb.Value.Length == 0 || ClauseLastWord(at) == verb.Value))
            {
                return verb.Last + 1 < opening ? (verb.Last + 1, opening - 1) : null;
            }
        }

        return null;
    }

    /// <summary>"bereitzustellen", "auszuliefern": an infinitive with its particle inside, after a separable prefix.</summary>
    private bool HasInfixedParticle(string word)
    {
        foreach (var particle in Pack.Grammar.InfinitiveParticles)
        {
            var at = word.IndexOf(particle, 2, StringComparison.Ordinal);
            if (at > 1 && at + particle.Length + 3 <= word.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word of the clause of token i, lower-cased, if there is one after it.</summary>
    public string? ClauseLastWord(int i) => ClauseLastWordAt(i) is var last and >= 0 ? Tokens.Lower[last] : null;

    /// <summary>
    /// "teilte der Leiter der Militärverwaltung des Gebiets, Olexandr Prokudin, auf Telegram mit": the last word of the
    /// clause that goes on after a name set off by commas right after the clause of token i (an apposition); else null.
    /// </summary>
    public string? LastWordAfterApposition(int i)
    {
        var text = Tokens;
        var comma = i + 1;
        while (comma < text.Count && !IsClauseBreak(comma))
        {
            comma++;
        }

        if (comma >= text.Count || !text.IsSymbol(comma, ','))
        {
            return null;
        }

        // The name: up to four capitalized words (a hyphen may join them) before the closing comma.
        var close = comma + 1;
        while (close < text.Count && close - comma <= 5 && (text.IsCapitalized(close) || (text.IsSymbol(close, '-') && text.Tokens[close].Joined)))
        {
            close++;
        }

        if (close == comma + 1 || close - comma > 5 || close + 1 >= text.Count || !text.IsSymbol(close, ',')
            || MentionAt[comma + 1] is { Entity.Kind: not EntityKind.Person })
        {
            return null;
        }

        var end = close + 1;
        while (end < text.Count && !IsClauseBreak(end) && !text.IsSymbol(end, '.'))
        {
            end++;
        }

        return end - 1 > close && text.Tokens[end - 1].IsWord ? text.Lower[end - 1] : null;
    }

    /// <summary>
    /// "teilte Bundeskanzler Friedrich Merz (CDU) am Freitag mit", "kündigten Merz (CDU) und Pistorius (SPD) im Kanzleramt an": the
    /// last word of the clause that goes on after short brackets (one or two tokens: a party, an age, an abbreviation) right after
    /// a capitalized word of the clause of token i; else null.
    /// </summary>
    public string? LastWordAfterBrackets(int i)
    {
        var text = Tokens;
        var afterBrackets = -1;
        var at = i + 1;
        while (true)
        {
            while (at < text.Count && !IsClauseBreak(at))
            {
                at++;
            }

            if (at + 2 >= text.Count || !text.IsSymbol(at, '(') || !text.IsCapitalized(at - 1))
            {
                break;
            }

            var close = at + 1;
            while (close < text.Count && close - at <= 3 && !text.IsSymbol(close, ')'))
            {
                close++;
            }

            if (close >= text.Count || close == at + 1 || close - at > 3 || !text.IsSymbol(close, ')'))
            {
                return null;
            }

            afterBrackets = close + 1;
            at = afterBrackets;
        }

        var last = at - 1;
        while (last >= afterBrackets && afterBrackets >= 0 && !text.Tokens[last].IsWord)
        {
            last--;
        }

        return afterBrackets >= 0 && last >= afterBrackets ? text.Lower[last] : null;
    }

    /// <summary>The index of the last word of the clause of token i, when it comes after i; else -1.</summary>
    private int ClauseLastWordAt(int i)
    {
        var last = ClauseBounds(i).Last;
        while (last > i && !Tokens.Tokens[last].IsWord)
        {
            last--;
        }

        return last > i ? last : -1;
    }

    private bool IsClauseBreak(int i)
    {
        var token = Tokens.Tokens[i];
        if (token.Kind != TokenKind.Symbol)
        {
            return false;
        }

        var c = Text[token.Start];
        return (c == ',' && !ContinuesList(i) && !ContinuesPlaceList(i) && !ContinuesAdjectiveList(i)) || c is ';' or ':' or '(' or ')' || (c == '-' && !token.Joined)
            || (c is '.' or '!' or '?' && EndsInnerSentence(i));
    }

    /// <summary>
    /// "„Russland verheizt Menschen. Die Nordkoreaner haben … rund 700 Tote zu beklagen.“", "„Moskau lügt. Wir zählen …“": a
    /// quotation is read as one sentence, but a final mark inside it after a word and before a capitalized word ends a sentence
    /// of the quote, and so a clause; a period does not after an abbreviation ("Dr.", "Gen."; the sentence rules' list, unless
    /// one that often ends a sentence) or a single letter (an initial), nor after an ordinal's number.
    /// </summary>
    private bool EndsInnerSentence(int mark)
    {
        if (mark == 0 || mark + 1 >= Tokens.Count || !Tokens.Tokens[mark - 1].IsWord || Tokens.Tokens[mark - 1].Length < 2 || !Tokens.IsCapitalized(mark + 1))
        {
            return false;
        }

        if (Text[Tokens.Tokens[mark].Start] != '.')
        {
            return true;
        }

        return !Pack.Abbreviations.Contains(Text.AsSpan(Tokens.Tokens[mark - 1].Start, Tokens.Tokens[mark - 1].Length), out var final) || final;
    }

    /// <summary>"über Belgorod, Brjansk und Kursk abgefangen": a comma between places of a list closed by a conjunction
    /// is no clause break, so the verb after the list stays in the clause of the number before it.</summary>
    private bool ContinuesPlaceList(int comma)
    {
        // Cheap first: a place name on both sides of the comma (a person, as in "sagte Selenskyj, Russland …", is none).
        if (comma == 0 || comma + 1 >= Tokens.Count || !IsPlaceName(comma - 1) || !IsPlaceName(comma + 1))
        {
            return false;
        }

        // The list goes on with a comma or closes with "und"/"oder" right after the next name.
        var after = MentionAt[comma + 1]!.Last + 1;
        return after < Tokens.Count && (Pack.Grammar.Conjunctions.Contains(Tokens.Lower[after]) || Tokens.IsSymbol(after, ','));
    }

    /// <summary>"4180 zerstörte, beschädigte oder erbeutete russische Kampfpanzer": a comma between the adjectives of a
    /// counted noun phrase, the list closed by a conjunction, is no clause break, so a pronoun subject and auxiliary before
    /// the number stay in the clause of the participle after the noun ("Sie hat … dokumentiert").</summary>
    private bool ContinuesAdjectiveList(int comma)
    {
        // Cheap first: lower-case words on both sides, and a conjunction or another comma right after the next one.
        if (comma < 2 || comma + 2 >= Tokens.Count || !IsAdjectiveItem(comma - 1) || !IsAdjectiveItem(comma + 1)
            || !(Pack.Grammar.Conjunctions.Contains(Tokens.Lower[comma + 2]) || Tokens.IsSymbol(comma + 2, ',')))
        {
            return false;
        }

        // The list opens right after a number: earlier items, each behind a comma, lead back to it.
        var first = comma - 1;
        while (first >= 3 && Tokens.IsSymbol(first - 1, ',') && IsAdjectiveItem(first - 2))
        {
            first -= 2;
        }

        return Tokens.Tokens[first - 1].IsNumber;
    }

    private bool IsAdjectiveItem(int i) => Tokens.Tokens[i].IsWord && !Tokens.IsCapitalized(i)
        && WordEndings.EndsWithAny(Tokens.Lower[i], Pack.Grammar.AdjectiveEndings, minStem: 3);

    private bool IsPlaceName(int i) => MentionAt[i] is { Form: MentionForm.Place or MentionForm.Name } mention
        && mention.Entity.Kind is EntityKind.Place or EntityKind.Country;

    /// <summary>"137 Kampfpanzer, 298 gepanzerte Fahrzeuge und …": a comma before another counted noun continues a list.</summary>
    private bool ContinuesList(int comma)
    {
        // The item before the comma ends in a noun ("Kampfpanzer,"), not a particle or verb ("kündigte … an,").
        if (comma == 0 || !Tokens.IsCapitalized(comma - 1))
        {
            return false;
        }

        for (var i = comma + 1; i < Tokens.Count && i <= comma + 3; i++)
        {
            var token = Tokens.Tokens[i];
            // A number in digits or words ("1.140 Soldaten, neun Kampfpanzer und …"), not an article.
            if (token.Kind == TokenKind.Number || (token.IsWord && !Pack.Numbers.Articles.Contains(Tokens.Lower[i]) && IsNumeral(i)))
            {
                // … and a noun right after it, maybe behind an adjective ("30 wurden verletzt" is a clause), that is no
                // subject with its finite verb right after it ("85 Drohnen und drei Raketen, 67 Drohnen seien abgeschossen
                // worden" is a clause of its own).
                var noun = i + 1 < Tokens.Count && Tokens.IsCapitalized(i + 1) ? i + 1
                    : i + 2 < Tokens.Count && Tokens.Tokens[i + 1].IsWord && Tokens.IsCapitalized(i + 2) ? i + 2
                    : -1;
                return noun > 0 && !(noun + 1 < Tokens.Count && Tokens.Tokens[noun + 1].IsWord && Pack.Grammar.FiniteAuxiliaries.Contains(Tokens.Lower[noun + 1]));
            }

            // Up to two qualifier words before the number ("mehr als 700"); a capitalized word is a noun.
            if (!token.IsWord || Tokens.IsCapitalized(i))
            {
                return false;
            }
        }

        return false;
    }
}
