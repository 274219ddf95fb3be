using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>
/// Decides actor and recipient of a claim from the countries its sentence names and the part
/// each plays: the owner in the counted phrase ("nordkoreanische Soldaten"), "aus"/"von" (source),
/// "an"/"nach"/"in" (destination), and unmarked subjects and objects in order ("Nordkorea schickt
/// Putin …"). What the sentence leaves open, the document's usual actor and recipient fill later.
/// </summary>
internal sealed class RoleResolver
{
    public List<CountryMention> CountriesOf(SentenceContext sentence, List<SourcePhrase> sources)
    {
        var result = new List<CountryMention>();
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Entity.Country is not { } country || mention.Entity.Kind == EntityKind.WeaponSystem)
            {
                continue;
            }

            // A source is no party to the claim, unless it is also its subject ("Deutschland sagte … zu",
            // "die Regierung in London kündigte … an", "Russland hat nach eigenen Angaben …"): then it is the giver or actor.
            var source = Enclosing(sources, mention) ?? AppositionOf(sentence, sources, mention);
            if (source is { Party: false })
            {
                continue;
            }

            // Organisations stand for their country only as government bodies ("Pentagon", "Kreml") and arms makers
            // ("Rheinmetall will … 1,5 Millionen Geschosse herstellen").
            if (mention.Entity.Kind == EntityKind.Organization && mention.Entity.SourceType is not ("government" or "military") && !mention.Entity.Maker)
            {
                continue;
            }

            // An organisation that is a party of its own (the EU) is one only as the subject of its commitment
            // or of its clause ("Die EU-Kommission hatte … freigegeben", "Als die EU … versprach"), not as a
            // channel ("Zahlungen über die EU").
            if (mention.Entity.Kind == EntityKind.Organization && source is null && sentence.Pack.Entities.Country(country) is null
                && !OpensClause(sentence, mention) && !SubjectAfterSupplyVerb(sentence, mention) && !PlaceOfMaking(sentence, mention)
                && !AfterCurrencyAndArticle(sentence, mention))
            {
                continue;
            }

            if (IsCompoundModifier(sentence, mention) || IsNonParty(sentence, mention) || IsComparisonStandard(sentence, mention) || InDateline(sentence, mention) || IsLanguage(sentence, mention)
                || WhereSaid(sentence, mention, sources))
            {
                continue;
            }

            var role = source is not null ? MentionRole.Source : RoleOf(sentence, mention);
            if (role != MentionRole.Company)
            {
                result.Add(new CountryMention(mention, country, role));
            }
        }

        return result;
    }

    /// <summary>"die 50 Milliarden Euro der EU": whether the mention follows a currency word and a genitive article.</summary>
    private static bool AfterCurrencyAndArticle(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        var article = mention.First - 1;
        return article >= 1 && text.Tokens[article].IsWord && sentence.Pack.Attribution.GenitiveDeterminers.Contains(text.Lower[article])
            && AfterCurrencyAndArticleAt(sentence, article);
    }

    /// <summary>
    /// "von den 50 Milliarden Euro der EU, die Kiew … zustehen": a party in the genitive right after the money counted, in a
    /// phrase opened by a determiner (else "hat 5 Milliarden Euro der Ukraine zugesagt" is a dative receiver), owns the
    /// money and gives it; "des" is a genitive anyway ("die 3 Milliarden Euro des Landes").
    /// </summary>
    private static string? GenitiveGiver(SentenceContext sentence, List<CountryMention> countries, CountedNoun noun, int claimFirst)
    {
        var text = sentence.Tokens;
        var article = noun.Last + 1;
        if (noun.Unit is null || article + 1 >= text.Count || !text.Tokens[article].IsWord
            || !sentence.Pack.Attribution.GenitiveDeterminers.Contains(text.Lower[article]) || !AfterCurrencyAndArticleAt(sentence, article))
        {
            return null;
        }

        var definite = claimFirst >= 1 && text.Tokens[claimFirst - 1].IsWord && sentence.Pack.Grammar.Determiners.Contains(text.Lower[claimFirst - 1]);
        if (!definite && sentence.Pack.Grammar.DativeDeterminers.Contains(text.Lower[article]))
        {
            return null;
        }

        // A country after "der" may still be the dative receiver ("hat die 61 Milliarden Dollar der Ukraine überwiesen"); a body
        // that is a party of its own (the EU) gives.
        foreach (var country in countries)
        {
            if (country.First == article + 1 && country.Role != MentionRole.Opponent
                && (!sentence.Pack.Grammar.DativeDeterminers.Contains(text.Lower[article]) || sentence.Pack.Entities.Country(country.Country) is null))
            {
                return country.Country;
            }
        }

        return null;
    }

    private static bool AfterCurrencyAndArticleAt(SentenceContext sentence, int article) =>
        sentence.Pack.Units.Currencies.TryMatch(sentence.Tokens.Text, sentence.Tokens.Tokens, article - 1, out _, out var last) && last == article - 1;

    /// <summary>Whether only determiners, and a subordinator at the start or a colon, stand before the mention in its clause.</summary>
    private static bool OpensClause(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        var first = sentence.ClauseBounds(mention.First).First;
        var i = mention.First - 1;
        while (i >= first && text.Tokens[i].IsWord && sentence.Pack.Grammar.Determiners.Contains(text.Lower[i]))
        {
            i--;
        }

        // "Die Außenminister der Europäischen Union haben … gebilligt": the body acts through its members heading the clause.
        if (i >= first && i < mention.First - 1 && text.Tokens[i].IsWord && sentence.Pack.Grammar.MemberNouns.Contains(text.Lower[i]))
        {
            i--;
            while (i >= first && text.Tokens[i].IsWord && sentence.Pack.Grammar.Determiners.Contains(text.Lower[i]))
            {
                i--;
            }
        }

        // "• Neue Milliarden aus Brüssel: Die EU-Kommission hat …": a colon opens a clause too; so does a finite verb after
        // the clause's first word ("Unterdessen hat die EU-Kommission … auf den Weg gebracht").
        return i < first || text.IsSymbol(i, ':')
            || (i == first && (text.IsSymbol(i, ',') || sentence.Pack.Grammar.Subordinators.Contains(text.Lower[i])))
            || (i == first + 1 && text.Tokens[first].IsWord && sentence.Pack.Grammar.FiniteAuxiliaries.Contains(text.Lower[i]));
    }

    /// <summary>
    /// "Über die Europäische Friedensfazilität gibt die EU weitere 500 Millionen Euro frei": right after the supply verb (or its
    /// auxiliary) of a main clause whose first part names no other country (a prepositional phrase or an adverb stands first),
    /// the verb second puts the subject after it. Asked only of organisations that are parties of their own (rare), so its
    /// loops cost nothing.
    /// </summary>
    private static bool SubjectAfterSupplyVerb(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        var first = sentence.ClauseBounds(mention.First).First;
        var verb = mention.First - 1;
        while (verb > first && text.Tokens[verb].IsWord && sentence.Pack.Grammar.Determiners.Contains(text.Lower[verb]))
        {
            verb--;
        }

        if (verb <= first || !text.Tokens[verb].IsWord)
        {
            return false;
        }

        // The supply verb itself, or a finite auxiliary whose participle ends the clause ("Über die … Friedensfazilität hat
        // die EU … bereitgestellt"). A subordinate clause puts its finite verb last, so a first word that can open one
        // ("seit", "während") is a preposition where a finite auxiliary follows its phrase before the subject ("Seit 2022
        // hat die EU … bereitgestellt").
        var auxiliary = sentence.Pack.Grammar.FiniteAuxiliaries.Contains(text.Lower[verb]);
        if (!auxiliary && sentence.Pack.Grammar.Subordinators.Contains(text.Lower[first]))
        {
            return false;
        }

        var supplies = false;
        foreach (var cue in sentence.Relations)
        {
            supplies |= cue.Value == "supply"
                && (cue.First == verb || (auxiliary && cue.First > mention.Last && sentence.SameClause(cue.First, mention.First)));
        }

        for (var i = first; supplies && i < verb; i++)
        {
            // "Über die Europäische Friedensfazilität gibt die EU …": a channel of the same party is no other subject; nor
            // is the receiver opening the clause ("An die Ukraine hat die EU … geliefert").
            if (sentence.MentionAt[i] is { Entity.Country: { } other } opening && other != mention.Entity.Country
                && PrepositionRoleOf(sentence, opening) != MentionRole.Destination)
            {
                return false;
            }
        }

        return supplies;
    }

    /// <summary>"aus dem Ukrainischen übersetzt": a capitalized country adjective after an article with no noun after it is the language.</summary>
    private static bool IsLanguage(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        return mention.Form == MentionForm.Adjective && mention.First > 0 && text.IsCapitalized(mention.First)
            && sentence.Pack.Grammar.Determiners.Contains(text.Lower[mention.First - 1])
            && (mention.Last + 1 >= text.Count || !text.Tokens[mention.Last + 1].IsWord || !text.IsCapitalized(mention.Last + 1));
    }

    /// <summary>
    /// "Der Vereinigte Generalstab Südkoreas (JCS) schätzt, dass Pjöngjang …": a country in the genitive right after a source
    /// phrase names whose source it is, as it would inside the phrase ("der südkoreanische Generalstab"), and a name in
    /// brackets after the phrase (or after that genitive) is the source's short name; neither is a party. Asked only of
    /// genitive and bracketed mentions; the sources are a handful.
    /// </summary>
    private static SourcePhrase? AppositionOf(SentenceContext sentence, List<SourcePhrase> sources, EntityMention mention)
    {
        var text = sentence.Tokens;
        // "die britische Times", "das US-Magazin Politico": a country adjective right before a source phrase says whose
        // source it is, as inside the phrase; it is no party.
        if (mention.Form == MentionForm.Adjective)
        {
            foreach (var phrase in sources)
            {
                if (phrase.First == mention.Last + 1)
                {
                    return phrase;
                }
            }

            return null;
        }

        var before = mention.First - 1;
        var beforeGenitive = before;
        if (text.IsSymbol(before, '(') && text.IsSymbol(mention.Last + 1, ')'))
        {
            before--;
            beforeGenitive = before >= 0 && sentence.MentionAt[before] is { Form: MentionForm.Genitive } genitive ? genitive.First - 1 : before;
        }
        else if (mention.Form != MentionForm.Genitive)
        {
            return null;
        }

        foreach (var source in sources)
        {
            if (source.Last == before || source.Last == beforeGenitive)
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The source phrase the mention lies in, if any.</summary>
    private static SourcePhrase? Enclosing(List<SourcePhrase> sources, EntityMention mention)
    {
        foreach (var source in sources)
        {
            if (mention.First >= source.First && mention.Last <= source.Last)
            {
                return source;
            }
        }

        return null;
    }

    public (string? Actor, string? Recipient) Resolve(
        SentenceContext sentence,
        List<CountryMention> countries,
        string relation,
        CountedNoun noun,
        int claimFirst)
    {
        var owner = noun.Owner?.Country;
        var source = Nearest(countries, claimFirst, (sentence, claimFirst),
            static (state, c) => c.Role == MentionRole.Source && !AfterClauseDash(state.sentence, state.claimFirst, c.First));
        var destination = Nearest(countries, claimFirst, MentionRole.Destination, static (role, c) => c.Role == role);
        // Adjectives inside the counted phrase ("russische und nordkoreanische Soldaten") are its owners, not other parties.
        var unmarked = new List<CountryMention>(countries.Count);
        for (var i = 0; i < countries.Count; i++)
        {
            var c = countries[i];
            if (c.Role == MentionRole.Unmarked && c.Mention.Form != MentionForm.People && !(c.First > claimFirst && c.First < noun.Last))
            {
                unmarked.Add(c);
            }
        }

        var firstUnmarked = unmarked.Count > 0 ? unmarked[0].Country : null;
        string? SecondUnmarked(string? actor) => OtherParty(unmarked, firstUnmarked, actor);

        switch (relation)
        {
            case "deployment":
            {
                // Forces of mixed nationality have no single side (the spec's convention 5).
                var actor = noun.Mixed ? null : owner ?? source ?? firstUnmarked;
                var recipient = destination ?? SecondUnmarked(actor);
                return (actor, recipient);
            }

            case "supply":
            {
                if (sentence.ReceivesAt(claimFirst))
                {
                    var receiver = firstUnmarked ?? destination;
                    return (source ?? owner ?? SecondUnmarked(receiver), receiver);
                }

                // "entfallen auf Österreich rund 1,35 Milliarden Euro": the share falls to the party that pays it; the
                // document's usual receiver stands in.
                if (destination is not null && sentence.Shares)
                {
                    return (destination, null);
                }

                // "Die Niederlande stellen 700 Millionen Euro bereit, Norwegen finanziert …": the subject of the
                // claim's own clause gives, and the subject of another clause is no receiver.
                var subject = SubjectOfClause(sentence, unmarked, claimFirst);
                // "Die Niederlande beteiligen sich mit 14 Leopard 2A4, die sie von Dänemark geleast hatten": where the giver
                // is named "von"/"aus" only in a relative clause on the goods, and a country opens the claim's own clause as
                // its subject, the relative clause tells the goods' past, and the subject gives.
                if (source is not null && SubjectBeforeRelativeSource(sentence, countries, unmarked, claimFirst) is { } opening)
                {
                    (source, subject) = (null, opening);
                }

                var actor = Accused(sentence, countries, claimFirst) ?? GenitiveGiver(sentence, countries, noun, claimFirst) ?? source ?? owner ?? subject ?? firstUnmarked;
                var parties = PartiesOfClause(sentence, unmarked, claimFirst);
                var recipient = destination ?? (parties.Count == unmarked.Count ? SecondUnmarked(actor)
                    : OtherParty(parties, parties.Count > 0 ? parties[0].Country : null, actor));
                // "Schweden, Norwegen und Dänemark bringen 480 Millionen Dollar auf": a country joined to the giver gives
                // with it, it receives nothing; the document's usual receiver stands in.
                if (destination is null && recipient is not null && actor is not null && JoinedTo(sentence, unmarked, recipient, actor))
                {
                    recipient = null;
                }

                return (actor, recipient == actor ? null : recipient);
            }

            case "losses":
            {
                // "Bei einem russischen Gleitbombenangriff … getötet": the attacker's victims are the other side.
                var attacker = owner is null && !MeasureGroups.Weapons.Contains(noun.Measure) ? Attacker(sentence, countries, claimFirst) : null;
                if (attacker is not null && sentence.Pack.Entities.Opponent(attacker) is { } victims)
                {
                    return (victims, null);
                }

                // "durch russische Störsender zum Absturz gebracht": equipment the jammer's side brought down is the other side's.
                if (owner is null && MeasureGroups.Weapons.Contains(noun.Measure) && Jammer(sentence, countries) is { } jammer
                    && sentence.Pack.Entities.Opponent(jammer) is { } jammed)
                {
                    return (jammed, null);
                }

                // "ukrainische Einheiten zerstörten 137 Kampfpanzer": the side that inflicted the loss
                // is not the side that suffered it.
                var inflicter = owner is null ? Inflicter(sentence, countries, claimFirst, noun.Last) : null;
                if (inflicter is not null && sentence.Pack.Entities.Opponent(inflicter) is { } opponent)
                {
                    return (opponent, null);
                }

                // "seien elf davon in ukrainischen Städten eingeschlagen, 13 weitere habe die Flugabwehr abgefangen": weapons
                // shot down are not of a side whose adjective names the places hit in another clause; the firing side is.
                var nearestSide = Nearest(countries, claimFirst, (sentence, claimFirst, lostEquipment: MeasureGroups.Weapons.Contains(noun.Measure)),
                    static (claim, c) => c.Mention.Form is MentionForm.Adjective or MentionForm.People && c.Role != MentionRole.Opponent
                        && !(claim.lostEquipment && PlaceLinkBefore(claim.sentence, c.First) && !claim.sentence.SameClause(c.First, claim.claimFirst)));
                // "In Kiew wurden zwei Menschen getötet": where nothing else names a side, the place of the
                // dead and wounded does (not of weapons shot down: "über Belgorod abgeschossene Drohnen"); so does a
                // country they are in ("seit Kriegsbeginn seien in der Ukraine mehr als 2.500 Kinder getötet … worden").
                var equipment = MeasureGroups.Weapons.Contains(noun.Measure);
                var place = equipment ? null
                    : Nearest(countries, claimFirst, (sentence, claimFirst), static (claim, c) => (c.Mention.Entity.Kind == EntityKind.Place
                        || (c.Role == MentionRole.Destination && c.Mention.Form == MentionForm.Name)) && claim.sentence.SameClause(c.First, claim.claimFirst));
                // Equipment is lost where it is, not by whoever holds the place ("über Belgorod abgeschossen").
                // A side named in the claim's own clause comes first ("Die russische Seite schweigt; Moskau
                // erklärte, die ukrainische Armee habe 9.000 Soldaten verloren").
                // "Die Luftabwehr habe 164 der Raketen zerstört, viele davon noch außerhalb des israelischen Luftraums": a side
                // where weapons came down, in another clause, is not theirs.
                var holders = equipment
                    ? unmarked.FindAll(c => !(PlaceLinkBefore(sentence, c.First) && !sentence.SameClause(c.First, claimFirst)))
                    : unmarked;
                // "Russland verheizt Menschen, die Nordkoreaner haben … rund 700 Tote zu beklagen": a people noun in the claim's
                // own clause comes before a country named in another.
                var side = FirstInClause(sentence, holders, claimFirst, placesToo: !equipment)
                    ?? PeopleInClause(sentence, countries, claimFirst)
                    ?? (equipment ? FirstOtherThanPlace(holders) : firstUnmarked);
                var loser = owner ?? side ?? nearestSide ?? place;
                // "Mehr als 30 seien in ukrainische Gefangenschaft geraten": the captor is not who lost them; the side
                // the report is about (carried from the sentences before) is. "zwei amerikanische Zerstörer hätten zwölf
                // Raketen abgeschossen": nor is a helper that brought them down and has no single opponent; the side
                // that fired them (carried from the sentences before) is. "31 Tote und 112 Verletzte durch die israelischen
                // Angriffe": nor is an attacker that fights several sides.
                return (loser is not null && (loser == Captor(sentence, countries) || loser == inflicter || loser == attacker) ? null : loser, null);
            }

            case "advance":
            {
                // "russische Truppen rückten … vor": the side whose forces the sentence names;
                // "800 Quadratkilometer russischen Gebiets": land of one side is gained by the other.
                var landOwner = LandOwner(sentence, countries);
                var sides = landOwner is null ? unmarked : unmarked.Where(c => c != landOwner).ToList();
                return (owner ?? ActingSide(sentence, countries) ?? sides.FirstOrDefault()?.Country
                    ?? (landOwner is null ? null : sentence.Pack.Entities.Opponent(landOwner.Country)), null);
            }

            case "capability":
                return (noun.System?.Country ?? owner ?? firstUnmarked, null);

            default:
            {
                // "Angriff mit zwei KN-23 auf Charkiw": weapons fired at a side are fired by its opponent.
                // "Die Russen verschießen …": a people noun as the subject fires.
                var target = owner is null && firstUnmarked is null && sentence.HasRelation("fired") ? destination : null;
                var people = countries.FirstOrDefault(c => c.Role == MentionRole.Unmarked && c.Mention.Form == MentionForm.People)?.Country;
                // "…, zeigen die Zahlen der ukrainischen Luftwaffe: Allein im Januar habe Russland … abgefeuert": the side named in
                // the clause that fires or makes the weapons, before one named in another clause; and before the makers'
                // adjective on them ("Russland habe … 45 nordkoreanische Raketen abgefeuert"), unless that names the side
                // the clause's subject fights ("Die Ukraine wurde mit 300 russischen Drohnen angegriffen").
                // "… zählt mindestens 90 nordkoreanische Raketen, die Russland auf ukrainische Städte abgefeuert habe": the firing
                // verb and its subject may stand in a relative clause right after the counted weapons.
                var firingAt = FiresOrMakesInClause(sentence, claimFirst) ? claimFirst : FiringRelativeClause(sentence, claimFirst);
                // A speaking subject only where the weapons carry no maker's adjective ("Die Ukraine hat nach eigenen Angaben
                // Trümmer von über 200 nordkoreanischen Raketen gefunden" speaks of others' weapons).
                var clauseSide = firingAt >= 0
                    ? Accused(sentence, countries, claimFirst) ?? FirstInClause(sentence, unmarked, firingAt, placesToo: false) ?? (owner is null ? SpeakingSubjectInClause(sentence, countries, firingAt) : null)
                    : null;
                if (clauseSide is not null && owner is not null && (owner == clauseSide || sentence.Pack.Entities.Opponent(clauseSide) == owner))
                {
                    clauseSide = null;
                }

                // "Die Produktion von Artilleriegranaten liegt in der EU … bei rund zwei Millionen Schuss": where weapons are made, who makes them.
                var madeIn = MakesInClause(sentence, claimFirst) ? Nearest(countries, claimFirst, (sentence, claimFirst),
                    static (claim, c) => c.Role == MentionRole.Destination && claim.sentence.SameClause(c.First, claim.claimFirst)) : null;
                // "In Russland entstehen … rund 5.000 Drohnen vom Typ Geran-2, eine Kopie der iranischen Shahed-136": the place
                // of making comes before an adjective on the weapons or a country elsewhere in the sentence.
                // "Die ukrainische Armee verschießt nach eigenen Angaben etwa 6.000 Granaten am Tag": a source that is the
                // clause's subject (a party) fires when its clause fires and no other side is named (not "schoss die Luftwaffe nach
                // eigenen Angaben 112 von 137 angreifenden Drohnen ab": the attackers fire those).
                // "Nach Angaben aus Kiew verschießen die Streitkräfte täglich etwa 6.000 Granaten, die russische Seite deutlich
                // mehr": where the claim's clause fires, a side named only in a later clause is that clause's, not the firer.
                var otherSide = firingAt >= 0 ? FirstNotAfterClause(sentence, unmarked, claimFirst) : firstUnmarked;
                return (clauseSide ?? madeIn ?? owner ?? otherSide ?? people ?? (firingAt >= 0 ? source : null) ?? (target is null ? null : sentence.Pack.Entities.Opponent(target)), null);
            }
        }
    }

    /// <summary>"Die Ukraine wirft Nordkorea vor, Russland 50 Haubitzen geliefert zu haben": the country accused in the clause
    /// before the claim's infinitive clause (the first party after the accusing verb, <see cref="SentenceContext.AccusingObjectBefore"/>;
    /// the accuser is a source, no party) is that clause's subject.</summary>
    private static string? Accused(SentenceContext sentence, List<CountryMention> countries, int claimFirst)
    {
        if (sentence.AccusingObjectBefore(claimFirst) is var (first, last))
        {
            foreach (var country in countries)
            {
                if (country.First >= first && country.First <= last)
                {
                    return country.Country;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The side that inflicted a loss: with an infliction verb in the claim's clause, the nearest
    /// country outside the counted phrase that is its subject or its agent ("von/durch …"), not a place.
    /// </summary>
    private static string? Inflicter(SentenceContext sentence, List<CountryMention> countries, int claimFirst, int claimLast)
    {
        // The verb, not a participle inside the counted phrase ("45.000 getötete Soldaten"), nor a noun made of one
        // ("die russischen Verluste an Getöteten und Verwundeten": Russia lost them, it did not inflict them).
        // "Die Armee habe sieben Panzer, darunter zwei Leopard, vernichtet": the verb after a subset set off by commas is the clause's.
        var inflicted = false;
        var resumed = sentence.Inflictions.Count > 0 ? sentence.ResumedAfterSubset(claimFirst) : -1;
        foreach (var cue in sentence.Inflictions)
        {
            if ((cue.First < claimFirst || cue.First > claimLast) && (cue.First == 0 || !sentence.Tokens.IsCapitalized(cue.First))
                && (sentence.SameClause(cue.First, claimFirst) || sentence.SameClause(cue.First, claimLast) || sentence.ClauseOf[cue.First] == resumed))
            {
                inflicted = true;
                break;
            }
        }

        if (!inflicted)
        {
            return null;
        }

        CountryMention? best = null;
        for (var k = 0; k < countries.Count; k++)
        {
            var country = countries[k];
            if (country.Role is not (MentionRole.Unmarked or MentionRole.Source) || country.Mention.Entity.Kind == EntityKind.Place
                || (country.First >= claimFirst && country.First <= claimLast)
                || CountsWithNumber(sentence, country)
                || !(sentence.SameClause(country.First, claimFirst) || sentence.SameClause(country.First, claimLast))
                || CoordinatedWithLost(sentence, country.First, claimLast))
            {
                continue;
            }

            if (best is null || Math.Abs(country.First - claimFirst) < Math.Abs(best.First - claimFirst))
            {
                best = country;
            }
        }

        return best?.Country;
    }

    /// <summary>
    /// "1.140 Drohnen vom Typ Shahed und deren russischen Nachbau zerstört": a country after the counted phrase, in a noun
    /// phrase joined to it by a conjunction (behind determiners, no comma between), describes more of what was lost; it
    /// did not inflict the loss.
    /// </summary>
    private static bool CoordinatedWithLost(SentenceContext sentence, int mentionFirst, int claimLast)
    {
        if (mentionFirst <= claimLast + 1)
        {
            return false;
        }

        var text = sentence.Tokens;
        var grammar = sentence.Pack.Grammar;
        var i = mentionFirst - 1;
        while (i > claimLast && text.Tokens[i].IsWord && grammar.Determiners.Contains(text.Lower[i]))
        {
            i--;
        }

        if (i <= claimLast || !text.Tokens[i].IsWord || !grammar.Conjunctions.Contains(text.Lower[i]))
        {
            return false;
        }

        for (var k = claimLast + 1; k < i; k++)
        {
            if (text.IsSymbol(k, ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A country adjective on a noun for an attack in the claim's sentence ("bei einem russischen Drohnenangriff"): the attacker.</summary>
    internal static string? Attacker(SentenceContext sentence, List<CountryMention> countries, int claimFirst)
    {
        var text = sentence.Tokens;
        foreach (var country in countries)
        {
            var next = country.Mention.Last + 1;
            if (country.Mention.Form == MentionForm.Adjective && next < text.Count && country.First != claimFirst
                && WordEndings.EndsWithAny(text.Lower[next], sentence.Pack.Cues.AttackNouns)
                && AfterAttackPreposition(sentence, country.First))
            {
                return country.Country;
            }
        }

        return null;
    }

    /// <summary>A country adjective on a noun of jamming in the claim's sentence ("durch russische Störsender"): the jamming side.</summary>
    private static string? Jammer(SentenceContext sentence, List<CountryMention> countries) =>
        AdjectiveOn(sentence, countries, sentence.Pack.Cues.JammingNouns);

    /// <summary>A country adjective on a noun of captivity in the claim's sentence ("in ukrainische Gefangenschaft geraten"): the captor.</summary>
    private static string? Captor(SentenceContext sentence, List<CountryMention> countries) =>
        AdjectiveOn(sentence, countries, sentence.Pack.Cues.CaptivityNouns);

    /// <summary>The country of the first country adjective right before a noun ending in one of <paramref name="nounEndings"/>.</summary>
    private static string? AdjectiveOn(SentenceContext sentence, List<CountryMention> countries, IReadOnlyList<string> nounEndings)
    {
        var text = sentence.Tokens;
        foreach (var country in countries)
        {
            var next = country.Mention.Last + 1;
            if (country.Mention.Form == MentionForm.Adjective && next < text.Count && WordEndings.EndsWithAny(text.Lower[next], nounEndings))
            {
                return country.Country;
            }
        }

        return null;
    }

    /// <summary>Whether the phrase at <paramref name="adjective"/> follows an attack preposition, behind its determiners
    /// and up to two other adjectives ("bei einem", "bei neuen russischen Luftangriffen").</summary>
    private static bool AfterAttackPreposition(SentenceContext sentence, int adjective)
    {
        var text = sentence.Tokens;
        var adjectives = 0;
        for (var i = adjective - 1; i >= 0; i--)
        {
            var lower = text.Lower[i];
            if (sentence.Pack.Cues.AttackPrepositions.Contains(lower))
            {
                return true;
            }

            var skipped = sentence.Pack.Grammar.Determiners.Contains(lower)
                || (adjectives++ < 2 && text.Tokens[i].IsWord && !text.IsCapitalized(i)
                    && WordEndings.EndsWithAny(lower, sentence.Pack.Grammar.AdjectiveEndings, minStem: 2));
            if (!skipped)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A country adjective before a noun for land, or a country genitive after one ("russischen Gebiets", "Gebiet Russlands").</summary>
    private static bool IsLandOwner(SentenceContext sentence, CountryMention country)
    {
        var text = sentence.Tokens;
        var territory = sentence.Pack.Measures.TerritoryNouns;
        var next = country.Mention.Last + 1;
        var previous = country.Mention.First - 1;
        return (country.Mention.Form == MentionForm.Adjective && next < text.Count && territory.Contains(text.Lower[next]))
            || (country.Mention.Form == MentionForm.Genitive && previous >= 0 && territory.Contains(text.Lower[previous]));
    }

    /// <summary>
    /// A country adjective before a word for forces ("russische Truppen", "ukrainische Einheiten"); else a people's name with no
    /// preposition before it ("Dort sollen die Russen … bis zu vier Kilometer vorgerückt sein": the people stand for its army).
    /// </summary>
    public static string? ActingSide(SentenceContext sentence, List<CountryMention> countries)
    {
        var text = sentence.Tokens;
        string? people = null;
        for (var k = 0; k < countries.Count; k++)
        {
            var country = countries[k];
            var next = country.Mention.Last + 1;
            if (country.Mention.Form == MentionForm.Adjective && next < text.Count && text.IsCapitalized(next)
                && WordEndings.EndsWithAny(text.Lower[next], sentence.Pack.Grammar.AgentHeads))
            {
                return country.Country;
            }

            if (people is null && country.Mention.Form == MentionForm.People && country.Role == MentionRole.Unmarked)
            {
                people = country.Country;
            }
        }

        return people;
    }

    /// <summary>
    /// An adjective or a people's name that belongs to another counted phrase ("320 ukrainische Soldaten", "etwa 1.200
    /// Nordkoreaner getötet und knapp 2.800 verletzt"): the people counted are no subject inflicting the loss.
    /// </summary>
    private static bool CountsWithNumber(SentenceContext sentence, CountryMention country)
    {
        var text = sentence.Tokens;
        if (country.Mention.Form is not (MentionForm.Adjective or MentionForm.People))
        {
            return false;
        }

        for (var i = country.First - 1; i >= 0 && i >= country.First - 2; i--)
        {
            if (text.Tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest place named in the claim's clause ("bei Pokrowsk", "in der Region Kursk").</summary>
    public string? LocationOf(SentenceContext sentence, List<CountryMention> countries, int claimFirst)
    {
        // The nearest destination place; the first named among equally near ones.
        CountryMention? place = null;
        foreach (var c in countries)
        {
            if (c.Mention.Entity.Kind == EntityKind.Place && c.Role == MentionRole.Destination
                && (place is null || Math.Abs(c.First - claimFirst) < Math.Abs(place.First - claimFirst)))
            {
                place = c;
            }
        }

        return place?.Mention.Entity.Name;
    }

    /// <summary>
    /// The other party among the unmarked mentions: the first one when the actor came from elsewhere
    /// ("aus Nordkorea", a committing source), else the second.
    /// </summary>
    private static string? OtherParty(List<CountryMention> unmarked, string? firstUnmarked, string? actor)
    {
        if (actor != firstUnmarked)
        {
            return FirstOtherThan(unmarked, 0, actor, null);
        }

        return FirstOtherThan(unmarked, 0, actor, firstUnmarked) ?? FirstOtherThan(unmarked, 1, actor, null);
    }

    /// <summary>The mentions that may be parties of a claim: those of its clause and those that are no other clause's subject.</summary>
    private static List<CountryMention> PartiesOfClause(SentenceContext sentence, List<CountryMention> mentions, int claimFirst)
    {
        var parties = new List<CountryMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (sentence.SameClause(mention.First, claimFirst) || !OpensClause(sentence, mention.Mention))
            {
                parties.Add(mention);
            }
        }

        return parties;
    }

    /// <summary>The country that opens the claim's own clause as its subject, when another clause names one too.</summary>
    private static string? SubjectOfClause(SentenceContext sentence, List<CountryMention> mentions, int claimFirst)
    {
        var elsewhere = false;
        foreach (var mention in mentions)
        {
            elsewhere |= !sentence.SameClause(mention.First, claimFirst);
        }

        if (!elsewhere)
        {
            return null;
        }

        foreach (var mention in mentions)
        {
            if (sentence.SameClause(mention.First, claimFirst) && OpensClause(sentence, mention.Mention))
            {
                return mention.Country;
            }
        }

        return null;
    }

    /// <summary>"in der EU" in a clause that makes weapons: the place they are made in (so the EU is a party there).</summary>
    private static bool PlaceOfMaking(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        var i = mention.First - 1;
        while (i >= 0 && text.Tokens[i].IsWord && sentence.Pack.Grammar.Determiners.Contains(text.Lower[i]))
        {
            i--;
        }

        return i >= 0 && text.Lower[i] == "in" && MakesInClause(sentence, mention.First);
    }

    /// <summary>
    /// Whether the clause of token <paramref name="at"/> states what is made: a cue of making ("hergestellt") in it, or a
    /// noun of making that opens it as its subject ("Die Produktion von Artilleriegranaten liegt … bei …").
    /// </summary>
    internal static bool MakesInClause(SentenceContext sentence, int at)
    {
        if (sentence.HasRelationInClause("produced", at))
        {
            return true;
        }

        var text = sentence.Tokens;
        var (first, last) = sentence.ClauseBounds(at);
        while (first <= last && (!text.Tokens[first].IsWord || sentence.Pack.Grammar.Determiners.Contains(text.Lower[first])))
        {
            first++;
        }

        if (first <= last && sentence.Pack.Cues.ProductionNouns.Contains(text.Lower[first]))
        {
            return true;
        }

        // "Das neue Werk soll etwa 350.000 Granaten pro Jahr liefern": a plant opening the clause as its subject (after
        // adjectives) makes what it delivers, unless the clause says where the goods go ("… an die Ukraine geliefert").
        var subject = first;
        while (subject < at && subject <= last && text.Tokens[subject].IsWord && !text.IsCapitalized(subject))
        {
            subject++;
        }

        if (subject < at && sentence.Pack.Cues.PlantNouns.Contains(text.Lower[subject]) && !NamesDestination(sentence, subject, last))
        {
            return true;
        }

        // "Der Militärgeheimdienst beziffert die monatliche Produktion von Angriffsdrohnen … auf mehr als 2.600 Stück": a noun of
        // making as the object, tied to the number by an amount preposition, states what is made too ("aus tschechischer
        // Produktion" after the number, "finanziert die Produktion von 18 Haubitzen" with no such preposition, do not).
        var making = false;
        for (var i = first; i < at && i <= last; i++)
        {
            if (!text.Tokens[i].IsWord)
            {
                continue;
            }

            if (text.IsCapitalized(i) && sentence.Pack.Cues.ProductionNouns.Contains(text.Lower[i]))
            {
                making = true;
                // "eine Kapazität von 450.000 Granaten": a capacity's amount right after "von" is what can be made.
                if (sentence.Pack.Cues.CapacityNouns.Contains(text.Lower[i]) && i + 2 == at && sentence.Pack.Cues.CountLinks.Contains(text.Lower[i + 1]))
                {
                    return true;
                }
            }
            else if (making && sentence.Pack.Cues.AmountLinks.Contains(text.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the clause from <paramref name="from"/> to <paramref name="last"/> names where goods go: a country in
    /// the role a destination preposition gives it ("an die Ukraine", "nach Russland"; <see cref="PrepositionRoleOf"/>).</summary>
    private static bool NamesDestination(SentenceContext sentence, int from, int last)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.First > from && mention.Last <= last && mention.Entity.Kind == EntityKind.Country
                && PrepositionRoleOf(sentence, mention) == MentionRole.Destination)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cue of firing or making weapons ("abgefeuert", "stellt … her", "eingesetzt") stands in the claim's clause.</summary>
    private static bool FiresOrMakesInClause(SentenceContext sentence, int claimFirst)
    {
        foreach (var cue in sentence.Relations)
        {
            if ((sentence.FiresWeapons(cue) || cue.Value == "produced") && sentence.SameClause(cue.First, claimFirst))
            {
                return true;
            }
        }

        return MakesInClause(sentence, claimFirst);
    }

    /// <summary>
    /// The first word of a relative clause that opens right after the claim's clause ends ("…, die Russland … abgefeuert
    /// habe", "…, mit denen Russland Ziele … beschossen habe": the means, `instrument_prepositions`) and fires weapons; -1
    /// where there is none.
    /// </summary>
    public static int FiringRelativeClause(SentenceContext sentence, int claimFirst)
    {
        var opener = RelativeClauseAfter(sentence, claimFirst);
        if (opener < 0)
        {
            opener = MeansRelativeClauseAfter(sentence, claimFirst);
        }

        if (opener < 0)
        {
            return -1;
        }

        foreach (var cue in sentence.Relations)
        {
            // Not a verb of making: "mehr als 5.000 Flugabwehrraketen …, die in Belfast gebaut werden" are still bought.
            if (sentence.FiresWeapons(cue) && sentence.SameClause(cue.First, opener))
            {
                return opener;
            }
        }

        return -1;
    }

    /// <summary>
    /// "… von 2.000 bis 2.400 Shahed-Drohnen aus, die Russland monatlich fertigen könne": the relative clause on the counted
    /// weapons that says who makes them; its opener, or -1. The caller asks it only where the claim's clause supplies nothing
    /// ("mehr als 5.000 Flugabwehrraketen kaufen, die in Belfast gebaut werden" are still bought).
    /// </summary>
    public static int MakingRelativeClause(SentenceContext sentence, int claimFirst)
    {
        var opener = RelativeClauseAfter(sentence, claimFirst);
        if (opener < 0)
        {
            return -1;
        }

        // The maker is a country named in the clause ("die Russland … fertigen könne"); goods a company makes or a city
        // ("die in Belfast gebaut werden", "die der Hersteller KNDS neu baut") are still given, and so are goods made in a
        // country named after "in" ("18 Radhaubitzen … an, die in Frankreich gebaut werden": where, not who).
        var maker = false;
        for (var i = opener + 1; i < sentence.Tokens.Count && sentence.SameClause(i, opener) && !maker; i++)
        {
            maker = sentence.MentionAt[i] is { Entity.Kind: EntityKind.Country, Form: MentionForm.Name }
                && !(i > 0 && sentence.Pack.Grammar.ScenePrepositions.Contains(sentence.Tokens.Lower[i - 1]));
        }

        if (!maker)
        {
            return -1;
        }

        foreach (var cue in sentence.Relations)
        {
            if (cue.Value == "produced" && sentence.SameClause(cue.First, opener))
            {
                return opener;
            }
        }

        return -1;
    }

    /// <summary>
    /// The country opening the claim's clause as its subject, where every country named as a source ("von Dänemark") stands
    /// in the relative clause right after the claim's clause; else null.
    /// </summary>
    private static string? SubjectBeforeRelativeSource(SentenceContext sentence, List<CountryMention> countries, List<CountryMention> unmarked, int claimFirst)
    {
        var opener = RelativeClauseAfter(sentence, claimFirst);
        if (opener < 0)
        {
            return null;
        }

        foreach (var mention in countries)
        {
            if (mention.Role == MentionRole.Source && !sentence.SameClause(mention.First, opener))
            {
                return null;
            }
        }

        foreach (var mention in unmarked)
        {
            if (sentence.SameClause(mention.First, claimFirst) && OpensClause(sentence, mention.Mention))
            {
                return mention.Country;
            }
        }

        return null;
    }

    /// <summary>
    /// The first word (a determiner standing as relative pronoun) of a clause that opens with a comma right after the
    /// clause of the given word ends ("…, die seit Februar 2022 gefallen sind"); -1 where there is none.
    /// </summary>
    public static int RelativeClauseAfter(SentenceContext sentence, int index)
    {
        var tokens = sentence.Tokens;
        var comma = sentence.ClauseBounds(index).Last + 1;
        var opener = comma + 1;
        return opener >= tokens.Count || !tokens.IsSymbol(comma, ',') || !sentence.Pack.Grammar.Determiners.Contains(tokens.Lower[opener])
            || !sentence.SameClause(comma, opener) ? -1 : opener;
    }

    /// <summary>
    /// The preposition of the means opening, before a relative pronoun, a clause with a comma right after the clause of the
    /// given word ends ("…, mit denen Russland … beschossen habe"); -1 where there is none.
    /// </summary>
    private static int MeansRelativeClauseAfter(SentenceContext sentence, int index)
    {
        var tokens = sentence.Tokens;
        var comma = sentence.ClauseBounds(index).Last + 1;
        var opener = comma + 1;
        var grammar = sentence.Pack.Grammar;
        return opener + 1 >= tokens.Count || !tokens.IsSymbol(comma, ',') || !grammar.InstrumentPrepositions.Contains(tokens.Lower[opener])
            || !grammar.RelativePronouns.Contains(tokens.Lower[opener + 1]) || !sentence.SameClause(comma, opener + 1) ? -1 : opener;
    }

    private static string? FirstNotAfterClause(SentenceContext sentence, List<CountryMention> mentions, int claimFirst)
    {
        var clause = sentence.ClauseOf[claimFirst];
        foreach (var mention in mentions)
        {
            if (sentence.ClauseOf[mention.First] <= clause)
            {
                return mention.Country;
            }
        }

        return null;
    }

    /// <summary>The country of the first people noun ("die Nordkoreaner") of the claim's clause that is no party of another role.</summary>
    private static string? PeopleInClause(SentenceContext sentence, List<CountryMention> countries, int claimFirst)
    {
        foreach (var mention in countries)
        {
            if (mention is { Role: MentionRole.Unmarked, Mention.Form: MentionForm.People } && sentence.SameClause(mention.First, claimFirst))
            {
                return mention.Country;
            }
        }

        return null;
    }

    private static string? FirstInClause(SentenceContext sentence, List<CountryMention> mentions, int claimFirst, bool placesToo)
    {
        foreach (var mention in mentions)
        {
            if (sentence.SameClause(mention.First, claimFirst) && (placesToo || mention.Mention.Entity.Kind != EntityKind.Place))
            {
                return mention.Country;
            }
        }

        return null;
    }

    /// <summary>
    /// A source that is also the subject of the clause that fires or makes the weapons ("Raytheon produziert nach eigenen
    /// Angaben … 650 Raketen", "Russland hat nach eigenen Angaben … abgefeuert"): the side that fires or makes them.
    /// </summary>
    private static string? SpeakingSubjectInClause(SentenceContext sentence, List<CountryMention> countries, int at)
    {
        foreach (var country in countries)
        {
            if (country.Role == MentionRole.Source && country.Mention.Entity.Kind != EntityKind.Place && sentence.SameClause(country.First, at))
            {
                return country.Country;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a mention of one country is joined to one of another by commas and conjunctions only
    /// ("Schweden, Norwegen und Dänemark"): the two are one party of the clause.
    /// </summary>
    private static bool JoinedTo(SentenceContext sentence, List<CountryMention> mentions, string country, string other)
    {
        var text = sentence.Tokens;
        var conjunctions = sentence.Pack.Grammar.Conjunctions;
        for (var m = 1; m < mentions.Count; m++)
        {
            if (mentions[m].Country != country && mentions[m].Country != other)
            {
                continue;
            }

            // Walk back over the chain of names joined to this one.
            for (var k = m; k >= 1; k--)
            {
                var gap = mentions[k].First - 1;
                var joined = gap == mentions[k - 1].Mention.Last + 1
                    && (text.IsSymbol(gap, ',') || (text.Tokens[gap].IsWord && conjunctions.Contains(text.Lower[gap])));
                if (!joined)
                {
                    break;
                }

                var pair = mentions[k - 1].Country;
                if ((mentions[m].Country == country && pair == other) || (mentions[m].Country == other && pair == country))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? FirstOtherThanPlace(List<CountryMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Mention.Entity.Kind != EntityKind.Place)
            {
                return mention.Country;
            }
        }

        return null;
    }

    private static string? FirstOtherThan(List<CountryMention> mentions, int from, string? one, string? another)
    {
        for (var i = from; i < mentions.Count; i++)
        {
            var country = mentions[i].Country;
            if (country != one && country != another)
            {
                return country;
            }
        }

        return null;
    }

    private static CountryMention? LandOwner(SentenceContext sentence, List<CountryMention> countries)
    {
        foreach (var country in countries)
        {
            if (IsLandOwner(sentence, country))
            {
                return country;
            }
        }

        return null;
    }

    // The state is passed to the predicate, so no closure is allocated per claim.
    /// <summary>
    /// Whether a spaced dash or a comma and a conjunction stand between the claim and a later token: a main clause of its own
    /// ("… 1.000 Lenkflugkörpern halte ich für zu hoch – …, und auch die Nachlieferungen aus den USA laufen schleppend"), whose
    /// "aus den USA" says where other goods come from.
    /// </summary>
    private static bool AfterClauseDash(SentenceContext sentence, int claimFirst, int at)
    {
        var text = sentence.Tokens;
        for (var i = claimFirst + 1; i < at; i++)
        {
            // A dash is a hyphen with a space on either side (the normalized text writes dashes as hyphens) before a word, not
            // a range's connector before a number.
            if (text.IsSymbol(i, '-') && !text.Tokens[i].Joined && i + 1 < at && !text.Tokens[i + 1].Joined && text.Tokens[i + 1].IsWord)
            {
                return true;
            }

            if (text.IsSymbol(i, ',') && i + 1 < at && text.Tokens[i + 1].IsWord && sentence.Pack.Grammar.Conjunctions.Contains(text.Lower[i + 1]))
            {
                return true;
            }

            // "… liefert Russland 500 Raketen und bekommt im Gegenzug Technologie aus Moskau": a conjunction that opens a
            // clause of its own (SentenceContext.OpensCoordinatedClause).
            if (sentence.IsCoordinatingConjunction(i))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Nearest<TState>(List<CountryMention> countries, int index, TState state, Func<TState, CountryMention, bool> predicate)
    {
        CountryMention? best = null;
        for (var i = 0; i < countries.Count; i++)
        {
            var country = countries[i];
            if (predicate(state, country) && (best is null || Math.Abs(country.First - index) < Math.Abs(best.First - index)))
            {
                best = country;
            }
        }

        return best?.Country;
    }

    private static MentionRole RoleOf(SentenceContext sentence, EntityMention mention)
    {
        var role = PrepositionRoleOf(sentence, mention);
        if (role == MentionRole.Unmarked && mention.Form == MentionForm.Name && PartOfPlaceRole(sentence, mention.First) is { } part && CountsDeployment(sentence))
        {
            return part;
        }

        return role == MentionRole.Unmarked && IsDative(sentence, mention) ? MentionRole.Destination : role;
    }

    /// <summary>
    /// "…, die im Süden der Ukraine eingesetzt seien": in a sentence that counts a deployment, a country named in the genitive of
    /// a part of a place after a preposition of destination is where the troops are, not whose (de-251); elsewhere the name
    /// stays unmarked and votes for the document's usual side ("An der Front im Süden der Ukraine gerät die Verteidigung unter
    /// Druck", de-161). Asked only after such a genitive was found (rare), so its loops cost nothing.
    /// </summary>
    private static bool CountsDeployment(SentenceContext sentence)
    {
        if (!sentence.HasRelation("deployment"))
        {
            return false;
        }

        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (sentence.IsNumeral(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "medizinische Güter im Osten des Landes": a word for a country starting at <paramref name="first"/> in the genitive of
    /// a noun for a part of a place takes the role of the preposition before that noun; null where no such noun and
    /// preposition stand before it. Asked only for country anaphors (a name there, "im Süden der Ukraine", stays unmarked:
    /// as the giver's or the deploying side's own country it votes for the document's usual side, de-161).
    /// </summary>
    internal static MentionRole? PartOfPlaceRole(SentenceContext sentence, int first)
    {
        var text = sentence.Tokens;
        var grammar = sentence.Pack.Grammar;
        var part = first - 1;
        if (part >= 0 && text.Tokens[part].IsWord && grammar.Determiners.Contains(text.Lower[part]))
        {
            part--;
        }

        if (part < 1 || !text.Tokens[part].IsWord || !text.IsCapitalized(part) || !grammar.PlacePartNouns.Contains(text.Lower[part]))
        {
            return null;
        }

        // "aus dem Süden": a determiner may stand between the preposition and the noun.
        var preposition = part - 1;
        if (preposition > 0 && grammar.Determiners.Contains(text.Lower[preposition]))
        {
            preposition--;
        }

        return grammar.RolePrepositions.TryGetValue(text.Lower[preposition], out var role)
            ? role switch { "source" => MentionRole.Source, "destination" => MentionRole.Destination, _ => null }
            : null;
    }

    /// <summary>"will der Ukraine … überlassen": a country name in the dative receives.</summary>
    private static bool IsDative(SentenceContext sentence, EntityMention mention) =>
        mention.Form == MentionForm.Name && sentence.FollowsDativeArticle(mention);

    private static MentionRole PrepositionRoleOf(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        // Walk back over determiners and adjectives to the preposition, if any.
        for (var i = mention.First - 1; i >= 0 && mention.First - i <= 4; i--)
        {
            if (!text.Tokens[i].IsWord)
            {
                if (text.IsSymbol(i, '"'))
                {
                    continue;
                }

                break;
            }

            var lower = text.Lower[i];
            // "mit Dänemark und den Niederlanden": the second country plays the part of the first.
            if (i > 0 && sentence.Pack.Grammar.Conjunctions.Contains(lower) && sentence.MentionAt[i - 1] is { Entity.Country: not null } before)
            {
                return PrepositionRoleOf(sentence, before);
            }

            if (i > 0 && sentence.Pack.Grammar.FightLinks.NamesOpponent(text.Lower[i - 1], lower))
            {
                return MentionRole.Opponent;
            }

            // "der Gegner habe vor Lyman etwa 15.000 Soldaten zusammengezogen": a town or region right after a preposition that
            // only places is where the claim happens, as after "in"; never a country's name ("Schutz vor Russland").
            if (i == mention.First - 1 && mention.Form == MentionForm.Place && sentence.Pack.Grammar.PlacePrepositions.Contains(lower))
            {
                return MentionRole.Destination;
            }

            if (sentence.Pack.Grammar.RolePrepositions.TryGetValue(lower, out var role))
            {
                // "Die Regierung in Stockholm beschloss ein Paket": a place right after a government body and its place
                // link says whose body it is; the body acts, it is no destination.
                if (i == mention.First - 1 && IsGovernmentBodyAt(sentence, i))
                {
                    return MentionRole.Unmarked;
                }

                // "gegen Truppen aus der Ukraine": the source of the other side's troops is the other side.
                if (role == "source" && IsAfterOpponentNoun(sentence, i))
                {
                    return MentionRole.Opponent;
                }

                // "zur „Befreiung“ von Kursk entsandt": after a noun of taking or holding ground, "von" names the place
                // fought over, where the forces go, not where they come from.
                if (role == "source" && IsAfterGroundNoun(sentence, i))
                {
                    return MentionRole.Destination;
                }

                // "Granaten … bei Rheinmetall geordert": an arms maker after a preposition of destination is where an
                // order goes, the seller; a maker never receives what a party gives.
                if (role == "destination" && mention.Entity.Maker)
                {
                    return MentionRole.Company;
                }

                return role switch
                {
                    "source" => MentionRole.Source,
                    "destination" => MentionRole.Destination,
                    "opponent" => MentionRole.Opponent,
                    "company" => MentionRole.Company,
                    _ => MentionRole.Unmarked,
                };
            }

            // "das Programm, für das der Bund … 5 Milliarden Franken reserviert hat": a determiner right before the name's own
            // is a relative pronoun the preposition governs; the name opens the relative clause and takes no role from it.
            if (sentence.Pack.Grammar.Determiners.Contains(lower) && sentence.Pack.Grammar.Determiners.Contains(text.Lower[i + 1])
                && i > 0 && sentence.Pack.Grammar.RolePrepositions.ContainsKey(text.Lower[i - 1]) && text.IsSymbol(i - 2, ','))
            {
                return MentionRole.Unmarked;
            }

            if (sentence.Pack.Grammar.Determiners.Contains(lower) || (!text.IsCapitalized(i) && lower.Length > 3 && lower[^1] is 'e' or 'n' or 'r' or 's' or 'm'))
            {
                continue;
            }

            // "für den Wiederaufbau der Ukraine": the genitive of a noun after a preposition of benefit receives;
            // so does a country after a noun for its supporters ("die europäischen Staaten der Ukraine", "Die Unterstützer der Ukraine haben … zugesagt").
            if (i == mention.First - 2 && text.IsCapitalized(i) && sentence.MentionAt[i] is null
                && sentence.Pack.Grammar.Determiners.Contains(text.Lower[i + 1])
                && (BenefitsFrom(sentence, i) || sentence.Pack.Grammar.SupporterNouns.Contains(text.Lower[i])))
            {
                return MentionRole.Destination;
            }

            // "aus dem russischen Belgorod": an adjective of the same phrase; "Region Kursk", "Oblast Kursk":
            // a capitalised word of the same phrase, right before the name. Another name ends the walk
            // ("in Kiew verlor Russland": the preposition is Kiew's), and so does a noun before an adjective that
            // cannot be its genitive ("für die vergangene Woche russische Gewinne", not "für die Ausbildung ukrainischer Piloten").
            if (sentence.MentionAt[i] is { } other ? other.Form is MentionForm.Adjective or MentionForm.Genitive
                : text.IsCapitalized(i) && i == mention.First - 1 && !(mention.Form == MentionForm.Adjective && text.Lower[mention.Last].EndsWith('e')))
            {
                continue;
            }

            break;
        }

        return MentionRole.Unmarked;
    }

    /// <summary>Whether a preposition of where weapons came down stands right before the mention or one word before it ("in ukrainischen
    /// Städten", "in den ukrainischen", "außerhalb des israelischen Luftraums").</summary>
    private static bool PlaceLinkBefore(SentenceContext sentence, int first)
    {
        var links = sentence.Pack.Grammar.AirspacePrepositions;
        var lower = sentence.Tokens.Lower;
        return (first > 0 && links.Contains(lower[first - 1])) || (first > 1 && links.Contains(lower[first - 2]));
    }

    /// <summary>Whether token <paramref name="link"/> is a place link ("in") right after a government body ("Regierung", "Verteidigungsministerium").</summary>
    private static bool IsGovernmentBodyAt(SentenceContext sentence, int link)
    {
        var text = sentence.Tokens;
        return link > 0 && sentence.Pack.Attribution.PlaceLinks.Contains(text.Lower[link]) && text.IsCapitalized(link - 1)
            && sentence.MentionAt[link - 1] is null
            && sentence.Pack.Attribution.Institutions.TryMatch(text.Lower[link - 1], out var institution, out _)
            && institution.SourceType == "government";
    }

    /// <summary>Whether the noun at <paramref name="noun"/> follows a preposition of benefit, behind its determiners and adjectives.</summary>
    private static bool BenefitsFrom(SentenceContext sentence, int noun)
    {
        var text = sentence.Tokens;
        for (var i = noun - 1; i >= 0 && noun - i <= 3; i--)
        {
            var lower = text.Lower[i];
            if (sentence.Pack.Grammar.BeneficiaryPrepositions.Contains(lower))
            {
                return true;
            }

            if (!text.Tokens[i].IsWord || text.IsCapitalized(i) || !(sentence.Pack.Grammar.Determiners.Contains(lower) || lower.Length > 3))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a noun of taking or holding ground (`ground_nouns`), perhaps in quotation marks, stands right before the preposition.</summary>
    private static bool IsAfterGroundNoun(SentenceContext sentence, int preposition)
    {
        var text = sentence.Tokens;
        var noun = preposition - 1;
        while (noun > 0 && !text.Tokens[noun].IsWord && text.IsSymbol(noun, '"'))
        {
            noun--;
        }

        return noun >= 0 && text.Tokens[noun].IsWord && sentence.Pack.Grammar.GroundNouns.Contains(text.Lower[noun]);
    }

    private static bool IsAfterOpponentNoun(SentenceContext sentence, int preposition)
    {
        var text = sentence.Tokens;
        var noun = preposition - 1;
        if (noun < 1 || !text.IsCapitalized(noun))
        {
            return false;
        }

        for (var i = noun - 1; i >= Math.Max(0, noun - 3); i--)
        {
            if (sentence.Pack.Grammar.RolePrepositions.TryGetValue(text.Lower[i], out var role))
            {
                return role == "opponent";
            }
        }

        return false;
    }

    /// <summary>Whether a source phrase starts in the clause of token <paramref name="index"/>.</summary>
    private static bool AnySourceInClause(SentenceContext sentence, List<SourcePhrase> sources, int index)
    {
        foreach (var source in sources)
        {
            if (sentence.SameClause(source.First, index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"…, sagte ein Sprecher am Montag in Seoul": the place a source spoke in, in a clause that counts nothing.</summary>
    private static bool WhereSaid(SentenceContext sentence, EntityMention mention, List<SourcePhrase> sources)
    {
        var text = sentence.Tokens;
        if (mention.First == 0 || !sentence.Pack.Attribution.PlaceLinks.Contains(text.Lower[mention.First - 1]))
        {
            return false;
        }

        // "Forscher des Asan-Instituts in Seoul beziffern …": a place right after a source phrase is where the source sits,
        // also after an aside in brackets, which ends the source's clause ("des Vereinigten Generalstabs (JCS) in Seoul").
        foreach (var source in sources)
        {
            if (!source.Party && ((source.Last == mention.First - 2 && AnySourceInClause(sentence, sources, mention.First))
                || BracketAsideBetween(text, source.Last, mention.First - 1)))
            {
                return true;
            }
        }

        if (!AnySourceInClause(sentence, sources, mention.First))
        {
            return false;
        }

        var (first, last) = sentence.ClauseBounds(mention.First);
        for (var i = first; i <= last; i++)
        {
            if (sentence.IsNumeral(i) && !CountsSource(sentence, sources, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "sagten zwei hochrangige US-Beamte am Freitag gegenüber Reportern in Washington": a numeral inside a source phrase or
    /// right before it (lower-case adjectives between at most) counts the people who speak, no goods of the clause; so does
    /// one in a genitive right after it, before a capitalized noun ("erklärten die Verteidigungsminister der vier Länder nach
    /// einem Treffen in Oslo": the countries the speakers serve).
    /// </summary>
    private static bool CountsSource(SentenceContext sentence, List<SourcePhrase> sources, int numeral)
    {
        var text = sentence.Tokens;
        foreach (var source in sources)
        {
            if (numeral >= source.First && numeral <= source.Last)
            {
                return true;
            }

            if (numeral == source.Last + 2 && numeral + 1 < text.Count && text.IsCapitalized(numeral + 1)
                && sentence.Pack.Attribution.GenitiveDeterminers.Contains(text.Lower[source.Last + 1]))
            {
                return true;
            }

            if (source.First > numeral && source.First - numeral <= 3)
            {
                var between = true;
                for (var i = numeral + 1; i < source.First; i++)
                {
                    between &= text.Tokens[i].IsWord && !text.IsCapitalized(i);
                }

                if (between)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "des Vereinigten Generalstabs (JCS) in Seoul": only a short aside in brackets (which the source phrase may end inside,
    /// at the acronym) stands between a source phrase's last token and the place link at <paramref name="link"/>.
    /// </summary>
    private static bool BracketAsideBetween(TokenizedText text, int sourceLast, int link)
    {
        if (link - sourceLast < 2 || link - sourceLast > 6 || !text.IsSymbol(link - 1, ')'))
        {
            return false;
        }

        for (var i = link - 2; i >= Math.Max(0, sourceLast - 3); i--)
        {
            if (text.IsSymbol(i, '('))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kiew, 21. Dezember 2024 - …", "Washington (dpa) - …": the place of a dateline is where the text was written, no party.
    /// So is a city opening a bulletin's item with a colon when another party follows ("Seoul: Pjöngjang hat … geschickt");
    /// a country before a colon heads a list item and stays its party ("Deutschland: zugesagt 60 Schützenpanzer").
    /// </summary>
    private static bool InDateline(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        if (IsColonDateline(sentence, mention))
        {
            return true;
        }

        // "Seoul/Washington (dpa) -": places before it may share the dateline.
        var first = mention.First;
        while (first >= 2 && text.IsSymbol(first - 1, '/') && sentence.MentionAt[first - 2] is { } before)
        {
            first = before.First;
        }

        if (first != 0 || mention.Last + 1 >= text.Count || !(text.IsSymbol(mention.Last + 1, ',') || text.IsSymbol(mention.Last + 1, '(') || text.IsSymbol(mention.Last + 1, '/')))
        {
            return false;
        }

        for (var i = mention.Last + 1; i < text.Count && i <= mention.Last + 10; i++)
        {
            if ((text.IsSymbol(i, '-') || text.IsSymbol(i, '–')) && !text.Tokens[i].Joined)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Kiew: Die russische Armee hat …": a place by name first in the sentence, a colon after it and another party later.</summary>
    private static bool IsColonDateline(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        if (mention.First != 0 || mention.Form != MentionForm.Place || mention.Last + 1 >= text.Count || !text.IsSymbol(mention.Last + 1, ':'))
        {
            return false;
        }

        for (var i = mention.Last + 2; i < text.Count; i++)
        {
            if (sentence.MentionAt[i] is { } other && other != mention)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"aus tschechischer Produktion", "der russischen Invasion": a country adjective on a noun that makes it no party.</summary>
    private static bool IsNonParty(SentenceContext sentence, EntityMention mention)
    {
        var next = mention.Last + 1;
        return mention.Form == MentionForm.Adjective && next < sentence.Tokens.Count
            && WordEndings.EndsWithAny(sentence.Tokens.Lower[next], sentence.Pack.Grammar.NonPartyNouns);
    }

    /// <summary>
    /// "…, mehr als Frankreich und Italien zusammen": a country after a comparative and its particle (behind determiners,
    /// or joined to such a country) is what a figure is compared with, no party to it; so is a country by name after a
    /// preposition of ranking ("auf Platz zwei hinter den USA"), and one right after a word of blocking ("wegen eines Vetos
    /// aus Budapest", `obstruction_words`).
    /// </summary>
    private static bool IsComparisonStandard(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        var grammar = sentence.Pack.Grammar;
        var i = mention.First - 1;
        while (i >= 0 && text.Tokens[i].IsWord && grammar.Determiners.Contains(text.Lower[i]))
        {
            i--;
        }

        if (i >= 1 && text.Tokens[i].IsWord && grammar.Conjunctions.Contains(text.Lower[i]) && sentence.MentionAt[i - 1] is { } before && before != mention)
        {
            return IsComparisonStandard(sentence, before);
        }

        if (i >= 0 && text.Tokens[i].IsWord && mention.Form != MentionForm.Adjective && grammar.RankPrepositions.Contains(text.Lower[i]))
        {
            return true;
        }

        // "wegen eines Vetos aus Budapest", "blockiert Ungarn": who holds the money up is no party to it.
        var blocker = i >= 1 && text.Tokens[i].IsWord && grammar.RolePrepositions.TryGetValue(text.Lower[i], out var role) && role == "source" ? i - 1 : i;
        if (blocker >= 0 && text.Tokens[blocker].IsWord && mention.Form != MentionForm.Adjective && grammar.ObstructionWords.Contains(text.Lower[blocker]))
        {
            return true;
        }

        return i >= 1 && text.Tokens[i].IsWord && grammar.ComparisonParticles.Contains(text.Lower[i]) && grammar.Comparatives.Contains(text.Lower[i - 1]);
    }

    private static bool IsCompoundModifier(SentenceContext sentence, EntityMention mention)
    {
        var text = sentence.Tokens;
        var next = mention.Last + 1;
        if (next + 1 >= text.Count || !text.IsSymbol(next, '-') || !text.Tokens[next].Joined || !text.Tokens[next + 1].Joined || !text.Tokens[next + 1].IsWord)
        {
            return false;
        }

        var head = text.Lower[next + 1];
        return !WordEndings.EndsWithAny(head, sentence.Pack.Grammar.AgentHeads);
    }
}
