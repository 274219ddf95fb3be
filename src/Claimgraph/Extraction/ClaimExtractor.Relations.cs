using Claimgraph.Lexicon;
using Claimgraph.Recognizers;

namespace Claimgraph.Extraction;

// The relation of a claim (supply, deployment, losses, capability, advance, other) from its clause's cues and the sentences before.
public sealed partial class ClaimExtractor
{
    private (string? Relation, string Measure) Classify(SentenceContext sentence, QuantityPhrase phrase, CountedNoun noun, bool hasSupply, bool listOfLosses)
    {
        var measure = noun.Measure;
        // "… 212 russische Fahrzeuge zerstört, darunter 31 Panzer": a clause opened by a subset word goes on with the one before.
        var clauseFirst = sentence.ClauseBounds(phrase.First).First;
        // "… mehr als 4.400 Kampfpanzer verloren, dazu rund 9.100 gepanzerte Fahrzeuge": so does one opened by a word of addition.
        var subsetOf = clauseFirst > 0 && (OpensSubset(sentence, phrase.First) || OpensAddition(sentence, phrase.First))
            && !sentence.SameClause(clauseFirst - 1, phrase.First) ? sentence.ClauseOf[clauseFirst - 1] : -1;
        // "… sieben Panzer, darunter zwei Leopard, vernichtet": the clause after a subset set off by commas goes on with the one
        // the subset interrupts, for the whole and for the subset.
        var resumed = sentence.ResumedAfterSubset(phrase.First);
        bool InClause(int cueFirst) => sentence.SameClause(cueFirst, phrase.First) || sentence.SameClause(cueFirst, noun.Last)
            || sentence.ClauseOf[cueFirst] == subsetOf || sentence.ClauseOf[cueFirst] == resumed;
        // Loops, not lambdas: a lambda over InClause would allocate a closure per claim.
        bool AnyInClause<T>(List<CueMatch<T>> cues)
        {
            foreach (var cue in cues)
            {
                if (InClause(cue.First))
                {
                    return true;
                }
            }

            return false;
        }

        // "Mit dem Geld sollen … 12 Haubitzen … gebaut werden": weapons made with a giver's money are supplied.
        var funded = sentence.HasRelation("produced") && _pack.Cues.FundedProduction.OccursIn(sentence.Tokens);
        // "setzte Russland 386 Flugobjekte ein: 341 Kampfdrohnen, 38 Marschflugkörper …": a list after a colon with no
        // relation verb of its own breaks down what the clause before it fires. So does an apposition after a dash ("feuert
        // … dreimal so viele ab – rund 20.000 Schuss am Tag").
        var listedAfter = clauseFirst > 0 && (sentence.Tokens.IsSymbol(clauseFirst, ':') || sentence.Tokens.IsSymbol(clauseFirst, '-'))
            && !sentence.AnyInClause(sentence.Relations, clauseFirst)
            ? sentence.ClauseOf[clauseFirst] - 1 : -1;
        bool FiresInClause()
        {
            foreach (var cue in sentence.Relations)
            {
                if (sentence.FiresWeapons(cue) && sentence.ClauseOf[cue.First] == listedAfter)
                {
                    return true;
                }

                if ((sentence.FiresWeapons(cue) || (cue.Value == "produced" && !funded)) && InClause(cue.First))
                {
                    return true;
                }

                // "verbraucht nach Schätzung des International Institute for Strategic Studies (IISS) in London monatlich bis zu
                // 120 Abfangflugkörper": an aside in brackets between the verb and the count does not end the verb's clause.
                if (sentence.FiresWeapons(cue) && cue.First < phrase.First && OnlyBracketsBetween(sentence, cue.Last, phrase.First))
                {
                    return true;
                }
            }

            return false;
        }

        switch (measure)
        {
            case "range" or "caliber" or "capacity":
                return ("capability", measure);
            case "distance":
                // "Rund 139.000 Quadratkilometer gelten als vermint": the state of the land is no ground gained.
                return (DescribesLand(sentence, phrase) ? null : "advance", measure);
            case "money":
                return (hasSupply ? "supply" : UncuedSupply, measure);
        }

        if (PeopleLossMeasures.Contains(measure))
        {
            // "den Tod von mindestens 79 Gefangenen": the death told of prisoners makes them killed.
            return ("losses", measure == "captured" && DeathGovernsCount(sentence, phrase) ? "killed" : measure);
        }

        if (measure is "troops" or "formations" or "people")
        {
            // "verfügt über eine Armee von rund 1,2 Millionen Soldaten und kann Verluste … ausgleichen": a force's size.
            if (measure == "troops" && IsForceSize(sentence, phrase))
            {
                // "eine Armee von 50.000 Soldaten zusammengezogen": a force moved.
                return (sentence.HasRelationInClause("deployment", phrase.First) ? "deployment" : "other", measure);
            }

            if (NearestLoss(sentence, phrase, noun) is { } kind)
            {
                return ("losses", measure == "formations" ? measure : kind);
            }

            if (measure == "formations" && AnyInClause(sentence.EquipmentLosses))
            {
                return ("losses", measure);
            }

            // "Die Gesamtverluste … wie folgt: / Personal – etwa 1.187.450 (+1.020)": troops in a list of losses are its
            // casualties (killed and wounded, as the tallies count them).
            if (measure == "troops" && listOfLosses)
            {
                return ("losses", "casualties");
            }

            // "3.767 Ukrainerinnen und Ukrainer kamen frei": a people's name counts troops only with a deployment verb.
            return measure == "people" || (noun.Demonym && !sentence.HasRelation("deployment")) ? (null, measure) : ("deployment", measure);
        }

        if (MeasureGroups.Weapons.Contains(measure))
        {
            if (listOfLosses || AnyInClause(sentence.EquipmentLosses))
            {
                return ("losses", measure);
            }

            // "ein Startfahrzeug, das zwei Raketen gleichzeitig transportieren kann": weapons a carrier holds, with no supply verb in
            // their clause, are its capacity, whatever a verb of firing elsewhere in the sentence says ("Abgefeuert wird sie von
            // einem Startfahrzeug, das …").
            if (!sentence.HasRelationInClause("supply", phrase.First) && _pack.Cues.Carrying.OccursIn(sentence.Tokens) && AnyInClause(_pack.Cues.Carrying.FindAll(sentence.Tokens)))
            {
                return ("capability", "capacity");
            }

            // "meldete … 94 russische Kampfdrohnen, von denen 71 abgefangen worden seien": the whole of weapons a part of which
            // was shot down was launched.
            if (FiredMeasures.Contains(measure) && PartShotDownAfter(sentence, noun.Last))
            {
                return ("other", measure);
            }

            // "über 1.100 Drohnen gegen die Ukraine eingesetzt": weapons used are fired; "Die Produktion von Artilleriegranaten
            // liegt … bei rund zwei Millionen Schuss": made.
            // "… mindestens 90 Raketen, die Russland auf ukrainische Städte abgefeuert habe": fired in a relative clause on them.
            if (FiresInClause() || (!funded && (RoleResolver.MakesInClause(sentence, phrase.First) || ContinuesMaking(sentence, phrase.First)))
                || RoleResolver.FiringRelativeClause(sentence, phrase.First) >= 0
                || (!funded && sentence.HasRelation("produced") && !sentence.HasRelationInClause("supply", phrase.First)
                    && RoleResolver.MakingRelativeClause(sentence, phrase.First) >= 0))
            {
                return ("other", measure);
            }

            // "Russland schickte in der Nacht 80 Drohnen gegen die Ukraine": weapons fired sent at a target are fired, not supplied.
            if (FiredMeasures.Contains(measure) && SentAtTarget(sentence, phrase.First, noun.Last))
            {
                return ("other", measure);
            }

            // "dass Russland noch etwa 2.500 Kampfpanzer in Depots vorhielt": weapons in store, with no supply verb, are held.
            if (!hasSupply && _pack.Cues.Stockpiles.OccursIn(sentence.Tokens) && AnyInClause(_pack.Cues.Stockpiles.FindAll(sentence.Tokens)))
            {
                return ("other", measure);
            }

            // "bringen … bis zu 1.500 Panzer im Jahr an die Truppe": goods a side sends to its own front or force, its sending verb
            // no supply cue (DropSupplyToOwnFront), stay its own, also where the document supplies goods elsewhere.
            if (!hasSupply && _pack.Cues.OwnFrontDestinations.OccursIn(sentence.Tokens) && AnyInClause(_pack.Cues.OwnFrontDestinations.FindAll(sentence.Tokens)))
            {
                return ("other", measure);
            }

            // "Die ukrainische Luftwaffe hat … mindestens 60 ballistische Raketen … registriert": weapons registered coming in,
            // with no supply verb, were fired (their side is the teller's opponent, see Sighted).
            if (!hasSupply && FiredMeasures.Contains(measure) && _pack.Cues.Sightings.OccursIn(sentence.Tokens) && AnyInClause(_pack.Cues.Sightings.FindAll(sentence.Tokens)))
            {
                return ("other", measure);
            }

            return (hasSupply || sentence.HasRelation("deployment") ? "supply" : UncuedSupply, measure);
        }

        return ("other", measure);
    }

    /// <summary>
    /// "hat 45 Drohnen gegen unsere Städte geschickt", "schickte 20 Raketen auf Kiew": whether the clause of token
    /// <paramref name="at"/> has a supply cue of sending (`sending_verbs`) and a target: anything after a target preposition,
    /// or a country or place right after a place target preposition (an article or adjective between). The preposition
    /// follows the counted noun (<paramref name="nounLast"/>) or a word that is no noun: after another noun it names that
    /// noun's opponent ("schickte 100 Raketen für den Krieg gegen die Ukraine nach Russland").
    /// </summary>
    private bool SentAtTarget(SentenceContext sentence, int at, int nounLast)
    {
        var cues = _pack.Cues;
        var sends = false;
        foreach (var cue in sentence.Relations)
        {
            sends |= cue.Value == "supply" && cues.SendingVerbs.Contains(cue.Cue) && sentence.SameClause(cue.First, at);
        }

        if (!sends)
        {
            return false;
        }

        var (first, last) = sentence.ClauseBounds(at);
        var text = sentence.Tokens;
        for (var i = first; i < last; i++)
        {
            if (!text.Tokens[i].IsWord || i == 0 || (i - 1 != nounLast && text.IsCapitalized(i - 1)))
            {
                continue;
            }

            if (cues.TargetPrepositions.Contains(text.Lower[i]))
            {
                return true;
            }

            if (cues.PlaceTargetPrepositions.Contains(text.Lower[i]))
            {
                for (var j = i + 1; j <= Math.Min(i + 3, last); j++)
                {
                    if (sentence.MentionAt[j] is { Entity.Kind: EntityKind.Country or EntityKind.Place } target && target.Form is not MentionForm.Adjective)
                    {
                        return true;
                    }

                    if (text.IsCapitalized(j))
                    {
                        break;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The side that fired in the sentence just before (or that the question before it answered); for a sentence opening
    /// with a part of what was counted ("Unter den Raketen befanden sich …", `subset_openers`), in one of the last three.
    /// </summary>
    private string? FiringBefore(SentenceContext sentence, ReadingContext context) =>
        context.SideJustNoted(Fired) ?? context.AnsweredFiring
            ?? (_pack.Cues.SubsetOpeners.TryMatchAt(sentence.Tokens, 0, out _) ? context.RecentSide(Fired) : null);

    /// <summary>Whether tokens <paramref name="from"/> to <paramref name="to"/> change clause only at brackets: every clause
    /// they cross into opens at a bracket.</summary>
    private static bool OnlyBracketsBetween(SentenceContext sentence, int from, int to)
    {
        var text = sentence.Tokens;
        for (var i = from + 1; i <= to; i++)
        {
            if (!sentence.SameClause(i - 1, i) && !text.IsSymbol(i, '(') && !text.IsSymbol(i, ')') && !text.IsSymbol(i - 1, '(') && !text.IsSymbol(i - 1, ')'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every relation cue of the sentence is one of loss (or it has none).</summary>
    private static bool OnlyLossRelations(SentenceContext sentence)
    {
        foreach (var cue in sentence.Relations)
        {
            if (cue.Value != "losses")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the clause right after the noun opens with a part word and a loss cue says what happened to the part.</summary>
    private bool PartShotDownAfter(SentenceContext sentence, int nounLast)
    {
        var opener = nounLast + 2;
        return opener < sentence.Tokens.Count && sentence.Tokens.IsSymbol(nounLast + 1, ',')
            && _pack.Cues.Partitives.TryMatchAt(sentence.Tokens, opener, out _) && sentence.AnyInClause(sentence.EquipmentLosses, opener);
    }

    /// <summary>
    /// "Inzwischen produziert Russland die Drohne … selbst – nach Schätzungen … bis zu 2.700 Stück im Monat": a clause after a
    /// dash or colon with no relation verb of its own goes on with the making the clause before it states.
    /// </summary>
    private static bool ContinuesMaking(SentenceContext sentence, int at)
    {
        var clauseFirst = sentence.ClauseBounds(at).First;
        return clauseFirst > 0 && (sentence.Tokens.IsSymbol(clauseFirst, '-') || sentence.Tokens.IsSymbol(clauseFirst, ':'))
            && !sentence.AnyInClause(sentence.Relations, clauseFirst) && RoleResolver.MakesInClause(sentence, clauseFirst - 1);
    }

    /// <summary>"eine Armee von rund 1,2 Millionen Soldaten", "Streitkräfte mit 900.000 Soldaten": troops joined to a whole force by a linking word.</summary>
    private bool IsForceSize(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        var link = phrase.First - 1;
        return link > 0 && _pack.Cues.ForceLinks.Contains(text.Lower[link]) && text.IsCapitalized(link - 1)
            && WordEndings.EndsWithAny(text.Lower[link - 1], _pack.Cues.ForceNouns);
    }

    /// <summary>A killed cue right before the count, or with a death link between ("Tod von 79 Gefangenen").</summary>
    private bool DeathGovernsCount(SentenceContext sentence, QuantityPhrase phrase)
    {
        foreach (var c in sentence.PeopleLosses)
        {
            if (c.Value == "killed" && c.Last < phrase.First
                && (c.Last + 1 == phrase.First || (c.Last + 2 == phrase.First && _pack.Cues.DeathLinks.Contains(sentence.Tokens.Lower[c.Last + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What happened to counted people: the nearest loss cue of the clause, after the noun first
    /// (German puts the verb last). Two kinds joined ("getötet oder verwundet") are casualties.
    /// </summary>
    private string? NearestLoss(SentenceContext sentence, QuantityPhrase phrase, CountedNoun noun)
    {
        // "etwa 4.700 Soldaten, darunter rund 600 Tote": a loss noun another number counts is not ours (a verb ending a
        // list is: "1.140 Soldaten, neun Kampfpanzer und 34 Artilleriesysteme verloren").
        // "Über die ukrainischen Verluste macht Russland Angaben: Das Ministerium bezifferte sie auf 1,5 Millionen
        // Mann": a clause after a colon with no relation verb of its own goes on with what the clause before
        // it names ("Trotz hoher Verluste: Kim schickt 3.000 Soldaten" sends them); so does a clause that sums up
        // the one before ("…, dass Russland täglich rund 1.200 Soldaten verloren hat, insgesamt also etwa 36.000 Mann").
        var clauseFirst = sentence.ClauseBounds(phrase.First).First;
        var opener = (sentence.Tokens.IsSymbol(clauseFirst, ':') || SumsUp(sentence, clauseFirst)) && !sentence.AnyInClause(sentence.Relations, clauseFirst)
            ? sentence.ClauseOf[clauseFirst] - 1 : -1;
        // "mehr als 152.000 russische Soldaten identifiziert, die seit Februar 2022 gefallen sind": a verb of loss in a
        // relative clause right after the people's clause says what happened to them, where their own clause has no
        // relation verb ("12.000 Soldaten verlegt, die die Verluste ausgleichen sollen" are sent; a loss noun is no verb).
        var relative = -2;
        // Loops, not lambdas: this runs for every claim counting people.
        var cues = new List<CueMatch<string>>();
        foreach (var c in sentence.PeopleLosses)
        {
            if (!sentence.SameClause(c.First, noun.Last) && relative == -2)
            {
                var relativeFirst = sentence.AnyInClause(sentence.Relations, noun.Last) ? -1 : RoleResolver.RelativeClauseAfter(sentence, noun.Last);
                relative = relativeFirst < 0 ? -1 : sentence.ClauseOf[relativeFirst];
            }

            var inRelative = relative >= 0 && sentence.ClauseOf[c.First] == relative && !sentence.Tokens.IsCapitalized(c.First);
            if ((sentence.SameClause(c.First, phrase.First) || sentence.SameClause(c.First, noun.Last) || sentence.ClauseOf[c.First] == opener || inRelative)
                && !(sentence.Tokens.IsCapitalized(c.First) && CountedByAnotherNumber(sentence.Tokens, c.First, noun.Last)))
            {
                cues.Add(c);
            }
        }

        if (cues.Count == 0)
        {
            return null;
        }

        // "164 getötete und 1.005 verletzte Zivilisten": a participle right after the number is its own, and so is the first
        // one of an extended attribute ("Zwei in Russland gefangen genommene Nordkoreaner schildern hohe Verluste": captured);
        // else the cue after the noun, else the nearest before it.
        var (after, own) = (-1, -1);
        for (var k = cues.Count - 1; k >= 0; k--)
        {
            var first = cues[k].First;
            own = first > phrase.Last && first < noun.Last ? k : own;
            after = first > noun.Last ? k : after;
        }

        // "zwei verwundete Nordkoreaner gefangen genommen": the wounded were taken prisoner; the capture the verb
        // after the noun tells is what happened to them, not the wound their participle names.
        var index = own >= 0 && !(after >= 0 && cues[own].Value == "wounded" && cues[after].Value == "captured") ? own : after;

        if (index < 0)
        {
            index = cues.Count - 1;
        }

        var cue = cues[index];
        if (index + 1 < cues.Count && cues[index + 1].Value != cue.Value && cues[index + 1].First - cue.Last == 2
            && _pack.Grammar.Conjunctions.Contains(sentence.Tokens.Lower[cue.Last + 1]))
        {
            return "casualties";
        }

        return cue.Value;
    }

    /// <summary>", insgesamt also …": a clause that opens with a summary word after a comma.</summary>
    private bool SumsUp(SentenceContext sentence, int clauseFirst) =>
        sentence.Tokens.IsSymbol(clauseFirst, ',') && clauseFirst + 1 < sentence.Tokens.Count && _pack.Cues.Summaries.Contains(sentence.Tokens.Lower[clauseFirst + 1]);

    private static bool CountsPeople(Claim claim) => claim.Measure is "troops" or "killed" or "wounded" or "captured" or "casualties";

    /// <summary>Whether a word of a day's amount ("täglich", "am Tag") stands in the clause of token <paramref name="at"/>.</summary>
    private bool FiringRateInClause(SentenceContext sentence, int at)
    {
        var (first, last) = sentence.ClauseBounds(at);
        return _pack.Cues.FiringRates.FindAll(sentence.Tokens, first, last + 1).Count > 0;
    }

    /// <summary>What a pronoun stands for when it points back to a loss noun of the sentence before.</summary>
    private sealed record LossStandIn(int Pronoun, string PeopleMeasure, string? Side);

    private static readonly LossStandIn NoLossStandIn = new(int.MaxValue, "casualties", null);

    /// <summary>
    /// The pronoun that stands for the loss noun of the sentence before ("Die Verluste der russischen Truppen sind … gestiegen.
    /// Der Generalstab beziffert sie … auf 1.180 Soldaten"), with the people measure of that noun and the side named right
    /// with it; <see cref="NoLossStandIn"/> when the sentence has a word of its own for what happened, the sentence before
    /// counted something or names no loss noun, or no pronoun follows a verb (or opens the sentence).
    /// </summary>
    private LossStandIn LossStandInOf(SentenceContext sentence, ReadingContext context)
    {
        if (sentence.Relations.Count > 0 || sentence.PeopleLosses.Count > 0 || sentence.EquipmentLosses.Count > 0
            || context.PreviousSentenceClaims > 0 || context.PreviousSentence is not { } before || before.PeopleLosses.Count == 0)
        {
            return NoLossStandIn;
        }

        var text = sentence.Tokens;
        var pronoun = -1;
        for (var i = 0; i < text.Count; i++)
        {
            if (_pack.Cues.LossPronouns.Contains(text.Lower[i])
                && (i == 0 || (text.Tokens[i - 1].IsWord && !text.IsCapitalized(i - 1) && !_pack.Grammar.Determiners.Contains(text.Lower[i - 1]))))
            {
                pronoun = i;
                break;
            }
        }

        if (pronoun < 0)
        {
            return NoLossStandIn;
        }

        // The noun, not a verb of loss: "Die Verluste …", capitalized in the sentence before.
        var prior = before.Tokens;
        foreach (var cue in before.PeopleLosses)
        {
            if (cue.First == 0 || !prior.IsCapitalized(cue.First))
            {
                continue;
            }

            // The side named with the noun: a country right after it ("der russischen Truppen") or an adjective right before
            // it ("die russischen Verluste"), the nearer one.
            string? side = null;
            var distance = int.MaxValue;
            foreach (var mention in before.Mentions)
            {
                var d = mention.First > cue.Last ? mention.First - cue.Last : cue.First - mention.Last;
                var near = mention.First > cue.Last ? d <= 4 : mention.Last < cue.First && d <= 2;
                if (near && d < distance && mention.Entity.Kind == EntityKind.Country
                    && mention.Form is MentionForm.Adjective or MentionForm.Genitive or MentionForm.Name)
                {
                    (side, distance) = (mention.Entity.Country, d);
                }
            }

            return new LossStandIn(pronoun, cue.Value, side);
        }

        return NoLossStandIn;
    }

    /// <summary>Whether a cue for lost equipment starts at token i ("verloren" may be said of tanks, "getötet" not).</summary>
    private static bool StartsEquipmentLoss(SentenceContext sentence, int i)
    {
        foreach (var cue in sentence.EquipmentLosses)
        {
            if (cue.First == i)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Davon sind 2100 gefallen": a loss cue right after a number (no other word between) makes it a count, not a year.</summary>
    private static bool LossRightAfter(SentenceContext sentence, QuantityPhrase phrase) =>
        StartsAt(sentence.PeopleLosses, phrase.Last + 1) || StartsAt(sentence.EquipmentLosses, phrase.Last + 1);
}
