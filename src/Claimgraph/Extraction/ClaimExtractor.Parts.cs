using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

// What a number counts when its noun is not beside it: the whole it is a part of, the claim it is compared with or repeats, a whole named first.
public sealed partial class ClaimExtractor
{
    /// <summary>
    /// The claim a partitive after the quantity takes part of ("100 von ihnen", "60 davon"): the
    /// nearest claim before it, in the sentence or the one before, that counts people or weapons;
    /// with its index among the document's drafts and the partitive's last token.
    /// </summary>
    private (Claim Claim, int Index, int Last)? Partitive(SentenceContext sentence, QuantityPhrase phrase, List<Claim> sentenceClaims, IReadOnlyList<Claim> previous, int draftCount)
    {
        var text = sentence.Tokens;
        if (phrase.Last + 1 >= text.Count || !_pack.Cues.Partitives.TryMatchAt(text, phrase.Last + 1, out var cue))
        {
            // "37 Drohnen abgefangen, davon zwölf über dem Gebiet Brjansk": the part word before a bare number.
            // "Die Flugabwehr habe davon nur elf abfangen können": a focus particle may stand between them.
            var nounFollows = phrase.Last + 1 < text.Count && text.Tokens[phrase.Last + 1].IsWord && text.IsCapitalized(phrase.Last + 1);
            var partEnd = phrase.First > 1 && _pack.Cues.FocusParticles.Contains(text.Lower[phrase.First - 1]) ? phrase.First - 2 : phrase.First - 1;
            if (nounFollows || partEnd < 0)
            {
                return null;
            }

            // "Davon seien 31 über der Region Saratow, 18 über der Region Samara … zerstört worden": a part word opening
            // the sentence makes each bare number in it a part of the whole counted before (not a year); so does one opening
            // the number's clause in a sentence that counted the whole ("112 ukrainische Drohnen abgefangen, davon 41 über dem
            // Gebiet Brjansk und 18 über der Region Moskau"; not "… 600 dieser Waffen, von denen etwa 150 einsatzbereit sind").
            var clauseFirst = sentence.ClauseBounds(phrase.First).First;
            var clauseOpener = clauseFirst > 0 && !text.Tokens[clauseFirst].IsWord ? clauseFirst + 1 : clauseFirst;
            // A number right after a capitalized word is part of a name ("vom Typ LAV 6", "Resolution 2270"), no part; a
            // qualifier before the number says it is none ("von denen nach US-Schätzungen mehr als 5.000 getötet …").
            var named = text.IsCapitalized(phrase.First - 1) && text.Tokens[phrase.First].IsNumber;
            if ((!_pack.Cues.Partitives.TryMatchAt(text, partEnd, out cue) || cue.Last != partEnd)
                && (named || !_pack.Cues.Partitives.TryMatchAt(text, 0, out cue) || cue.Last >= phrase.First || (MayBeYear(sentence, phrase) && !LossRightAfter(sentence, phrase))))
            {
                if (named || clauseOpener == 0 || clauseOpener >= phrase.First || sentenceClaims.Count == 0
                    || !_pack.Cues.Partitives.TryMatchAt(text, clauseOpener, out cue) || cue.Last >= phrase.First || MayBeYear(sentence, phrase))
                {
                    return null;
                }

                // Only a whole this sentence counted.
                previous = [];
            }

            // "darunter etwa 120 selbstfahrende Geschütze": a number that counts a noun of its own is a subset, no bare part.
            if (_nouns.Find(sentence, phrase) is not null)
            {
                return null;
            }

            cue = cue with { Last = phrase.Last };
        }

        static bool Counted(Claim c) => MeasureGroups.Weapons.Contains(c.Measure) || c.Measure is "troops" || PeopleLossMeasures.Contains(c.Measure);
        // "… insgesamt 5 Milliarden Franken bereitstellen, davon 1,5 Milliarden bis 2028": in its own sentence, an amount of money
        // is a whole too, of a part in millions or more (a small bare number counts things: "500 Millionen Euro …, darunter zwei
        // weitere Iris-T-Systeme").
        var moneyPart = (phrase.Quantity.Value ?? phrase.Quantity.High) >= 1_000_000;
        for (var i = sentenceClaims.Count - 1; i >= 0; i--)
        {
            if (Counted(sentenceClaims[i]) || (moneyPart && sentenceClaims[i].Measure == "money"))
            {
                return (sentenceClaims[i], draftCount + i, cue.Last);
            }
        }

        for (var i = previous.Count - 1; i >= 0; i--)
        {
            if (Counted(previous[i]))
            {
                return (previous[i], draftCount - previous.Count + i, cue.Last);
            }
        }

        return null;
    }

    /// <summary>
    /// "… 3000 oder mehr zusätzlich entsandt": a number without a noun, followed by a verb, counts
    /// what the nearest claim before it counted when that fits the verb.
    /// </summary>
    private static CountedNoun? Elliptic(SentenceContext sentence, QuantityPhrase phrase, List<Claim> sentenceClaims, IReadOnlyList<Claim> previous, Entity? lastSystem)
    {
        // "aus zwölf Nationen": a number before a noun counts that noun, even one that is no measure;
        // "2.500 Stück" counts what was counted before.
        var next = phrase.Last + 1;
        var container = next < sentence.Tokens.Count && sentence.Pack.Measures.IsContainer(sentence.Tokens.Lower[next]);
        if (MayBeYear(sentence, phrase) || IsDesignation(sentence, phrase)
            || (!container && next < sentence.Tokens.Count && sentence.Tokens.Tokens[next].IsWord && sentence.Tokens.IsCapitalized(next)))
        {
            return null;
        }

        return EllipticCount(sentence, phrase, sentenceClaims, previous, lastSystem, container);
    }

    // Apart from Elliptic's checks: its lambdas capture the parameters, and the closure is made on entry
    // to the method that holds them, so only numbers past the checks pay for it.
    private static CountedNoun? EllipticCount(SentenceContext sentence, QuantityPhrase phrase, List<Claim> sentenceClaims, IReadOnlyList<Claim> previous, Entity? lastSystem, bool container)
    {
        var next = phrase.Last + 1;

        // "350 verwundet", "mindestens zwölf verletzt": what happened says what was counted; an adjective may stand
        // before a loss noun ("Mehr als 30 seien in ukrainische Gefangenschaft geraten").
        CueMatch<string> loss = default;
        foreach (var r in sentence.PeopleLosses)
        {
            if (r.First > phrase.Last && sentence.SameClause(r.First, phrase.Last)
                && (r.First <= phrase.Last + 3 || (r.First == phrase.Last + 4 && LowerAdjectiveAt(sentence, r.First - 1))))
            {
                loss = r;
                break;
            }

            // "Gefallen seien 23", "Verwundet wurden mehr als 40": a participle of loss opening the clause, one verb between
            // it and the number.
            if (r.Last + 2 == phrase.First && sentence.ClauseBounds(phrase.First).First == (sentence.ClauseOf[r.First] == 0 ? r.First : r.First - 1)
                && sentence.SameClause(r.First, phrase.First) && sentence.Tokens.Tokens[r.Last + 1].IsWord)
            {
                loss = r;
                break;
            }
        }

        // Killing and wounding happen only to people ("Ein Mensch kam ums Leben, sieben weitere wurden verletzt"), and
        // so does any loss whose words are no loss of equipment ("mehr als 6.000 von ihnen getötet oder verwundet").
        if (loss.Cue is not null && (loss.Value is "killed" or "wounded" || !StartsEquipmentLoss(sentence, loss.First)
            || sentenceClaims.Exists(CountsPeople) || AnyOf(previous, CountsPeople)
            || sentence.Mentions.Exists(m => m.Form == MentionForm.People)))
        {
            return new CountedNoun(loss.Value, null, loss.Last, null, null);
        }

        // The verb after the number ("3000 oder mehr zusätzlich entsandt", or ending its clause: "weitere 2.000
        // seien als Reserve in Wladiwostok stationiert"), else one that opens its clause before it
        // ("Geliefert wurden bis dahin nur etwa 520.000").
        var verb = sentence.Relations.Find(r => r.First > phrase.Last
            && (r.First <= phrase.Last + 3 || (r.First <= phrase.Last + MaxVerbDistance && sentence.SameClause(r.First, phrase.Last)
                && (r.Last + 1 == sentence.Tokens.Count || !sentence.Tokens.Tokens[r.Last + 1].IsWord) && !NounPhraseAfter(sentence, phrase.Last)))
            && r.Value is "deployment" or "supply" or "produced" or "fired");
        if (verb.Cue is null && sentence.Relations.Find(r => r.First < phrase.First && sentence.SameClause(r.First, phrase.First)
                && (r.First == 0 || !sentence.SameClause(r.First - 1, r.First)) && r.Value is "deployment" or "supply") is { Cue: not null } opening)
        {
            verb = opening;
        }

        // "…, allein im Raum Saporischschja stünden etwa 85.000": the verb right before a number that ends its clause, the
        // subject after the verb in an inverted clause.
        if (verb.Cue is null && (next >= sentence.Tokens.Count || !sentence.Tokens.Tokens[next].IsWord || !sentence.SameClause(phrase.Last, next))
            && sentence.Relations.Find(r => r.Last + 1 == phrase.First && r.Value is "deployment" or "supply") is { Cue: not null } right)
        {
            verb = right;
        }

        // "Die Russen feuerten nach seinen Worten an schweren Tagen bis zu 20.000 ab", "… verschössen bis zu 20.000": a number
        // ending its clause (or followed only by the verb's particle) in a clause with a verb of firing before it counts
        // what was fired before.
        if (verb.Cue is null && EndsClauseAfter(sentence, phrase.Last)
            && sentence.Relations.Find(r => r.Value == "fired" && r.First < phrase.First && sentence.SameClause(r.First, phrase.First)) is { Cue: not null } firing)
        {
            verb = firing;
        }

        // "18 dieser Haubitzen überlassen, weitere sechs sollen folgen": an increment word beside a number without
        // a noun adds to what was counted just before, whatever the verb.
        var added = IncrementBeside(sentence, phrase);
        // "… soll die Fertigung auf eine halbe Million Stück pro Monat wachsen": a word for pieces with no goods after it
        // counts what was counted before, whatever the verb.
        if (verb.Cue is null && !added && !container)
        {
            return null;
        }

        foreach (var candidate in sentenceClaims.AsEnumerable().Reverse().Concat(previous.Reverse()))
        {
            // "14 neue Brigaden aufgestellt, weitere sechs sollen … folgen": units deployed are counted as troops are.
            var fits = verb.Cue is null ? MeasureGroups.Weapons.Contains(candidate.Measure) || candidate.Measure is "troops" or "formations"
                : verb.Value == "deployment" ? candidate.Measure is "troops" or "formations" : MeasureGroups.Weapons.Contains(candidate.Measure);
            if (fits)
            {
                // "100 Leopard 1 zugesagt. Ausgeliefert sind … mehr als 80": the borrowed count keeps its system.
                var system = candidate.System is { } name && lastSystem?.Name == name ? lastSystem : null;
                // "von den 100 zugesagten Leopard 1A5 seien bislang 82 …": a count of the same sentence names its system here.
                if (system is null && candidate.System is { } sameName && sentenceClaims.Contains(candidate))
                {
                    foreach (var mention in sentence.Mentions)
                    {
                        if (mention.Entity.Kind == EntityKind.WeaponSystem && mention.Entity.Name == sameName)
                        {
                            system = mention.Entity;
                            break;
                        }
                    }
                }
                return new CountedNoun(candidate.Measure, candidate.Unit, container ? next : phrase.Last, null, system);
            }
        }

        return null;
    }

    /// <summary>Whether the clause ends after token <paramref name="last"/>, or after a separable verb's particle that ends it
    /// ("… bis zu 20.000 ab."; `separable_particles`).</summary>
    private static bool EndsClauseAfter(SentenceContext sentence, int last)
    {
        var text = sentence.Tokens;
        var next = last + 1;
        if (next < text.Count && text.Tokens[next].IsWord && sentence.SameClause(last, next) && sentence.Pack.Attribution.SeparableParticles.Contains(text.Lower[next]))
        {
            next++;
        }

        return next >= text.Count || !text.Tokens[next].IsWord || !sentence.SameClause(last, next);
    }

    /// <summary>Whether token i is a lower-case word with an adjective's ending ("ukrainische").</summary>
    private static bool LowerAdjectiveAt(SentenceContext sentence, int i) =>
        sentence.Tokens.Tokens[i].IsWord && !sentence.Tokens.IsCapitalized(i)
        && WordEndings.EndsWithAny(sentence.Tokens.Lower[i], sentence.Pack.Grammar.AdjectiveEndings, minStem: 3);

    /// <summary>"19 Raketen, davon 14 ballistische": a bare part with an adjective after it that narrows the whole's measure
    /// (`modified` in measures.yaml) counts the narrower measure.</summary>
    private CountedNoun? NarrowedPart(SentenceContext sentence, QuantityPhrase phrase, Claim whole)
    {
        var text = sentence.Tokens;
        var next = phrase.Last + 1;
        if (next >= text.Count || !text.Tokens[next].IsWord || text.IsCapitalized(next)
            || _pack.Measures.NarrowedBy(whole.Measure, text.Lower[next]) is not { } narrowed)
        {
            return null;
        }

        return new CountedNoun(narrowed, whole.Unit, next, null, null);
    }

    /// <summary>"112 von 138 russischen Drohnen abgefangen", "zwei von sechs anfliegenden KN-23": a bare number joined to a count after it is a part of what that count counts.</summary>
    private CountedNoun? PartBeforeWhole(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        var join = phrase.Last + 1;
        if (join + 2 >= text.Count || !sentence.IsNumeral(join + 1) || !_pack.Cues.PartOfWhole.Contains(text.Lower[join]))
        {
            return null;
        }

        var whole = _nouns.NounAt(sentence, join + 2);
        return whole is null ? null : whole with { Last = phrase.Last };
    }

    /// <summary>Whether a part stands right before the count ("112 von [138 russischen Drohnen]"), or the sentence opens
    /// with the count as the whole of a part after it ("Von [96 Drohnen] seien 71 abgeschossen worden").</summary>
    private bool IsWholeOfPart(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        return (phrase.First > 1 && sentence.IsNumeral(phrase.First - 2) && _pack.Cues.PartOfWhole.Contains(text.Lower[phrase.First - 1]))
            // "Von [96 Drohnen] seien 71 abgeschossen worden": the count the sentence opens with is the whole of a part after it.
            || (phrase.First > 0 && phrase.First <= 2 && _pack.Cues.PartitiveOpeners.TryMatchAt(text, 0, out var opener) && opener.Last + 1 == phrase.First);
    }

    /// <summary>"Von den Haubitzen, die Berlin ankündigte, sind erst zwölf angekommen": a bare number counts the whole the sentence opens with.</summary>
    private CountedNoun? WholeNamedFirst(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        var next = phrase.Last + 1;
        // A word for pieces after the number counts the whole too ("… wurden bisher 105 Stück übergeben").
        if (!_pack.Cues.PartitiveOpeners.TryMatchAt(text, 0, out var opener) || phrase.First <= opener.Last + 1
            || (next < text.Count && text.Tokens[next].IsWord && text.IsCapitalized(next) && !_pack.Measures.IsContainer(text.Lower[next]))
            || IsDesignation(sentence, phrase))
        {
            return null;
        }

        // "Von 96 Drohnen seien 71 abgeschossen worden": a whole counted itself names its noun after its number.
        // A year in between is no part ("Von den 250.000 Artilleriegranaten, die Berlin für 2025 zugesagt hatte, …").
        var countedWhole = opener.Last + 1 < text.Count && text.Tokens[opener.Last + 1].Kind == TokenKind.Number;
        if (countedWhole && MayBeYear(sentence, phrase))
        {
            return null;
        }

        var whole = _nouns.NounAt(sentence, countedWhole ? opener.Last + 2 : opener.Last + 1);
        return whole is null || whole.Last >= phrase.First ? null : whole with { Last = phrase.Last };
    }

    /// <summary>
    /// "Oryx zählt 210 verlorene Fahrzeuge dieses Typs" after a sentence that named the Bradley: a stand-in noun
    /// (`system_stand_ins`) with a demonstrative and a word for a type after it counts the system named last.
    /// </summary>
    private CountedNoun? StandInOfNamedType(SentenceContext sentence, QuantityPhrase phrase, Entity? lastSystem)
    {
        if (lastSystem is not { Measure: not null })
        {
            return null;
        }

        var text = sentence.Tokens;
        for (var j = phrase.Last + 1; j <= phrase.Last + 3 && j + 2 < text.Count; j++)
        {
            if (!text.Tokens[j].IsWord)
            {
                return null;
            }

            if (_pack.Measures.SystemStandIns.Contains(text.Lower[j]))
            {
                return _pack.Cues.Demonstratives.Contains(text.Lower[j + 1]) && _pack.Cues.OwnTypeWords.Contains(text.Lower[j + 2])
                    ? new CountedNoun(lastSystem.Measure, null, j, null, lastSystem)
                    : null;
            }

            // Only adjectives before the noun ("verlorene").
            if (text.IsCapitalized(j))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the sentence opens with a whole counted with its number ("Von den 31 Panzern, …", "Von 96 Drohnen …").</summary>
    private bool OpensWithCountedWhole(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        return _pack.Cues.PartitiveOpeners.TryMatchAt(text, 0, out var opener) && opener.Last + 1 < text.Count
            && text.Tokens[opener.Last + 1].Kind == TokenKind.Number;
    }

    /// <summary>
    /// The claim a bare number is compared with ("Zuvor war von etwa 3.000 die Rede"): the last
    /// claim of the sentence before, when a comparison word stands in the clause and no noun follows.
    /// </summary>
    private Claim? Compared(SentenceContext sentence, QuantityPhrase phrase, IReadOnlyList<Claim> before)
    {
        var text = sentence.Tokens;
        if (before.Count == 0 || (phrase.Last + 1 < text.Count && text.IsCapitalized(phrase.Last + 1) && text.Tokens[phrase.Last + 1].IsWord)
            || IsDesignation(sentence, phrase))
        {
            return null;
        }

        // "2022 waren es noch etwa 70.000 gewesen", "bis 2030 noch mehr": a year is compared with nothing.
        if (MayBeYear(sentence, phrase))
        {
            return null;
        }

        var subject = phrase.First > 0 && (ComparisonSubjectBefore(sentence, phrase.First)
            || (phrase.First > 1 && text.IsSymbol(phrase.First - 2, ',') && _pack.Cues.ComparisonPrepositions.Contains(text.Lower[phrase.First - 1]))
            // "kommt auf eine deutlich niedrigere Zahl von etwa 1.800": a count noun names the bare number.
            || (phrase.First > 1 && _pack.Cues.CountLinks.Contains(text.Lower[phrase.First - 1]) && _pack.Measures.CountNouns.Contains(text.Lower[phrase.First - 2])));
        if (!subject && !sentence.AnyInClause(_pack.Cues.ComparisonMarkers.FindAll(text), phrase.First) && !ReportedBare(sentence, phrase))
        {
            return null;
        }

        // "… rund 700.000 Geschosse vom Kaliber 155 Millimeter …": the count, not a property named with it.
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (before[i].Relation != "capability")
            {
                return before[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a number with a capitalized word after it that made no claim (a count of something that is no measure:
    /// "340 Menschen") stands between the sentence's last claim and the bare number at <paramref name="first"/>.
    /// </summary>
    private static bool UncountedCountBetween(SentenceContext sentence, int previousLast, int first)
    {
        var text = sentence.Tokens;
        for (var i = first - 2; i > previousLast; i--)
        {
            // Not a model number ("Raketen des Typs PAC-3 MSE").
            if (text.Tokens[i].IsNumber && text.Tokens[i + 1].IsWord && text.IsCapitalized(i + 1) && (i == 0 || !text.IsSymbol(i - 1, '-')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"dürften es nach britischer Einschätzung insgesamt rund 960.000 Mann sein": a comparison subject anywhere in the clause before the number.</summary>
    private bool ComparisonSubjectInClause(SentenceContext sentence, int first)
    {
        var text = sentence.Tokens;
        for (var i = first - 1; i >= 0 && sentence.SameClause(i, first); i--)
        {
            if (_pack.Cues.ComparisonSubjects.Contains(text.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "seien es rund 1,5 Millionen gewesen", also behind adverbs ("Im Schnitt seien es derzeit wohl rund 900 pro Tag"):
    /// a comparison subject at most three lower-case words before the number; or one right after the finite verb of the
    /// number's clause, with a source between ("könnten es nach Einschätzung aus Tallinn sogar bis zu 5,5 Millionen sein").
    /// </summary>
    private bool ComparisonSubjectBefore(SentenceContext sentence, int first)
    {
        var text = sentence.Tokens;
        for (var i = first - 1; i >= 0 && i >= first - 3; i--)
        {
            if (_pack.Cues.ComparisonSubjects.Contains(text.Lower[i]))
            {
                return true;
            }

            if (!text.Tokens[i].IsWord || text.IsCapitalized(i))
            {
                break;
            }
        }

        for (var i = first - 4; i > 0 && sentence.SameClause(i, first); i--)
        {
            if (_pack.Cues.ComparisonSubjects.Contains(text.Lower[i])
                && (_pack.Grammar.FiniteAuxiliaries.Contains(text.Lower[i - 1]) || _pack.Cues.SubordinateModals.Contains(text.Lower[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a number compared with an earlier claim counts: the earlier claim's measure, but a loss of people its own
    /// clause names says which ("… 200.000 Soldaten seien gefallen. … hatte der Generalstab die Zahl der russischen
    /// Ausfälle mit 1.670 angegeben": casualties, not killed).
    /// </summary>
    private static string ComparedMeasure(SentenceContext sentence, QuantityPhrase phrase, Claim compared)
    {
        if (PeopleLossMeasures.Contains(compared.Measure))
        {
            foreach (var loss in sentence.PeopleLosses)
            {
                if (sentence.SameClause(loss.First, phrase.First))
                {
                    return loss.Value;
                }
            }
        }

        return compared.Measure;
    }

    /// <summary>
    /// "Im Oktober meldete er 41.000, im September 38.500": a bare number ending a short clause with no verb, no name and
    /// no cue of its own, after a claim of the same sentence, repeats that claim for another time (gapping).
    /// </summary>
    private Claim? GappedCount(SentenceContext sentence, QuantityPhrase phrase, List<Claim> sentenceClaims)
    {
        var text = sentence.Tokens;
        var (first, last) = sentence.ClauseBounds(phrase.First);
        if (sentence.ClauseOf[phrase.First] == 0 || sentenceClaims.Count == 0 || !text.IsSymbol(first, ',') || MayBeYear(sentence, phrase) || IsDesignation(sentence, phrase)
            || (phrase.Last < last && text.Tokens[phrase.Last + 1].IsWord) || phrase.First - first > 5
            || sentence.AnyInClause(sentence.Relations, phrase.First) || sentence.AnyInClause(sentence.Hedges, phrase.First))
        {
            return null;
        }

        // "Russland verschieße täglich etwa 10.000 Granaten, die Ukraine rund 3.000": a country may stand for the side that
        // does the same (a side of its own: only for what one side does, not for what one gives another).
        string? side = null;
        var opensClause = false;
        for (var i = first + 1; i < phrase.First; i++)
        {
            if (!text.Tokens[i].IsWord || _pack.Cues.Increments.TryMatchAt(text, i, out _))
            {
                return null;
            }

            if (sentence.MentionAt[i] is { } mention)
            {
                if (side is not null || mention.Entity.Country is not { } country || mention.Entity.Kind == EntityKind.WeaponSystem)
                {
                    return null;
                }

                side = country;
                // Named first in the clause, only determiners before it: the clause's subject ("…, die USA 65 Milliarden").
                // "…, gefolgt von Deutschland mit knapp 13 Milliarden": after a gapping link too.
                var subjectFrom = _pack.Cues.GappingLinks.TryMatchAt(text, first + 1, out var link) ? link.Last + 1 : first + 1;
                opensClause = mention.Form is MentionForm.Name or MentionForm.Metonym && OnlyDeterminersBetween(text, subjectFrom, i);
            }
        }

        if (side is not null)
        {
            return sentenceClaims[^1] switch
            {
                { Relation: "other" or "losses" or "advance" } done when done.Actor is not null && done.Actor != side => done with { Actor = side },
                // "… rund 32 Milliarden Euro an Militärhilfe zugesagt, Deutschland allein etwa 9 Milliarden": a country opening
                // the clause gives money or sends troops as the clause before did (GappedSubject then makes it the giver).
                // Goods are left: a bare count after "drei Systeme geliefert, die USA ebenfalls drei" would copy whatever the
                // noun before was read as, and "Systeme" may stand in for a type that is no claim's.
                // An amount with no verb of giving of its own is still uncued supply here ("Die Europäer kommen … auf etwa 180
                // Milliarden Euro, die USA auf knapp 120 Milliarden").
                { Relation: "supply" or UncuedSupply or "deployment", Measure: "money" or "troops" } given when opensClause && given.Actor != side => given,
                _ => null,
            };
        }

        return sentenceClaims[^1] is { Relation: not "capability" } repeated ? repeated : null;
    }

    private bool OnlyDeterminersBetween(TokenizedText text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!_pack.Grammar.Determiners.Contains(text.Lower[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Im Sommer hatte London 610.000 genannt", "Am Vortag meldete der Generalstab 1.180.": a bare number that is all
    /// a speech verb of its clause reports, right before the verb ending the clause or ending the clause itself after
    /// it, gives another figure for what was counted just before.
    /// </summary>
    private bool ReportedBare(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        var next = phrase.Last + 1;
        var endsClause = next >= text.Count || !sentence.SameClause(phrase.Last, next) || !text.Tokens[next].IsWord;
        foreach (var cue in sentence.AttributionCues)
        {
            // "…, das britische Verteidigungsministerium kommt auf etwa 395.000": a verb of two words ending right before the number.
            if (cue.Value == AttributionCueKind.SpeechVerb && (cue.First == cue.Last || (cue.Last + 1 >= phrase.First && cue.Last <= phrase.NumberLast)) && sentence.SameClause(cue.First, phrase.First)
                && ((cue.First < phrase.First && endsClause) || (cue.First == next && (next + 1 >= text.Count || !text.Tokens[next + 1].IsWord))))
            {
                return true;
            }

            // "Selenskyj hat zuletzt von 720.000 gesprochen", "…, Selenskyj spricht von 620.000": a cue of several words that
            // holds just the number and ends the clause, or ends right before the number that ends the clause.
            if (cue.Value == AttributionCueKind.SpeechVerb && cue.First < cue.Last
                && ((cue.First == phrase.First - 1 && cue.Last == next && (next + 1 >= text.Count || !text.Tokens[next + 1].IsWord))
                    || (cue.Last == phrase.First - 1 && endsClause)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last claim of the measure, in the sentence so far, else in the sentences before.</summary>
    private static Claim? LastClaimOf(string measure, List<Claim> sentenceClaims, IReadOnlyList<Claim> before)
    {
        for (var i = sentenceClaims.Count - 1; i >= 0; i--)
        {
            if (sentenceClaims[i].Measure == measure)
            {
                return sentenceClaims[i];
            }
        }

        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (before[i].Measure == measure)
            {
                return before[i];
            }
        }

        return null;
    }

    /// <summary>Whether an increment word stands right before or right after the number ("weitere 50", "50 weitere").</summary>
    private bool AddsToBefore(SentenceContext sentence, QuantityPhrase phrase) =>
        (phrase.First > 0 && _pack.Cues.Increments.TryMatchAt(sentence.Tokens, phrase.First - 1, out _))
        || _pack.Cues.Increments.TryMatchAt(sentence.Tokens, phrase.First, out _)
        || (phrase.Last + 1 < sentence.Tokens.Count && _pack.Cues.Increments.TryMatchAt(sentence.Tokens, phrase.Last + 1, out _));

    /// <summary>Whether a word for a type follows the counted noun closely ("Haubitzen vom Typ RCH 155").</summary>
    private bool NamesOwnType(SentenceContext sentence, CountedNoun noun) =>
        sentence.AnyWordIn(_pack.Cues.OwnTypeWords, noun.Last + 1, Math.Min(sentence.Tokens.Count - 1, noun.Last + 3));

    /// <summary>"8.000 dieser Drohnen", "2.000 Angriffsdrohnen dieses Typs": a demonstrative in or right after the counted phrase.</summary>
    private bool PointsBack(SentenceContext sentence, QuantityPhrase phrase, CountedNoun noun)
    {
        var text = sentence.Tokens;
        // "Die übrigen 18 Panzer": a word for the rest, inside the phrase or right before it.
        if (_pack.Cues.RemainderWords.Contains(text.Lower[phrase.First]) || (phrase.First > 0 && _pack.Cues.RemainderWords.Contains(text.Lower[phrase.First - 1])))
        {
            return true;
        }

        for (var i = phrase.Last + 1; i <= Math.Min(text.Count - 1, noun.Last + 1); i++)
        {
            if (_pack.Cues.Demonstratives.Contains(text.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence counts weapons of another measure than the system named before, with no system of their own: a
    /// property then is theirs ("Hinzu kommen 30 Raketenwerfer des Kalibers 240 Millimeter" after a howitzer's name).
    /// </summary>
    private static bool CountsOtherWeapon(List<Claim> sentenceClaims, Entity? systemBefore)
    {
        if (systemBefore?.Measure is not { } measure)
        {
            return false;
        }

        foreach (var claim in sentenceClaims)
        {
            if (claim.System is null && claim.Measure != measure && MeasureGroups.Weapons.Contains(claim.Measure))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Das ukrainische Analyseprojekt DeepState kommt auf …", "Das Paket habe …": a noun, or an adjective before a
    /// noun, makes the back-reference word an article ("Das meldete Tass" has a speech verb there).
    /// </summary>
    private bool OpensNounPhrase(TokenizedText tokens, int i)
    {
        // "Das Paket habe einen Wert von …, sagte ein Sprecher": a noun right after the word.
        if (i + 1 < tokens.Count && tokens.Tokens[i].IsWord && tokens.IsCapitalized(i) && !tokens.Tokens[i + 1].IsNumber
            && !_pack.Attribution.Cues.TryMatchAt(tokens, i, out _))
        {
            return true;
        }

        if (i + 1 >= tokens.Count || !tokens.Tokens[i].IsWord || tokens.IsCapitalized(i) || !tokens.IsCapitalized(i + 1)
            || _pack.Attribution.Cues.TryMatchAt(tokens, i, out _) || _pack.Attribution.SplitVerbs.TryMatchAt(tokens, i, out _))
        {
            return false;
        }

        return WordEndings.EndsWithAny(tokens.Lower[i], _pack.Grammar.AdjectiveEndings, minStem: 3);
    }

    /// <summary>Whether a word of addition opens the clause of the number, right before it or before the list it stands in ("…, dazu rund 9.100 gepanzerte Fahrzeuge").</summary>
    private bool OpensAddition(SentenceContext sentence, int phraseFirst)
    {
        var text = sentence.Tokens;
        var opener = sentence.ClauseBounds(phraseFirst).First;
        if (opener < text.Count && !text.Tokens[opener].IsWord)
        {
            opener++;
        }

        // The later items of a list the word opens count too ("…, dazu 9 Panzer und 31 gepanzerte Fahrzeuge"): a number,
        // in digits or in words ("…, dazu zwei ballistische Raketen und 57 Kampfdrohnen"), follows the word, behind a
        // qualifier at most.
        if (opener < phraseFirst && _pack.Cues.Additions.Contains(text.Lower[opener])
            && (opener == phraseFirst - 1 || sentence.IsNumeral(opener + 1) || (opener + 2 < phraseFirst && sentence.IsNumeral(opener + 2))))
        {
            return true;
        }

        // "… seien 11 Boote zerstört worden, über der Krim zudem 43 Drohnen": the word right before the amount, after a place,
        // in a clause with no relation verb of its own (the verb gapped) adds to the clause before too.
        return opener < phraseFirst - 1 && text.Tokens[phraseFirst - 1].IsWord && _pack.Cues.GappedAdditions.Contains(text.Lower[phraseFirst - 1])
            && !sentence.AnyInClause(sentence.Relations, phraseFirst);
    }

    /// <summary>Whether a subset word ("darunter", "davon") stands right before the quantity.</summary>
    private bool OpensSubset(SentenceContext sentence, int phraseFirst)
    {
        var text = sentence.Tokens;
        for (var i = Math.Max(0, phraseFirst - 2); i < phraseFirst; i++)
        {
            if (_pack.Cues.Subsets.TryMatchAt(text, i, out var cue) && cue.Last >= phraseFirst - 1)
            {
                return true;
            }
        }

        // "…, darunter acht ballistische Raketen und 28 Marschflugkörper": an item joined to the subset the clause
        // opens is part of the same whole.
        var opener = sentence.ClauseBounds(phraseFirst).First;
        if (opener < text.Count && !text.Tokens[opener].IsWord)
        {
            opener++;
        }

        return phraseFirst > opener + 1 && _pack.Grammar.Conjunctions.Contains(text.Lower[phraseFirst - 1])
            && _pack.Cues.Subsets.TryMatchAt(text, opener, out _);
    }
}
