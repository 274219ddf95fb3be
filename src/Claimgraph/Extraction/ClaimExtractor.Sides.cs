using Claimgraph.Lexicon;

namespace Claimgraph.Extraction;

// The parties of a sentence, the sides its claims left open, and the sides it notes for the sentences after it.
public sealed partial class ClaimExtractor
{
    /// <summary>The countries the sentence names with their roles, and those its country anaphors ("das Land", "sein Land") stand for.</summary>
    private List<CountryMention> PartiesOf(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var phrasesNamingNoParty = reading.PhrasesNamingNoParty;
        var own = reading.Own;

        var countries = _roles.CountriesOf(sentence, phrasesNamingNoParty);
        // "Das Land will …": the country named last before the sentence; a possessive ("Der niederländische
        // Verteidigungsminister sagte, sein Land finanziere …", "Dänemarks Verteidigungsminister …") the speaker's country,
        // named before it in its own sentence.
        // Asked first without a list: most sentences have none.
        if (_pack.Cues.CountryAnaphors.OccursIn(sentence.Tokens))
        {
            var anaphors = _pack.Cues.CountryAnaphors.FindAll(sentence.Tokens);
            var mentions = sentence.Mentions;
            foreach (var anaphor in anaphors)
            {
                if (sentence.MentionAt[anaphor.First] is not null)
                {
                    continue;
                }

                // The sentence's own mentions, not its parties: the speaker's adjective stands in a source phrase. With none
                // before the possessive, the country of the sentence's own speaker ("Insgesamt habe sein Land … zugesagt, sagte
                // Brekelmans").
                var named = anaphor.Value && own.Count > 0 && _pack.Entities.CountryOfSource(own[0].Name) is { } spoken
                    ? _pack.Entities.Country(spoken) ?? context.LastCountry
                    : context.LastCountry;
                for (var i = anaphor.Value ? mentions.Count - 1 : -1; i >= 0; i--)
                {
                    var mention = mentions[i];
                    if (mention.Last < anaphor.First && mention.Entity.Kind == EntityKind.Country
                        && mention.Form is MentionForm.Name or MentionForm.Genitive or MentionForm.Adjective or MentionForm.Leader)
                    {
                        named = mention.Entity;
                        break;
                    }
                }

                if (named is not null)
                {
                    countries.Add(new CountryMention(new EntityMention(anaphor.First, anaphor.Last, named, MentionForm.Name), named.Id,
                        RoleResolver.PartOfPlaceRole(sentence, anaphor.First) ?? MentionRole.Unmarked));
                }
            }

            countries.Sort((a, b) => a.First.CompareTo(b.First));
        }

        return countries;
    }

    /// <summary>Sentences and claims of supply or deployment vote for the document's usual actor and recipient.</summary>
    private void VoteForUsualSides(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var votes = reading.Votes;
        var countries = reading.Countries;
        var sentenceClaims = reading.Claims;

        // Sentences that speak of supply or deployment vote for the document's usual actor and recipient.
        foreach (var relation in VotingRelations)
        {
            if (sentence.HasRelation(relation))
            {
                if (relation == "supply")
                {
                    votes.SupplySentences++;
                }

                var (actor, recipient) = SentenceSides(sentence, countries, relation);
                votes.Add(actor, recipient);
            }
        }

        foreach (var claim in sentenceClaims)
        {
            if (claim.Relation is "supply" or "deployment")
            {
                votes.Add(claim.Actor, claim.Recipient);
                if (claim.Relation == "supply")
                {
                    votes.AddSupply(claim.Actor, claim.Recipient);
                }
                else
                {
                    votes.AddDeployment(claim.Actor, claim.Recipient);
                }
            }
        }
    }

    /// <summary>Sides the claims left open, from the sentence's speaker: the place an official governs, the first person, the enemy, one's own.</summary>
    private void SidesOfSpeakers(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var sources = reading.Sources;
        var sentenceClaims = reading.Claims;
        var inflicts = reading.Sentence.Inflictions.Count > 0;

        // "Der Gouverneur der Region Belgorod, Wjatscheslaw Gladkow, sprach von zwei Verletzten": people lost whose sentence
        // names no side are those of the place the speaking official governs.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Actor: null, Relation: "losses" } open && !MeasureGroups.Weapons.Contains(open.Measure)
                && GovernedSide(sentence, sources) is { } governed)
            {
                sentenceClaims[i] = open with { Actor = governed };
            }
        }

        // "… starben elf Menschen, mehr als 30 wurden verletzt": people killed or wounded with no side, right after people the
        // sentence counts as killed or wounded with one, are of that side, before any side of the sentences before.
        for (var i = 1; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Actor: null, Relation: "losses" } harmed && PeopleHarmed.Contains(harmed.Measure)
                && sentenceClaims[i - 1] is { Relation: "losses", Actor: { } harmedBefore } before && PeopleHarmed.Contains(before.Measure))
            {
                sentenceClaims[i] = harmed with { Actor = harmedBefore };
            }
        }

        // "Seit dem Sommer haben wir neun Soldaten verloren": a loss the speaker's side suffered, as an
        // earlier "Wir haben 51 davon abgeschossen" told whose side that is.
        // "Zwei Drohnen sind in ein Wohnhaus eingeschlagen": weapons fired with no side named are the side's
        // that fired just before; the people they killed or wounded are that side's opponent's.
        // Asked only of sentences with a loss or supply claim without a side: most have none.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is not { Actor: null } open)
            {
                continue;
            }

            if (open.Relation == "losses" && !inflicts && context.FirstPersonSide is { } ownSide && FirstPerson(reading))
            {
                sentenceClaims[i] = open with { Actor = ownSide };
            }
            else if (open.Relation == "supply" && FirstPerson(reading) && (SideOf(open.Attribution) ?? LeaderCountry(sentence, open.Attribution)) is { } speakerSide
                && speakerSide != open.Recipient)
            {
                // "Pistorius: Wir werden weitere 120.000 Schuss liefern": the speaker's country gives.
                sentenceClaims[i] = open with { Actor = speakerSide };
            }
            else if (open.Relation == "deployment" && FirstPerson(reading) && OwnTroopsAt(reading, i))
            {
                // "„Wir hatten 120 Mann in der Kompanie, jetzt sind es noch 34“, sagt er": the speaker's own troops, of the
                // speaker's side; where nothing tells that side, of the country they stand in, settled with the document.
                if ((SideOf(open.Attribution) ?? SpeakerCountry(open.Attribution, context) ?? context.FirstPersonSide) is { } ours)
                {
                    sentenceClaims[i] = open with { Actor = ours };
                }
                else
                {
                    context.OwnTroops.Add(reading.Drafts.Count + i);
                }
            }
            else if (open.Relation == "supply" && open.Attribution is [.., { Type: "government" } government]
                && sentence.AnyWordIn(_pack.Cues.SpeakerImpersonals, 0, sentence.Tokens.Count - 1)
                && (_pack.Entities.CountryOfSource(government.Name) ?? context.RecentGovernmentCountry()) is { } governing && governing != open.Recipient)
            {
                // "Rund 47 Milliarden Euro habe man bereitgestellt, sagte ein Regierungssprecher": "man" is the government speaking.
                sentenceClaims[i] = open with { Actor = governing };
            }
            else if (open.Relation == "other" && FiredMeasures.Contains(open.Measure)
                && (sentence.HasRelation(Fired) ? context.RecentSide(Fired) : FiringBefore(sentence, context)) is { } firing)
            {
                sentenceClaims[i] = open with { Actor = firing };
            }
            else if (open.Relation == "losses" && PeopleHarmed.Contains(open.Measure) && context.RecentSide(Fired) is { } firer
                && (context.RecentSide(open.Relation) ?? firer) == firer && _pack.Entities.Opponent(firer) is { } victims)
            {
                sentenceClaims[i] = open with { Actor = victims };
            }
        }

        // "Der Gegner habe 1.335 Soldaten verloren": the enemy of the side whose source says so, before
        // the side of the sentences just before (which may be the speaker's own: "Die ukrainischen Verluste bezifferte das
        // Ministerium auf … Der Gegner habe … 380 Soldaten verloren, sagte Trehubow").
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Actor: null } open && SidedRelations.Contains(open.Relation)
                && EnemyIn(sentence) && (SideOf(open.Attribution) ?? SpeakerCountry(open.Attribution, context)) is { } speakerSide
                && _pack.Entities.Opponent(speakerSide) is { } enemy)
            {
                sentenceClaims[i] = open with { Actor = enemy };
            }
            else if (sentenceClaims[i] is { Actor: null, Relation: "deployment" } massed && EnemyIn(sentence) && EnemySubjectIn(sentence)
                && ((SideOf(massed.Attribution) ?? SpeakerCountry(massed.Attribution, context)) is { } massedSpeaker ? massedSpeaker : massed.Recipient) is { } facing
                && _pack.Entities.Opponent(facing) is { } massing)
            {
                // "Der Gegner habe vor Lyman etwa 15.000 Soldaten zusammengezogen" (a brigade's spokeswoman): the enemy's troops are
                // the other side's; where the speaker's side is unknown, the side of the place they face.
                sentenceClaims[i] = massed with { Actor = massing };
            }
        }

        // "…, bei den Kämpfen um Huljajpole seien bis zu 300 eigene Soldaten gefallen" (a Russian blogger): the speaker's own
        // losses, before the side of the place the sentence names. The quote is looked at only where the sentence has such a word.
        if (sentenceClaims.Count > 0 && OwnSideIn(sentence))
        {
            for (var i = 0; i < sentenceClaims.Count; i++)
            {
                // "Die eigenen Einheiten kämen dagegen auf höchstens 9.000 Schuss täglich": weapons fired by a subject of one's
                // own that opens the sentence are the speaker's side's too.
                if (sentenceClaims[i] is { Relation: "losses" or "other" } ownLoss
                    && (ownLoss.Relation == "losses" ? QuoteNamesOwnSide(ownLoss.Quote) : FiredMeasures.Contains(ownLoss.Measure) && OpensWithOwnSide(sentence))
                    && (SideOf(ownLoss.Attribution) ?? SpeakerCountry(ownLoss.Attribution, context)) is { } ownSide)
                {
                    sentenceClaims[i] = ownLoss with { Actor = ownSide };
                }
            }
        }
    }

    /// <summary>Sides the claims left open, from the sentences just before: the same relation, the sender of troops, the holder of weapons, the scene.</summary>
    private void SidesOfSentencesBefore(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var drafts = reading.Drafts;
        var sentenceClaims = reading.Claims;
        var inflicts = reading.Sentence.Inflictions.Count > 0;

        // "Das libanesische Gesundheitsministerium meldete … 31 Tote": dead and wounded whose sentence names no side, counted
        // by a source that counts its own country's people (casualty_counters), are that country's.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Actor: null, Relation: "losses", Measure: "killed" or "wounded" } counted
                && CounterCountry(counted.Attribution) is { } home)
            {
                sentenceClaims[i] = counted with { Actor = home };
            }
        }

        // "Binnen einer Woche seien die Angreifer … vorgerückt": a loss or advance whose sentence names
        // no side is the side of the same relation in the sentences just before.
        // "Davon seien 81 Raketen abgeschossen worden": weapons shot down are lost by the side that fired them.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            // "Die Schwarzmeerflotte habe alle Angriffe abgewehrt. … seien 11 unbemannte Boote zerstört worden" (the Russian
            // ministry): weapons a warring party says it brought down are its opponent's (below), whatever side the sentences
            // before named.
            if (sentenceClaims[i] is { Actor: null } open && SidedRelations.Contains(open.Relation)
                && !(inflicts && open.Relation == "losses" && MeasureGroups.Weapons.Contains(open.Measure) && TellerOpponent(open) is not null)
                && ((open.Relation == "losses" && FiredMeasures.Contains(open.Measure) ? context.RecentSide(Fired) : null) ?? context.RecentSide(open.Relation)) is { } side)
            {
                sentenceClaims[i] = open with { Actor = side };
            }
            // "Bürgermeister Vitali Klitschko meldete zwei Verletzte im Stadtteil Darnyzja": people killed or wounded whose side
            // nothing else tells are the people of the official who reports them.
            else if (sentenceClaims[i] is { Actor: null, Relation: "losses", Measure: "killed" or "wounded" } harmed
                && LeaderCountry(sentence, harmed.Attribution) is { } officialSide)
            {
                sentenceClaims[i] = harmed with { Actor = officialSide };
            }
        }

        // "Auch neue Truppen habe Pjöngjang geschickt. Rund 2.000 Soldaten seien im Januar in der Region Kursk eingetroffen":
        // troops whose sentence names no side are those of the side that sent troops in the sentences just before.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Actor: null, Relation: "deployment" } open && context.RecentSide(Deployed) is { } sender && sender != open.Recipient)
            {
                sentenceClaims[i] = open with { Actor = sender };
            }
        }

        // "Die ukrainische Rüstungsindustrie könne … 4,5 Millionen Drohnen im Jahr herstellen … Einige Modelle … hätten eine Reichweite
        // von bis zu 2.000 Kilometern": a property of weapons whose sentence names no side is of the side whose weapons the sentence
        // just before counted as made, fired or held (not as given: a giver no longer owns them), or as lost or shot down (a
        // loss is of the side that held or launched them). "… 97 ukrainische Drohnen abgeschossen. Wie weit fliegen die
        // Drohnen? Die Langstreckendrohne … hat eine Reichweite von etwa 2.000 Kilometern": a question between (an explainer's
        // sub-heading) does not break the link; it is asked only of a capability without a side.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Actor: null, Relation: "capability" } property
                && (context.PreviousSentenceClaims > 0 || (context.SentencesSinceClaims == 1 && IsQuestion(context.PreviousSentence)))
                && context.Claims.Count > 0
                && context.Claims[^1] is { Relation: "other" or "losses", Actor: { } holder } counted && MeasureGroups.Weapons.Contains(counted.Measure))
            {
                sentenceClaims[i] = property with { Actor = holder };
            }
        }

        // "Die Zahl der zivilen Opfer in der Ukraine ist … gestiegen. Wie die Mission … mitteilte, wurden … mindestens 178
        // Zivilisten getötet": dead and wounded whose side nothing else tells are of the country the report is set in,
        // unless troops were spoken of (their losses are the deployed side's, settled with the document).
        // "Die russische Armee hat die Angriffe auf … Cherson … verstärkt. … wurden … mindestens 14 Zivilisten getötet":
        // without a scene country, dead and wounded are of the country of the place named last (a city, a region), if that
        // country is at war (not "Wien" of a donor).
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Actor: null, Relation: "losses", Measure: "killed" or "wounded" } harmed
                && (context.Scene ?? (context.RecentPlace is { } place && _pack.Entities.Opponent(place) is not null ? place : null)) is { } harmedSide
                && !AnyDeployment(drafts) && !AnyDeployment(sentenceClaims))
            {
                sentenceClaims[i] = harmed with { Actor = harmedSide };
            }
        }
    }

    /// <summary>Sides the claims left open, from a warring party that tells them; notes the side a first-person speaker is on.</summary>
    private void SidesOfTellers(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var sentenceClaims = reading.Claims;
        var inflicts = reading.Sentence.Inflictions.Count > 0;

        // A claim whose sentence names no side, told by a warring party:
        // - "Das russische Verteidigungsministerium behauptet … Die Truppen seien … um etwa 6 Kilometer vorgerückt": an advance
        //   its government or army tells is that party's own;
        // - "Nach Angaben seines Büros [Selenskyj's] hat die Flugabwehr … rund 3.700 Drohnen … abgeschossen": weapons its
        //   leader, government or army says were brought down are its opponent's, and so are weapons it says were destroyed
        //   ("Die ukrainische Armee meldete, sie habe … sieben Koksan-Haubitzen … zerstört").
        // - "Die ukrainische Luftwaffe hat nach eigenen Angaben … 60 ballistische Raketen … registriert": weapons a party
        //   registers coming in are its opponent's, even where the self-reference made the teller the subject's side.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is not { Attribution: [.., var origin] } open || origin.Type is not ("government" or "military" or "official"))
            {
                continue;
            }

            if (open.Actor is not null)
            {
                if (open is { Relation: "other", Measure: "drones" or "missiles" or "ballistic_missiles" }
                    && _pack.Entities.CountryOfSource(origin.Name) is { } sighter && sighter == open.Actor
                    && _pack.Entities.Opponent(sighter) is { } firer && _pack.Cues.Sightings.OccursIn(sentence.Tokens))
                {
                    sentenceClaims[i] = open with { Actor = firer };
                }

                continue;
            }

            var advance = open.Relation == "advance" && origin.Type != "official";
            // "… schlugen in der Stadt mindestens acht Shahed-Drohnen ein" (a governor), "Von 96 Drohnen seien 71 abgeschossen
            // worden" (the air force): drones and missiles that came down on its side are its opponent's too; shells an army
            // fires may be its own ("verschießt die Armee … etwa 6.000 Granaten").
            var downed = (inflicts && open.Relation == "losses" && MeasureGroups.Weapons.Contains(open.Measure))
                || (open.Relation == "other" && open.Measure is "drones" or "missiles" or "ballistic_missiles");
            if ((advance || downed) && _pack.Entities.CountryOfSource(origin.Name) is { } teller && _pack.Entities.Opponent(teller) is { } opponent)
            {
                sentenceClaims[i] = open with { Actor = advance ? teller : opponent };
            }
        }

        // "Wir haben 51 davon abgeschossen": the speaker's side is the opponent of the side that lost them.
        if (inflicts && LastActor(sentenceClaims, "losses") is { } beaten && FirstPerson(reading) && _pack.Entities.Opponent(beaten) is { } speakers)
        {
            context.FirstPersonSide = speakers;
        }
    }

    /// <summary>
    /// Whether the troops of claim <paramref name="index"/> of the sentence are the speaker's own: "wir" is the subject of their
    /// clause ("Wir hatten 120 Mann in der Kompanie"), or the claim just before was own troops and their clause names no party
    /// ("…, jetzt sind es noch 34").
    /// </summary>
    private bool OwnTroopsAt(SentenceReading reading, int index)
    {
        var sentence = reading.Sentence;
        var (first, last) = sentence.ClauseBounds(reading.ClaimFirsts[index]);
        if (sentence.AnyWordIn(_pack.Cues.FirstPersonSubjects, first, last))
        {
            return true;
        }

        if (index == 0 || !reading.Context.OwnTroops.Contains(reading.Drafts.Count + index - 1))
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (sentence.MentionAt[i] is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the sentence speaks in the first person plural (asked once, only where a claim needs it).</summary>
    private bool FirstPerson(SentenceReading reading) => reading.FirstPersonPlural ??= FirstPersonIn(reading.Sentence);

    /// <summary>Notes the side of each sided relation (losses, advance) the sentence gives, for the sentences after it.</summary>
    private void NoteSidedRelations(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var list = reading.List;
        var countries = reading.Countries;
        var sentenceClaims = reading.Claims;

        foreach (var relation in SidedRelations)
        {
            // "russische Truppen setzen ihre Angriffe fort. … rückten sie … vor": forces named without
            // an advance still say whose forces the next sentence's advance is.
            // "Das Pentagon erklärte, zwei amerikanische Zerstörer hätten zwölf Raketen abgeschossen": weapons the sentence left
            // without a side were brought down by a side that did not lose them; the sentence names no loser for the next.
            var side = LastActor(sentenceClaims, relation)
                ?? (relation == "losses" && OpenWeaponLoss(sentenceClaims) ? null
                    : (sentence.HasRelation(relation) ? SentenceSides(sentence, countries, relation).Actor : null)
                    ?? (relation == "advance" ? RoleResolver.ActingSide(sentence, countries) : OwnLossesSide(sentence))
                    // "Nach einem russischen Raketenangriff auf Odessa … Nach Angaben der Regionalverwaltung wurden mindestens
                    // neun Menschen getötet": the victims of an attack named just before are the attacker's opponent's.
                    ?? (relation == "losses" && RoleResolver.Attacker(sentence, countries, -1) is { } attacker ? _pack.Entities.Opponent(attacker) : null));
            // "- Flugzeuge: 435" between "- Panzer: 11.718" and "- Drohnen …: 96.848": a row of a list that counts nothing
            // claimed does not age the side the list's opener named.
            if (side is null && list is not null && sentenceClaims.Count == 0)
            {
                continue;
            }

            context.NoteSide(relation, side);
        }
    }

    /// <summary>The giver and receiver of goods or money the sentence left open, from the sentences just before.</summary>
    private void FillSupplySides(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var drafts = reading.Drafts;
        var own = reading.Own;
        var sentenceClaims = reading.Claims;
        var packageAt = reading.PackageAt;

        // "Pistorius kündigte ein Paket an. Es umfasse 25 weitere Kampfpanzer, sagte der SPD-Politiker": goods or
        // money whose sentence names no giver come from the giver of the sentences just before, when the
        // sentence has no source of its own or the same as the one before (a total another source sums
        // up, "nach Angaben von Rutte auf mehr als drei Milliarden", has givers of its own).
        // A source of the giver's own country continues its report ("Polen hat … zugesagt. Es umfasst nach Angaben
        // des Verteidigungsministeriums in Warschau …"), and any source does where the sentence opens pointing back
        // to what was given ("Die EU-Kommission gab eine weitere Tranche frei. Sie beläuft sich auf 2,1 Milliarden
        // Euro, wie ein Kommissionssprecher mitteilte").
        var sameReport = own.Count == 0 || SameSources(own, context.Sources);
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Actor: null, Relation: "supply" or UncuedSupply } open && context.RecentSide(Giver) is { } giver && giver != open.Recipient
                && !context.MixedGivers.Contains(drafts.Count + i)
                && (sameReport || AllOfCountry(own, giver) || packageAt >= 0 || SpeaksInCountry(own, sentence, giver)))
            {
                sentenceClaims[i] = open with { Actor = giver };
            }
        }

        // "Die Ukraine erhält zugleich neue Hilfe aus Europa. Dänemark sagte ein weiteres Paket über 2,3 Milliarden Kronen zu":
        // goods or money whose sentence names no receiver go to the receiver of the sentences just before (of a claim, or
        // the subject of a receiving verb), unless another giver gave to it there.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Recipient: null, Relation: "supply" or UncuedSupply } open && context.RecentSide(Receiver) is { } receiver
                && receiver != open.Actor && context.RecentSide(ReceiverGiver) is { } withGiver && (withGiver.Length == 0 || withGiver == open.Actor))
            {
                sentenceClaims[i] = open with { Recipient = receiver };
            }
        }

        // "Russland setzt … nordkoreanische Artillerie ein. … habe Nordkorea bislang rund 220 dieser Geschütze geliefert": the
        // maker's goods whose sentence names no receiver go to the side the sentences just before said uses the maker's weapons.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Recipient: null, Relation: "supply" or UncuedSupply, Actor: { } maker } open
                && context.RecentSide(UsedMaker) == maker && context.RecentSide(WeaponUser) is { } user && user != maker)
            {
                sentenceClaims[i] = open with { Recipient = user };
            }
        }
    }

    /// <summary>Notes who uses whose weapons, who gives, receives, deploys and fires in the sentence, for the sentences after it.</summary>
    private void NoteSupplyAndFiringSides(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var countries = reading.Countries;
        var sentenceClaims = reading.Claims;
        var question = reading.Question;

        var (weaponUser, usedMaker) = sentenceClaims.Count == 0 ? UserOfForeignWeapons(sentence, countries) : default;
        context.NoteSide(WeaponUser, weaponUser);
        context.NoteSide(UsedMaker, usedMaker);
        context.NoteSide(NamedMaker, MakerNamed(sentence));

        // The sides a supply sentence names, resolved only when a claim does not say them.
        var giverOfClaims = LastActor(sentenceClaims, "supply");
        var receiverOfClaims = LastRecipient(sentenceClaims);
        var supplySides = (giverOfClaims is null || (receiverOfClaims is null && sentence.Receives)) && sentence.HasRelation("supply")
            ? SentenceSides(sentence, countries, "supply") : default;
        // Without a claim, only a receiving verb says who received ("Die Ukraine erhält …").
        var received = receiverOfClaims ?? (sentence.Receives ? supplySides.Recipient : null);
        context.NoteSide(Receiver, received);
        context.NoteSide(ReceiverGiver, received is null ? null : giverOfClaims ?? supplySides.Actor ?? "");
        context.NoteSide(Deployed, LastActor(sentenceClaims, "deployment")
            ?? (sentence.HasRelation("deployment") || (sentence.HasRelation("supply") && NamesTroops(sentence)) ? SentenceSides(sentence, countries, "deployment").Actor : null));
        context.NoteSide(Giver, giverOfClaims ?? supplySides.Actor);
        // "In der Nacht griff Russland die Ukraine erneut an. … wurden 143 Drohnen gestartet": an attack
        // that counts nothing still says who fires the weapons the next sentences count.
        var firedSide = LastFiring(sentenceClaims)
            ?? (sentenceClaims.Count == 0 && sentence.HasRelation(Fired) ? SentenceSides(sentence, countries, "other").Actor : null);
        context.NoteSide(Fired, firedSide);
        // "Wie viel verschiesst die russische Armee damit? / Das schwankt stark. In ruhigen Wochen sind es … 12 000 Schuss am
        // Tag": the answer paragraph to a question about firing counts what the side asked about fires, sentences after it too.
        if (question && firedSide is not null)
        {
            context.AskedFiring = firedSide;
        }
    }

    private static bool OpenWeaponLoss(List<Claim> claims) =>
        claims.Exists(c => c is { Relation: "losses", Actor: null } && MeasureGroups.Weapons.Contains(c.Measure));

    /// <summary>The country of an origin that counts its own country's dead and wounded ("Lebanese Ministry of Health" → LB).</summary>
    private string? CounterCountry(IReadOnlyList<Source> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        var name = sources[^1].Name;
        foreach (var counter in _pack.Attribution.CasualtyCounters)
        {
            if (name == counter || (name.EndsWith(counter, StringComparison.Ordinal) && name.Length > counter.Length && name[^(counter.Length + 1)] == ' '))
            {
                // "Das von den Huthi kontrollierte Gesundheitsministerium in Sanaa meldete 14 tote Zivilisten": a party's
                // health authority counts the people of the country the party governs (Yemen's), not the party's fighters.
                return _pack.Entities.CountryOfSource(name) is { } country ? _pack.Entities.Rules(country) ?? country : null;
            }
        }

        return null;
    }

    /// <summary>The opponent of the warring party whose government, army or official is the origin of the claim, if any.</summary>
    private string? TellerOpponent(Claim claim) =>
        claim.Attribution is [.., { Type: "government" or "military" or "official" } origin]
        && _pack.Entities.CountryOfSource(origin.Name) is { } teller ? _pack.Entities.Opponent(teller) : null;

    /// <summary>"O-Ton Boris Pistorius: Wir werden …": the country of a leader the sentence names who is its source.</summary>
    private static string? LeaderCountry(SentenceContext sentence, IReadOnlyList<Source> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        foreach (var mention in sentence.Mentions)
        {
            if (mention.Entity.Kind == EntityKind.Person && mention.Entity.Name == sources[^1].Name)
            {
                return mention.Entity.Country;
            }
        }

        return null;
    }

    /// <summary>"wir", "unsere": the sentence speaks for the speaker's own side.</summary>
    private bool FirstPersonIn(SentenceContext sentence) => _pack.Cues.FirstPersonPlural.AnyIn(sentence.Tokens);

    private bool EnemyIn(SentenceContext sentence) => _pack.Cues.EnemyNouns.AnyIn(sentence.Tokens);

    /// <summary>Whether an enemy noun stands as a subject, after an article of `enemy_subject_determiners` ("der Gegner habe …");
    /// asked only of a deployment with no actor in a sentence with an enemy noun.</summary>
    private bool EnemySubjectIn(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        for (var i = 1; i < text.Count; i++)
        {
            if (_pack.Cues.EnemyNouns.Contains(text, i) && _pack.Cues.EnemySubjectDeterminers.Contains(text.Lower[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private bool OwnSideIn(SentenceContext sentence) => _pack.Cues.OwnSideWords.AnyIn(sentence.Tokens);

    /// <summary>
    /// Whether the sentence, or a clause after a comma, opens with an own-side word, after an article or not ("Die eigenen
    /// Einheiten …", "Ein Offizier gibt an, die eigene Seite verschieße etwa 6.000 Granaten pro Tag").
    /// </summary>
    private bool OpensWithOwnSide(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        for (var i = 0; i < text.Count; i++)
        {
            if (_pack.Cues.OwnSideWords.Contains(text, i)
                && (i < 2 || text.IsSymbol(i - 1, ',') || (text.IsSymbol(i - 2, ',') && _pack.Grammar.Determiners.Contains(text.Lower[i - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of the claim's quote is an own-side word ("bis zu 300 eigene Soldaten").</summary>
    private bool QuoteNamesOwnSide(string quote)
    {
        var start = 0;
        for (var i = 0; i <= quote.Length; i++)
        {
            if (i == quote.Length || quote[i] == ' ')
            {
                if (i > start && _pack.Cues.OwnSideWords.StartsWith(quote.Substring(start, i - start).ToLowerInvariant()))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }

    /// <summary>The country of the sources, the origin first: whose side a report speaks for.</summary>
    private string? SideOf(IReadOnlyList<Source> sources)
    {
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (_pack.Entities.CountryOfSource(sources[i].Name) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>The country the source phrase of the origin, or of a source before it, named beside it (<see cref="NoteSpeakerCountries"/>).</summary>
    private static string? SpeakerCountry(IReadOnlyList<Source> sources, ReadingContext context)
    {
        for (var i = sources.Count - 1; i >= 0 && context.SpeakerCountries is { } known; i--)
        {
            if (known.TryGetValue(sources[i].Name, out var country))
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>The actor of the last claim of the relation that has one.</summary>
    private static string? LastActor(List<Claim> claims, string relation)
    {
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (claims[i].Relation == relation && claims[i].Actor is { } actor)
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The home country of the first arms maker (<c>maker</c> in entities.yaml) the sentence names, if any.</summary>
    private static string? MakerNamed(SentenceContext sentence)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Entity is { Kind: EntityKind.Organization, Maker: true, Country: { } country })
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>The home country of an arms maker (<c>maker</c> in entities.yaml) that is a source of the sentence, named there or before.</summary>
    private static string? MakerSourceCountry(SentenceContext sentence, List<SourcePhrase> sources)
    {
        foreach (var source in sources)
        {
            if (sentence.Pack.Entities.Organization(source.Source.Name) is { Maker: true, Country: { } country })
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>The country of a government or military source of the sentence, by the mention its phrase names. An intelligence
    /// service counts what others make ("Der ukrainische Militärgeheimdienst HUR geht davon aus, dass die Rüstungsindustrie
    /// monatlich etwa 50 Iskander-M … herstellt"): its country is not the maker's.</summary>
    private static string? SourceCountry(SentenceContext sentence, List<SourcePhrase> sources)
    {
        foreach (var source in sources)
        {
            if (source.Source.Type == "intelligence")
            {
                continue;
            }

            for (var i = source.First; i <= source.Last && i < sentence.Tokens.Count; i++)
            {
                if (sentence.MentionAt[i] is { Entity: { Country: { } country, SourceType: "government" or "military" or "official" } })
                {
                    return country;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The country that opens the quantity's clause when that clause, after the first, has no verb of its own and the
    /// clause before it has one ("…, die USA etwa 65 Milliarden Euro"): the subject of the repeated verb.
    /// </summary>
    private string? GappedSubject(SentenceContext sentence, List<CountryMention> countries, int phraseFirst)
    {
        var text = sentence.Tokens;
        var (first, last) = sentence.ClauseBounds(phraseFirst);
        if (first == 0)
        {
            return null;
        }

        var opener = first;
        while (opener < phraseFirst && (!text.Tokens[opener].IsWord || _pack.Grammar.Determiners.Contains(text.Lower[opener])))
        {
            opener++;
        }

        // "…, gefolgt von Großbritannien mit 14 Milliarden Euro": the link itself says the clause repeats the one before, also
        // one without a verb ("Grösster Geber sind die USA mit rund 64 Milliarden Euro, gefolgt von Deutschland mit …").
        var linked = false;
        if (opener < phraseFirst && _pack.Cues.GappingLinks.TryMatchAt(text, opener, out var link))
        {
            opener = link.Last + 1;
            linked = true;
        }

        string? country = null;
        foreach (var mention in countries)
        {
            if (mention.First == opener && mention.Mention.Form is MentionForm.Name or MentionForm.Metonym && mention.Mention.Last < phraseFirst)
            {
                country = mention.Country;
            }
        }

        if (country is null)
        {
            return null;
        }

        var verbBefore = false;
        foreach (var relation in sentence.Relations)
        {
            if (relation.First >= first && relation.First <= last)
            {
                return null;
            }

            verbBefore |= relation.First < first && sentence.ClauseOf[relation.First] == sentence.ClauseOf[first - 1];
        }

        // "Die Europäer kommen zusammen auf etwa 180 Milliarden Euro, die USA auf knapp 120 Milliarden": a verb of arriving at a
        // figure (`tally_verbs`) in the clause before is gapped as a verb of giving is.
        if (!verbBefore)
        {
            for (var i = sentence.ClauseBounds(first - 1).First; i < first && !verbBefore; i++)
            {
                verbBefore = text.Tokens[i].IsWord && _pack.Attribution.TallyVerbs.Contains(text.Lower[i]);
            }
        }

        return verbBefore || linked ? country : null;
    }

    private List<CountryMention> WithoutOtherGaps(SentenceContext sentence, List<CountryMention> countries, int phraseFirst)
    {
        if (countries.Count == 0)
        {
            return countries;
        }

        List<CountryMention>? kept = null;
        for (var i = 0; i < countries.Count; i++)
        {
            var mention = countries[i];
            // "… 40 Leopard 2A6 aus deutschen Beständen; hinzu kommen Panzer aus Polen, Portugal …": a semicolon ends a main
            // clause, and a country of the clause after it is no party to the phrase's claim.
            if (SemicolonBetween(sentence, mention.Mention, phraseFirst))
            {
                kept ??= countries.GetRange(0, i);
                continue;
            }

            // A lone country is asked only after the phrase: "Die Europäer kommen … auf etwa 180 Milliarden Euro, die USA auf
            // knapp 120 Milliarden" (the USA gapped, no party to the 180 billion, which names no country of its own).
            if (countries.Count < 2 && mention.First < phraseFirst)
            {
                kept?.Add(mention);
                continue;
            }

            var clauseLast = sentence.ClauseBounds(mention.First).Last;
            if (!sentence.SameClause(mention.First, phraseFirst) && mention.Mention.Last < clauseLast
                && GappedSubject(sentence, countries, clauseLast) == mention.Country)
            {
                kept ??= countries.GetRange(0, i);
                continue;
            }

            kept?.Add(mention);
        }

        return kept ?? countries;
    }

    /// <summary>
    /// Whether a semicolon stands between the token at <paramref name="at"/> and a mention after it (a clause after a
    /// semicolon may go on with the parties of the one before: "… habe 92 Drohnen … eingesetzt, erklärte …; 71 Drohnen seien
    /// abgeschossen worden").
    /// </summary>
    private static bool SemicolonBetween(SentenceContext sentence, EntityMention mention, int at)
    {
        var text = sentence.Tokens;
        for (var i = at + 1; i < mention.First; i++)
        {
            if (text.IsSymbol(i, ';'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Die eigenen Verluste gibt die Ukraine nur selten bekannt": losses called one's own are the side the sentence names.</summary>
    private string? OwnLossesSide(SentenceContext sentence)
    {
        // The side is a country the sentence names; most sentences name none.
        var named = sentence.Mentions.Find(m => m.Entity.Country is not null && m.Entity.Kind != EntityKind.WeaponSystem)?.Entity.Country;
        if (named is null)
        {
            return null;
        }

        // Both readings need a loss cue; most sentences have none.
        if (sentence.PeopleLosses.Count == 0 && sentence.EquipmentLosses.Count == 0)
        {
            return null;
        }

        var text = sentence.Tokens;
        for (var i = 0; sentence.PeopleLosses.Count > 0 && i + 1 < text.Count; i++)
        {
            if (_pack.Attribution.SelfReference.TryMatchAt(text, i, out var own) && StartsAt(sentence.PeopleLosses, own.Last + 1))
            {
                return named;
            }
        }

        // "Belegte russische Verluste nach Kategorie": a country adjective on a loss noun names whose they are.
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Form == MentionForm.Adjective && mention.Entity.Country is { } side
                && (StartsAt(sentence.PeopleLosses, mention.Last + 1) || StartsAt(sentence.EquipmentLosses, mention.Last + 1)))
            {
                return side;
            }
        }

        return null;
    }

    /// <summary>
    /// The country of the place an official who speaks in the sentence governs: a title of <c>governing_officials</c>
    /// in or shortly before a source phrase, and a place within a few words after it ("der Region Belgorod").
    /// </summary>
    private string? GovernedSide(SentenceContext sentence, List<SourcePhrase> sources)
    {
        var text = sentence.Tokens;
        foreach (var phrase in sources)
        {
            if (phrase.Party)
            {
                continue;
            }

            for (var i = Math.Max(0, phrase.First - 6); i <= phrase.Last && i < text.Count; i++)
            {
                if (!text.Tokens[i].IsWord || !WordEndings.EndsWithAny(text.Lower[i], _pack.Attribution.GoverningOfficials))
                {
                    continue;
                }

                for (var j = i + 1; j <= i + 4 && j < text.Count; j++)
                {
                    if (sentence.MentionAt[j] is { Form: MentionForm.Name or MentionForm.Place } place && place.First == j
                        && place.Entity.Kind is EntityKind.Country or EntityKind.Place && place.Entity.Country is { } country)
                    {
                        return country;
                    }
                }

                // "wie Gouverneur Wadym Filaschkin auf Telegram mitteilte": no place named, the official's own country.
                for (var j = phrase.First; j <= phrase.Last && j < text.Count; j++)
                {
                    if (sentence.MentionAt[j] is { Entity: { Kind: EntityKind.Person, Country: { } own } person } && person.Name == phrase.Source.Name)
                    {
                        return own;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Who holds what a claim counts: the receiver of goods supplied, else the claim's actor.</summary>
    private static string? Holder(Claim claim) => claim.Relation == "supply" ? claim.Recipient : claim.Actor;

    /// <summary>
    /// A collective of donors ("Die Europäer", "der Westen") after a determiner in the claim's clause before it; lower-case
    /// adjectives may stand between them ("Die europäischen Staaten", not "Die Vereinigten Staaten").
    /// </summary>
    private bool CollectiveGiverBefore(SentenceContext sentence, int phraseFirst)
    {
        var text = sentence.Tokens;
        for (var i = phraseFirst - 1; i > 0 && sentence.SameClause(i, phraseFirst); i--)
        {
            if (text.IsCapitalized(i) && _pack.Cues.CollectiveGivers.Contains(text.Lower[i]) && sentence.MentionAt[i] is null)
            {
                var before = i - 1;
                while (before > 0 && before >= i - 2 && text.Tokens[before].IsWord && !text.IsCapitalized(before) && sentence.MentionAt[before] is null
                    && !_pack.Grammar.Determiners.Contains(text.Lower[before]))
                {
                    before--;
                }

                if (_pack.Grammar.Determiners.Contains(text.Lower[before]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool NamesCountry(SentenceContext sentence, string country)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Entity.Country == country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a claim deploys troops: their later losses are that side's, not the scene's.</summary>
    private static bool AnyDeployment(List<Claim> claims)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Relation == "deployment")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The side that fired the weapons the sentence's last claim of weapons fired counts.</summary>
    private static string? LastFiring(List<Claim> claims)
    {
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (claims[i] is { Relation: "other", Actor: { } actor } && FiredMeasures.Contains(claims[i].Measure))
            {
                return actor;
            }
        }

        return null;
    }

    private static string? LastRecipient(List<Claim> claims)
    {
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (claims[i] is { Relation: "supply", Recipient: { } recipient })
            {
                return recipient;
            }
        }

        return null;
    }

    /// <summary>Whether a capitalized word of the sentence counts troops ("Auch neue Truppen habe Pjöngjang geschickt": "geschickt" sends goods or troops).</summary>
    private bool NamesTroops(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        for (var i = 0; i < text.Count; i++)
        {
            if (_pack.Measures.TroopNouns.Contains(text, i) && text.IsCapitalized(i) && sentence.MentionAt[i] is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The side of the latest of the last three claims that counts the same equipment as lost or held, if any.</summary>
    private static string? SideOfSameEquipment(List<Claim> claims, string measure)
    {
        for (var i = claims.Count - 1; i >= 0 && i >= claims.Count - 3; i--)
        {
            if (claims[i] is { Relation: "losses" or "other", Actor: { } side } before && before.Measure == measure)
            {
                return side;
            }
        }

        return null;
    }

    /// <summary>
    /// The side a sentence says uses or fires weapons ("setzt … ein", `weapon_use`: "eingesetzt") and the other country whose adjective names
    /// their maker ("nordkoreanische Artillerie"); both null unless the sentence names both.
    /// </summary>
    private (string? User, string? Maker) UserOfForeignWeapons(SentenceContext sentence, List<CountryMention> countries)
    {
        var uses = false;
        foreach (var cue in sentence.Relations)
        {
            if (sentence.FiresWeapons(cue))
            {
                uses = true;
                break;
            }
        }

        if (!uses || SentenceSides(sentence, countries, "other").Actor is not { } user)
        {
            return default;
        }

        foreach (var country in countries)
        {
            if (country.Mention.Form == MentionForm.Adjective && country.Country != user)
            {
                return (user, country.Country);
            }
        }

        return default;
    }

    /// <summary>Actor and recipient the sentence gives a relation it speaks of, apart from any counted phrase.</summary>
    private (string? Actor, string? Recipient) SentenceSides(SentenceContext sentence, List<CountryMention> countries, string relation) =>
        _roles.Resolve(sentence, countries, relation, new CountedNoun(relation, null, 0, null, null), 0);

    /// <summary>
    /// The countries but those that are the gapped subject of another clause than the phrase's ("Die Bundesregierung hat …
    /// knapp 17 Milliarden Euro bereitgestellt, gefolgt von Großbritannien mit 14 Milliarden Euro": Britain is no party to
    /// the 17 billion). The list itself where there is none (most sentences name fewer than two countries).
    /// </summary>
    /// <summary>
    /// The countries without one named after "in" in a relative clause on the goods counted ("18 Radhaubitzen …, die in
    /// Frankreich gebaut werden"): where they are made or kept, not where they go.
    /// </summary>
    private static List<CountryMention> WithoutPlaceOfGoods(SentenceContext sentence, List<CountryMention> countries, int claimFirst)
    {
        var opener = countries.Count == 0 ? -1 : RoleResolver.RelativeClauseAfter(sentence, claimFirst);
        if (opener < 0)
        {
            return countries;
        }

        List<CountryMention>? kept = null;
        for (var c = 0; c < countries.Count; c++)
        {
            var at = countries[c].First;
            if (at > opener && sentence.SameClause(at, opener) && sentence.Pack.Grammar.ScenePrepositions.Contains(sentence.Tokens.Lower[at - 1]))
            {
                kept ??= countries.GetRange(0, c);
            }
            else
            {
                kept?.Add(countries[c]);
            }
        }

        return kept ?? countries;
    }

    /// <summary>
    /// "Grösster Geber sind die USA mit rund 64 Milliarden Euro", "…, gefolgt von Deutschland mit knapp 13 Milliarden": a country
    /// (by name, not after a dative article) right before a word that gives it an amount (<c>holder_links</c>) right before the
    /// quantity, in a clause with no verb of giving and no country named before it, is the giver of that amount. Null elsewhere.
    /// </summary>
    private string? HolderBefore(SentenceContext sentence, List<CountryMention> countries, int phraseFirst)
    {
        var text = sentence.Tokens;
        var link = phraseFirst - 1;
        if (link < 1 || !text.Tokens[link].IsWord || !_pack.Cues.HolderLinks.Contains(text.Lower[link]) || sentence.AnyInClause(sentence.Relations, phraseFirst))
        {
            return null;
        }

        foreach (var mention in countries)
        {
            // The first country of its clause: "Großbritannien will die Ukraine mit 5.000 … Raketen ausstatten" names the giver first.
            if (sentence.SameClause(mention.First, phraseFirst) && mention.Mention.Last < link - 1)
            {
                return null;
            }

            if (mention.Mention.Last == link - 1 && mention.Mention.Form is MentionForm.Name or MentionForm.Metonym && mention.Mention.Entity.Kind == EntityKind.Country
                && !sentence.FollowsDativeArticle(mention.Mention) && sentence.SameClause(mention.First, phraseFirst))
            {
                return mention.Country;
            }
        }

        return null;
    }

    /// <summary>Whether the country is named right before a word of <c>holder_links</c> in the sentence ("die USA mit …").</summary>
    private bool HoldsAmount(SentenceContext sentence, List<CountryMention> countries, string country)
    {
        var text = sentence.Tokens;
        foreach (var mention in countries)
        {
            var link = mention.Mention.Last + 1;
            if (mention.Country == country && link < text.Count && text.Tokens[link].IsWord && _pack.Cues.HolderLinks.Contains(text.Lower[link]))
            {
                return true;
            }
        }

        return false;
    }
}
