using Claimgraph.Lexicon;
using Claimgraph.Recognizers;

namespace Claimgraph.Extraction;

// Reading one quantity phrase of a sentence into a claim: what it counts, its relation, sides, time, source and hedge.
public sealed partial class ClaimExtractor
{
    /// <summary>Reads one quantity phrase of the sentence: what it counts, its relation and sides, its time, source and hedge; adds the claim it makes.</summary>
    private void ReadQuantity(SentenceReading reading, QuantityPhrase phrase)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var drafts = reading.Drafts;
        var votes = reading.Votes;
        var sources = reading.Sources;
        var own = reading.Own;
        var list = reading.List;
        var reportHedged = reading.ReportHedged;
        var countries = reading.Countries;
        var sentenceSystem = reading.SentenceSystem;
        var sentenceClaims = reading.Claims;
        var hasSupply = reading.HasSupply;
        var packageAt = reading.PackageAt;
        var heading = reading.Heading;
        var headed = reading.Headed;
        var documentText = context.Document.Text;

        if (CountedBy(reading, phrase) is not { } counted)
        {
            return;
        }

        var (noun, partOf, comparedTo) = counted;

        var (relation, measure) = Classify(sentence, phrase, noun, hasSupply, list is { Losses: true });
        // "Rund 4.700 … getötet oder verwundet … Etwa 600 von ihnen seien gefallen": a part of casualties whose own clause
        // says what befell it counts that (the killed), not the whole's measure.
        if (partOf is not null && relation == "losses" && measure == "casualties" && NearestLoss(sentence, phrase, noun) is { } partLoss and not "casualties")
        {
            measure = partLoss;
        }

        // "112 von 138 russischen Drohnen abgefangen": the part was shot down, the whole was launched.
        if (relation == "losses" && measure is "drones" or "missiles" or "ballistic_missiles" && IsWholeOfPart(sentence, phrase))
        {
            relation = "other";
        }
        // "Die Verluste der russischen Truppen sind … gestiegen. Der Generalstab beziffert sie … auf 1.180 Soldaten, dazu kommen
        // 9 Panzer …": counts a pronoun ties to the loss noun of the sentence before (which counted nothing), in a sentence
        // with no word of its own for what happened, are that loss, of the side named with the noun.
        LossStandIn? standIn = null;
        if (relation is UncuedSupply or "deployment" && !hasSupply
            && (reading.LossStandIn ??= LossStandInOf(sentence, context)) is { Pronoun: var pronoun } lossNoun && pronoun < phrase.First)
        {
            standIn = lossNoun;
            relation = "losses";
            measure = measure == "troops" ? lossNoun.PeopleMeasure : measure;
        }

        string? firedBefore = null;
        // "… listet mehr als 4.300 zerstörte russische Kampfpanzer. Für die ukrainische Seite kommt Oryx auf rund
        // 1.250 Kampfpanzer": weapons counted in a sentence with no verb of what happened to them go on with
        // the loss of the same weapons the sentence before counted; a word of loss elsewhere in the sentence does not
        // stand against it ("Das Portal Oryx, das nur mit Fotos belegte Verluste zählt, kommt … auf rund 1.300 Kampfpanzer").
        if (relation == UncuedSupply && !hasSupply && OnlyLossRelations(sentence) && sentenceClaims.Count == 0
            && context.PreviousSentenceClaims > 0 && context.Claims[^1] is { Relation: "losses" } lost && lost.Measure == measure)
        {
            relation = lost.Relation;
        }
        // "In der Nacht überzog Russland die Ukraine mit Luftangriffen. Die Luftwaffe zählte 286 Drohnen und 14 Raketen":
        // weapons counted with no verb of what happened to them, right after a sentence that fires, were fired; so are
        // those of a clause with no verb of its own a sentence of what was shot down later ("… 27 Raketen abgefeuert.
        // Davon seien 19 abgeschossen worden. Unter den Raketen befanden sich sieben ballistische Raketen, davon konnten
        // nur zwei abgefangen werden").
        else if (relation == UncuedSupply && !hasSupply && FiredMeasures.Contains(measure)
            && (sentence.Relations.Count == 0 ? FiringBefore(sentence, context)
                : OnlyLossRelations(sentence) && !sentence.AnyInClause(sentence.Relations, phrase.First) ? context.RecentSide(Fired) : null) is { } firing)
        {
            relation = "other";
            firedBefore = firing;
        }
        // "Die eigenen Einheiten kämen dagegen auf höchstens 9.000 Schuss täglich": weapons counted per day in a clause with
        // no verb of its own, in a sentence that gives nothing, were fired.
        else if (relation == UncuedSupply && !hasSupply && FiredMeasures.Contains(measure) && !sentence.AnyInClause(sentence.Relations, phrase.First)
            && FiringRateInClause(sentence, phrase.First))
        {
            relation = "other";
        }
        // "… etwa 1.150 Soldaten durch Tod oder Verwundung verloren. Seit Beginn der Invasion dürften es insgesamt rund
        // 960.000 Mann sein": troops that "es" stands for, in a sentence with no verb of its own, right after a loss of
        // people, are more of that loss (the comparison subject, as for bare numbers), not a deployment.
        Claim? lossComparedTo = null;
        if (relation == "deployment" && measure == "troops" && sentence.Relations.Count == 0 && sentenceClaims.Count == 0
            && context.PreviousSentenceClaims > 0 && context.Claims[^1] is { Relation: "losses" } lostPeople
            && PeopleLossMeasures.Contains(lostPeople.Measure) && ComparisonSubjectInClause(sentence, phrase.First))
        {
            (relation, measure, lossComparedTo) = ("losses", lostPeople.Measure, lostPeople);
        }

        // "den Tod von 12.162 Zivilisten, darunter 659 Kinder": people counted within a loss share it.
        if (relation is null && measure == "people" && sentenceClaims.Count > 0 && sentenceClaims[^1] is { Relation: "losses" } loss
            && PeopleLossMeasures.Contains(loss.Measure) && OpensSubset(sentence, phrase.First))
        {
            (relation, measure) = (loss.Relation, loss.Measure);
        }

        if (relation is null || (relation == UncuedSupply && measure == "money" && (NamedAsCost(sentence, phrase) || NamedAsMarketFigure(sentence, phrase) || NamedAsOfferPrice(sentence, phrase)))
            || (measure == "money" && (reading.NamesPay ??= NamesPay(sentence))) || ComparesOrSupposes(sentence, phrase)
            || (measure == "troops" && SizesEachGroup(sentence, phrase)))
        {
            return;
        }

        // PointsBack reads only where the noun ends, so the noun is copied once with its measure and system.
        // A part of what a claim before counted ("mindestens 120 davon" after "rund 250 KN-23") points back as well.
        // A part of a whole this sentence counted takes only a system this sentence names ("18 Radhaubitzen … finanziert,
        // von denen bislang sechs ausgeliefert sind" is not the MARS II named before).
        var wholeHere = partOf is { } wholePart && wholePart.Index >= drafts.Count;
        var system = noun.System ?? (wholeHere ? sentenceSystem
            : relation == "capability" || partOf is not null || PointsBack(sentence, phrase, noun)
                ? sentenceSystem ?? (relation == "capability" && CountsOtherWeapon(sentenceClaims, context.System) ? null : context.System)
            // "… etwa 120 Koksan-Haubitzen … Weitere 50 Haubitzen sollen gefolgt sein": more of the same measure, with no
            // system of their own, are more of the system named last.
            : sentenceSystem is null && context.System?.Measure == measure && AddsToBefore(sentence, phrase) && !NamesOwnType(sentence, noun) ? context.System
            : null);
        // "etwa 250 solcher Raketen" after "Raketen vom Typ KN-23": missiles of a ballistic system are ballistic.
        if (measure == "missiles" && system?.Measure == "ballistic_missiles")
        {
            measure = system.Measure;
        }

        noun = noun with { Measure = measure, System = system };
        var parties = WithoutOtherGaps(sentence, countries, phrase.First);
        var (actor, recipient) = _roles.Resolve(sentence, relation is "supply" or UncuedSupply ? WithoutPlaceOfGoods(sentence, parties, phrase.First) : parties,
            relation == UncuedSupply ? "supply" : relation, noun, phrase.First);
        // A ranking of givers: no giver of the ranking receives ("…, gefolgt von Deutschland mit knapp 13 Milliarden" is not for the USA).
        if (relation is "supply" or UncuedSupply && HolderBefore(sentence, countries, phrase.First) is { } holding)
        {
            (actor, recipient) = (holding, recipient == holding || (recipient is not null && HoldsAmount(sentence, countries, recipient)) ? null : recipient);
        }

        // "94 nordkoreanische Raketen … auf ukrainische Städte abgefeuert", "40 iranische Drohnen abgeschossen": weapons fired or
        // shot down whose side is only their maker's adjective, of a maker that arms a side (`gives_to`), are that side's.
        if (relation is "other" or "losses" && FiredMeasures.Contains(measure) && actor is not null && actor == noun.Owner?.Country
            && !sentence.HasRelation("produced") && _pack.Entities.GivesTo(actor) is { } armed)
        {
            actor = armed;
        }

        if (lossComparedTo is not null && noun.Owner is null)
        {
            (actor, recipient) = (lossComparedTo.Actor, null);
        }

        if (standIn is { Side: { } lossSide } && noun.Owner is null)
        {
            (actor, recipient) = (lossSide, null);
        }

        // "Unter den Raketen befanden sich … sechs nordkoreanische KN-23 sowie vier iranische Kurzstreckenraketen": weapons
        // fired by the side that fired before are its own, whoever made them; a country that is neither that side nor its
        // opponent is their maker, not a party ("ukrainische Drohnen" after Russian fire are still Ukraine's).
        if (firedBefore is not null && actor != firedBefore && actor != _pack.Entities.Opponent(firedBefore))
        {
            (actor, recipient) = (firedBefore, null);
        }

        // "… weitere 18 Panzerhaubitzen liefern. Seit Kriegsbeginn hat die Bundeswehr bereits 36 dieser Geschütze
        // abgegeben": goods pointed back to with a demonstrative went where the goods they point to went.
        if (relation is "supply" or UncuedSupply && recipient is null && PointsBack(sentence, phrase, noun)
            && LastClaimOf(measure, sentenceClaims, context.Claims) is { Relation: "supply", Recipient: { } earlierRecipient }
            && earlierRecipient != actor)
        {
            recipient = earlierRecipient;
        }

        // "…, darunter drei Panzerhaubitzen": a subset of the claim before it, with its relation and parties.
        // "… rund 1.250 verlorene Kampfpanzer. Darunter sind … 42 deutsche Leopard-Panzer": a sentence opening
        // with a subset word and saying nothing else of what happened takes part of the last claim of the
        // sentence before ("Davon seien 81 Raketen abgeschossen worden" says: shot down); the side that lost
        // the whole lost the part, whoever made it. So does a sentence that opens with a word of addition
        // ("… 1,17 Millionen Soldaten verloren. Dazu zählt der Generalstab 11.380 Kampfpanzer").
        var whole = sentenceClaims.Count > 0 && OpensSubset(sentence, phrase.First) ? sentenceClaims[^1]
            : (context.PreviousSentenceClaims > 0 || (context.SentencesSinceClaims == 1 && context.Claims.Count > 0))
                && (_pack.Cues.Subsets.TryMatchAt(sentence.Tokens, 0, out _) || _pack.Cues.Additions.Contains(sentence.Tokens.Lower[0]))
                && sentence.Relations.Count == 0 && sentence.EquipmentLosses.Count == 0 && sentence.PeopleLosses.Count == 0 ? context.Claims[^1]
            : null;
        if (whole is not null)
        {
            relation = whole.Relation;
            // "… mehr als 152.000 gefallene russische Soldaten … Darunter sind rund 5.200 Offiziere": people among the
            // dead are dead, not troops.
            measure = measure == "troops" && whole.Relation == "losses" && PeopleLossMeasures.Contains(whole.Measure) ? whole.Measure : measure;
            if (noun.Owner is null || (whole.Relation == "losses" && whole.Actor is not null))
            {
                (actor, recipient) = (whole.Actor, whole.Recipient);
            }
        }

        // "Nach Angaben von Verteidigungsminister Umjerow sollen 4,5 Millionen Drohnen hergestellt
        // werden": weapons made with no maker named are made by the country of the official who says so; with no such
        // official, a named system is made by its own country ("Neu gebaut würden nur etwa 200 Panzer vom Typ T-90M").
        // "Größter Hersteller ist Rheinmetall. Der Düsseldorfer Konzern will nach eigenen Angaben rund 800.000 Schuss
        // fertigen": a maker that says what it makes makes it, for its home country.
        if (actor is null && relation == "other" && sentence.HasRelation("produced"))
        {
            actor = SourceCountry(sentence, sources) ?? MakerSourceCountry(sentence, sources) ?? SpeakerCountry(own, context) ?? system?.Country
                ?? MakerNamed(sentence) ?? context.RecentSide(NamedMaker);
        }

        if (comparedTo is not null)
        {
            relation = comparedTo.Relation;
            // "Am Vortag hatte Kiew 1.180 gemeldet": a country in a clause that only reports the figure speaks; the
            // parties are those of the figure it gives anew.
            var reported = ReportedBare(sentence, phrase);
            actor = reported ? comparedTo.Actor ?? actor : actor ?? comparedTo.Actor;
            recipient = reported ? comparedTo.Recipient ?? recipient : recipient ?? comparedTo.Recipient;
        }

        // "Deutschland hat der Ukraine 12 Milliarden Euro zugewiesen, die USA etwa 65 Milliarden Euro": a clause
        // without a verb that opens with a country repeats the clause before for that country (gapping).
        if (relation is "supply" or "deployment" && sentenceClaims.Count > 0 && GappedSubject(sentence, countries, phrase.First) is { } gapped)
        {
            actor = gapped;
            recipient = sentenceClaims[^1].Recipient is { } before && before != gapped ? before : recipient == gapped ? null : recipient;
            // The gapped country is no party to the clauses before it.
            for (var i = 0; i < sentenceClaims.Count; i++)
            {
                if (sentenceClaims[i].Recipient == gapped || sentenceClaims[i].Actor == gapped)
                {
                    sentenceClaims[i] = sentenceClaims[i] with
                    {
                        Actor = sentenceClaims[i].Actor == gapped ? null : sentenceClaims[i].Actor,
                        Recipient = sentenceClaims[i].Recipient == gapped ? null : sentenceClaims[i].Recipient,
                    };
                }
            }
        }

        // "… Soldaten in die Region verlegt": the place named before says where they are; "… 3.000 Soldaten an Russland
        // überstellt. Damit stünden dort nun rund 14.000": where the troops of the sentence before went, first.
        if (relation == "deployment" && recipient is null
            && ((context.PreviousSentenceClaims > 0 && context.Claims[^1] is { Relation: "deployment", Recipient: { } sentTo } ? sentTo : null)
                ?? context.RecentPlace) is { } place
            && _pack.Cues.PlaceAnaphors.OccursIn(sentence.Tokens) && sentence.AnyInClause(_pack.Cues.PlaceAnaphors.FindAll(sentence.Tokens), phrase.First))
        {
            recipient = place;
        }

        // The part is held by whoever held the whole: the receiver of goods supplied, else its actor.
        // "… seien 112 ukrainische Drohnen abgeschossen worden, 41 davon über dem Gebiet Brjansk": a part whose
        // sentence names nothing that happened to it shares what happened to the whole.
        // A part read as fired (by what its clause does not say) of a whole shot down is shot down too
        // ("ukrainische Langstreckendrohnen … angegriffen. … 214 ukrainische Drohnen … abgeschossen, 46 davon …").
        if (partOf is { } uncuedPart && (relation == UncuedSupply || (relation == "other" && uncuedPart.Claim.Relation == "losses"))
            && uncuedPart.Claim.Relation is "losses" or "other")
        {
            relation = uncuedPart.Claim.Relation;
        }

        // "18 Radhaubitzen … finanziert, von denen bislang sechs ausgeliefert sind": a part supplied of a whole supplied
        // goes the same way, from its giver (settled with the document where still open) to its receiver.
        if (partOf is { Claim.Relation: "supply" } suppliedWhole && relation is "supply" or UncuedSupply && noun.Owner is null)
        {
            if (suppliedWhole.Claim.Actor is null)
            {
                context.PartitiveLinks[drafts.Count + sentenceClaims.Count] = suppliedWhole.Index;
            }

            (actor, recipient) = (suppliedWhole.Claim.Actor ?? actor, suppliedWhole.Claim.Recipient ?? recipient);
        }
        else if (partOf is { } part && noun.Owner is null)
        {
            var holder = Holder(part.Claim);
            if (holder is null)
            {
                // The whole's side is settled with the document; until then the usual side so far stands in.
                context.PartitiveLinks[drafts.Count + sentenceClaims.Count] = part.Index;
                var usual = votes.Winner();
                holder = part.Claim.Relation == "supply" ? usual.Recipient : part.Claim.Relation == "deployment" ? usual.Actor : null;
            }

            actor = holder ?? actor;
            recipient = relation == part.Claim.Relation ? part.Claim.Recipient : recipient;
        }

        // "Es umfasst …", "Das Paket hat einen Umfang von …": goods or money of the package named just before are
        // given by its giver to its receiver, and are an addition when it was ("ein weiteres Hilfspaket").
        var package = packageAt >= 0 && relation is "supply" or UncuedSupply && sentence.SameClause(packageAt, phrase.First) ? context.Package : null;
        if (package is not null)
        {
            actor ??= package.Giver != recipient ? package.Giver : null;
            recipient ??= package.Recipient != actor ? package.Recipient : null;
        }

        // "Die Europäer haben der Ukraine … rund 32 Milliarden Euro … zugesagt": goods or money a collective of donors gives,
        // with no country for the giver, have no single giver.
        // A giver carried from the sentences before is none of theirs either.
        if (relation is "supply" or UncuedSupply && CollectiveGiverBefore(sentence, phrase.First) && (actor is null || !NamesCountry(sentence, actor)))
        {
            actor = null;
            context.MixedGivers.Add(drafts.Count + sentenceClaims.Count);
        }

        var last = Math.Max(phrase.Last, noun.Last);
        // A heading's number is quoted where it stands, in the line before the sentence that says what it counts.
        var span = phrase == headed && heading is not null ? heading.Span : context.Normalized.ToOriginal(sentence.Tokens.SpanOf(phrase.First, last));
        reading.SentenceText ??= context.Normalized.ToOriginal(sentence.Sentence.Span).Of(documentText);
        reading.Times ??= TimesOf(sentence, context.Reference);
        var draft = new Claim(
            context.Document.Name,
            span,
            span.Of(documentText),
            reading.SentenceText,
            relation,
            measure,
            phrase.Quantity,
            noun.Unit,
            actor,
            recipient,
            system?.Name,
            _roles.LocationOf(sentence, countries, phrase.First),
            TimeOf(reading.Times, sentence.Tokens.Tokens[phrase.First].Start, ref reading.LastTime),
            ClauseAttribution(sentence, sources, phrase.First) ?? reading.Attribution,
            reportHedged || reading.HedgesClaimAt(phrase.First),
            relation is "supply" or "deployment" or UncuedSupply ? IsIncrement(sentence, phrase, last) : null);
        // "zusätzliche 1,5 Milliarden Kronen (rund 130 Millionen Euro)", "…, umgerechnet rund 1,4 Milliarden Euro": an
        // amount in brackets or after a conversion word right after another is the same amount converted, an
        // addition when that one is (also when a package makes it one, below).
        var conversion = measure == "money" && sentenceClaims.Count > 0 && sentenceClaims[^1].Measure == "money"
            && ConvertsAmountBefore(sentence, reading.PreviousLast, phrase.First);
        if (conversion)
        {
            (reading.Conversions ??= []).Add(sentenceClaims.Count);
            draft = sentenceClaims[^1].Increment == true ? draft with { Increment = true } : draft;
        }
        else if (package is { Increment: true } && draft.Increment == false && !ListsPart(sentence, packageAt, phrase.First)
            && !(package.ByAdditionNoun && sentence.AnyWordIn(_pack.Cues.Summaries, 0, sentence.Tokens.Count - 1)))
        {
            (reading.PackageAmounts ??= []).Add(sentenceClaims.Count);
        }

        reading.PreviousLast = last;
        reading.ClaimFirsts.Add(phrase.First);
        sentenceClaims.Add(draft);
    }

    /// <summary>
    /// What a quantity phrase counts: its own noun, else the whole it is a part of, the count it is compared with, or a
    /// whole the sentence names; null where it counts nothing a claim is made of (a number in a system's name, a price
    /// of one piece). Notes a count of a noun that is no measure, which the next numbers may count.
    /// </summary>
    private CountedQuantity? CountedBy(SentenceReading reading, QuantityPhrase phrase)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var drafts = reading.Drafts;
        var sentenceClaims = reading.Claims;

        // "mindestens 100 Leopard 1", "Panzerhaubitzen 2000": a number inside a system's name names it, counts nothing.
        if (sentence.MentionAt[phrase.First] is { Entity.Kind: EntityKind.WeaponSystem } systemName && systemName.First < phrase.First)
        {
            return null;
        }

        // "Von den 2022 versprochenen Leopard-Panzern": a year dating a participle counts nothing.
        if (DatesParticiple(sentence, phrase))
        {
            return null;
        }

        // "mindestens 100 von ihnen", "60 davon": part of what a claim before counted.
        var partOf = Partitive(sentence, phrase, sentenceClaims, context.Claims, drafts.Count);
        // "Hinzu kommen acht Startgeräte, zwei davon neu": a part right after a count of something that is no
        // measure is a part of that count, not of what a claim before counted.
        if (reading.UncountedLast > reading.PreviousLast)
        {
            partOf = null;
        }

        CountedNoun? namedFirst = null;
        var ownNoun = _nouns.Find(sentence, phrase);
        var noun = ownNoun
            ?? (partOf is { } counted ? Elliptic(sentence, phrase, sentenceClaims, context.Claims, context.System) ?? NarrowedPart(sentence, phrase, counted.Claim)
                ?? new CountedNoun(counted.Claim.Measure, counted.Claim.Unit, counted.Last, null, null) : null)
            // "drei Patriot-Systeme übergeben, zwei weitere sollen … folgen": a number without a noun right after a count of
            // something that is no measure counts that, not what a claim before counted.
            // "Bei den Kampfpanzern … wurden bisher 105 Stück übergeben": the whole the sentence opens with is nearer
            // than what a claim before counted.
            ?? (namedFirst = WholeNamedFirst(sentence, phrase))
            ?? (reading.UncountedLast > reading.PreviousLast ? null : Elliptic(sentence, phrase, sentenceClaims, context.Claims, context.System))
            ?? StandInOfNamedType(sentence, phrase, context.System)
            ?? PartBeforeWhole(sentence, phrase);
        // "Von den 31 Panzern, die Washington übergab, sind inzwischen 24 ausgefallen": a bare number counting the whole the
        // sentence opens with, counted by the sentence's first claim, is a part of that claim as "24 davon" would be.
        if (partOf is null && namedFirst is not null && ReferenceEquals(noun, namedFirst) && sentenceClaims.Count > 0 && OpensWithCountedWhole(sentence))
        {
            partOf = (sentenceClaims[0], drafts.Count, phrase.Last);
        }

        // "… 250 ballistische Raketen. … seien mehr als 6.000 von ihnen getötet oder verwundet": people are no part of weapons.
        if (partOf is { } counted0 && noun is not null && MeasureGroups.Weapons.Contains(noun.Measure) != MeasureGroups.Weapons.Contains(counted0.Claim.Measure))
        {
            partOf = null;
        }
        // "Zuvor war von etwa 3.000 die Rede": a bare number compared with the claim just before, also across one
        // sentence without claims ("… rund 21.000 Soldaten … Das geht aus einem Bericht hervor … Im Herbst hatte der NIS die
        // Zahl noch auf etwa 15.000 geschätzt").
        // "Das Unternehmen beschäftigt derzeit 340 Menschen, 2022 waren es noch 25": compared with the count of something
        // that is no measure, nearer than any claim, the number is no claim either.
        var comparedTo = noun is null && !UncountedCountBetween(sentence, reading.PreviousLast, phrase.First)
            ? Compared(sentence, phrase, sentenceClaims.Count == 0 && context.SentencesSinceClaims <= 1 ? context.Claims : sentenceClaims)
                ?? GappedCount(sentence, phrase, sentenceClaims)
            : null;
        // "Der Konkurrent kommt nach Firmenangaben auf etwa 2.600 Stück im Monat": a word for pieces that counts what a
        // claim before counted, in a sentence with no verb that says what happened to them, is compared with that claim as
        // a bare number is, and takes its relation (a count in a sentence of no relation would be read as given).
        if (ownNoun is null && noun is not null && comparedTo is null && partOf is null && sentence.Relations.Count == 0
            && phrase.Last + 1 < sentence.Tokens.Count && sentence.Tokens.Tokens[phrase.Last + 1].IsWord
            && _pack.Measures.IsContainer(sentence.Tokens.Lower[phrase.Last + 1]))
        {
            comparedTo = LastClaimOf(noun.Measure, sentenceClaims, context.Claims);
        }

        // "… mindestens 70 Raketen vom Typ KN-23 abgefeuert. Im vergangenen Jahr seien es etwa 45 gewesen": the compared
        // count keeps the system of the claim it is compared with, as a borrowed count does (Elliptic).
        noun ??= comparedTo is null ? null : new CountedNoun(ComparedMeasure(sentence, phrase, comparedTo), comparedTo.Unit, phrase.Last, null,
            comparedTo.System is { } comparedSystem && context.System?.Name == comparedSystem ? context.System : null);
        if (noun is null)
        {
            // "214 Drohnen über elf Regionen abgeschossen, 46 davon …": a count after a preposition of where is no whole (the
            // preposition may be read as the number's qualifier, "über").
            if (phrase.Last + 1 < sentence.Tokens.Count && sentence.Tokens.IsCapitalized(phrase.Last + 1) && sentence.MentionAt[phrase.Last + 1] is null
                && !_pack.Grammar.SpreadPrepositions.Contains(sentence.Tokens.Lower[phrase.First])
                && !(phrase.First > 0 && _pack.Grammar.SpreadPrepositions.Contains(sentence.Tokens.Lower[phrase.First - 1])))
            {
                reading.UncountedLast = phrase.Last;
            }

            return null;
        }

        // "jede Patriot-Rakete kostet mehrere Millionen Dollar": the price of one piece is no claim.
        if (noun.Measure == "money" && (IsUnitPrice(sentence, phrase.First) || PricedPerPiece(sentence, noun.Last) || PerHeadBefore(sentence, phrase.First)))
        {
            return null;
        }

        return new CountedQuantity(noun, partOf, comparedTo);
    }

    /// <summary>What a quantity phrase counts (<see cref="CountedBy"/>), the claim it is a part of and the claim it is compared with.</summary>
    private readonly record struct CountedQuantity(CountedNoun Noun, (Claim Claim, int Index, int Last)? PartOf, Claim? ComparedTo);

    private bool IsIncrement(SentenceContext sentence, QuantityPhrase phrase, int last)
    {
        var from = Math.Max(0, phrase.First - 2);
        // "weitere Militärhilfe im Wert von 500 Millionen": look before the noun of value.
        for (var i = Math.Max(0, phrase.First - 3); i < phrase.First; i++)
        {
            if (_pack.Cues.ValueLinks.TryMatchAt(sentence.Tokens, i, out var link) && link.Last == phrase.First - 1)
            {
                from = Math.Max(0, i - 3);
                break;
            }
        }

        var to = Math.Min(sentence.Tokens.Count, last + 3);
        foreach (var cue in _pack.Cues.Increments.FindAll(sentence.Tokens, from, to))
        {
            if (sentence.SameClause(cue.First, phrase.First))
            {
                return true;
            }
        }

        // "Zusätzlich beteiligt sich der Bund mit 300 Millionen Euro": an increment word opening the clause adds its amount;
        // an adverb of addition anywhere before it does too ("Dänemark finanziert zusätzlich … die Produktion von 18 Haubitzen").
        var clauseFirst = sentence.ClauseBounds(phrase.First).First;
        if (clauseFirst < from && (_pack.Cues.Increments.TryMatchAt(sentence.Tokens, clauseFirst, out _)
            || sentence.AnyWordIn(_pack.Cues.IncrementAdverbs, clauseFirst, from - 1)))
        {
            return true;
        }

        // "Hinzu kämen weitere Kampfpanzer: 20 Leopard 1A5 …": a colon opening the number's clause spells out the addition
        // the clause before it announces with an increment word before a noun of a measure ("weitere Reserven: rund 50.000
        // Soldaten" names no measure; it says what the troops are, not that they come on top).
        if (clauseFirst > 0 && sentence.Tokens.IsSymbol(clauseFirst, ':'))
        {
            var announced = sentence.ClauseBounds(clauseFirst - 1);
            foreach (var cue in _pack.Cues.Increments.FindAll(sentence.Tokens, announced.First, clauseFirst))
            {
                var noun = cue.Last + 1;
                return noun < clauseFirst && sentence.Tokens.Tokens[noun].IsWord
                    && _pack.Measures.MeasureOf(sentence.Tokens.Lower[noun], Array.Empty<string>()) is not null;
            }
        }

        return false;
    }

    /// <summary>Whether an increment word stands right before or right after the quantity ("weitere sechs", "sechs weitere").</summary>
    private static bool IncrementBeside(SentenceContext sentence, QuantityPhrase phrase)
    {
        var increments = sentence.Pack.Cues.Increments;
        var text = sentence.Tokens;
        // Not "zwei weitere IRIS-T-Systeme": there the increment word opens a noun phrase of its own.
        if (phrase.Last + 1 < text.Count && increments.TryMatchAt(text, phrase.Last + 1, out var after)
            && (after.Last + 1 >= text.Count || !text.Tokens[after.Last + 1].IsWord || !text.IsCapitalized(after.Last + 1)))
        {
            return true;
        }

        for (var i = Math.Max(0, phrase.First - 2); i < phrase.First; i++)
        {
            if (increments.TryMatchAt(sentence.Tokens, i, out var cue) && cue.Last == phrase.First - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The time expressions of a sentence that can be a claim's time: dates, periods, years, anchored durations.</summary>
    private List<Recognizers.Dates.TimeMention> TimesOf(SentenceContext sentence, DateOnly? reference)
    {
        var times = _dates.RecognizeNearDates(sentence.Tokens, reference);
        times.RemoveAll(static t => t.Kind is Recognizers.Dates.TimeMentionKind.Time or Recognizers.Dates.TimeMentionKind.Now
            || (t.Kind == Recognizers.Dates.TimeMentionKind.Duration && t.Start is null));
        return times;
    }

    /// <summary>The time the claim is about: the time expression of its sentence nearest to it.</summary>
    private static ClaimTime? TimeOf(List<Recognizers.Dates.TimeMention> times, int position, ref (Recognizers.Dates.TimeMention? Mention, ClaimTime? Time) last)
    {
        Recognizers.Dates.TimeMention? best = null;
        foreach (var time in times)
        {
            var distance = time.Span.End <= position ? position - time.Span.End : Math.Max(0, time.Span.Start - position);
            var bestDistance = best is null ? int.MaxValue : best.Span.End <= position ? position - best.Span.End : Math.Max(0, best.Span.Start - position);
            if (distance < bestDistance)
            {
                best = time;
            }
        }

        if (best is null)
        {
            return null;
        }

        if (!ReferenceEquals(last.Mention, best))
        {
            last = (best, new ClaimTime(best.Start?.ToString(), best.End?.ToString(), best.Text));
        }

        return last.Time;
    }
}
