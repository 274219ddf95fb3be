using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>
/// Extracts the quantitative claims of one document: normalizes the text, drops page furniture,
/// splits sentences, and in each sentence finds quantities, what they count, the relation,
/// actor and recipient, the attribution chain and hedging. Immutable and thread-safe: build one
/// per language pack and share it.
/// </summary>
public sealed partial class ClaimExtractor
{
    private static readonly HashSet<string> PeopleLossMeasures = ["killed", "wounded", "captured", "casualties"];

    // How far after a bare number the participle that ends its clause may stand ("weitere 2.000 seien als Reserve in Wladiwostok stationiert").
    private const int MaxVerbDistance = 8;

    // People a weapon can kill or wound (not take prisoner).
    private static readonly HashSet<string> PeopleHarmed = ["killed", "wounded", "casualties"];

    // Goods or money in a sentence without a verb that says what happened to them: supply when the
    // document speaks of supply elsewhere, else "other". Decided once the whole document is read.
    private const string UncuedSupply = "supply?";

    // Relations whose side carries over to the next sentences when those name none.
    private static readonly string[] SidedRelations = ["losses", "advance"];

    // Sentences without claims that reported speech may follow and still go on with the report before them.
    private const int MaxSpeechAsides = 2;

    // Sentences that speak of these vote for the document's usual actor and recipient.
    private static readonly string[] VotingRelations = ["supply", "deployment"];

    // Weapons that are fired and shot down; the side that fired them is remembered under this key.
    private static readonly HashSet<string> FiredMeasures = ["missiles", "ballistic_missiles", "drones", "artillery_shells"];
    private const string Fired = "fired";

    // The giver of goods or money named in the sentences just before is remembered under this key.
    private const string Giver = "giver";

    // The side whose troops the sentences just before sent or placed.
    private const string Deployed = "deployed";

    // The receiver of goods or money named in the sentences just before, and the giver named with it ("" for none).
    private const string Receiver = "receiver";
    private const string ReceiverGiver = "receiver-giver";

    // The side that a sentence counting nothing says uses another country's weapons, and that country (the maker).
    private const string WeaponUser = "weapon-user";
    private const string UsedMaker = "used-maker";

    // The home country of the arms maker a sentence just before named ("Rheinmetall hat … verdreifacht. In diesem Jahr
    // werde der Konzern rund 750.000 Granaten herstellen").
    private const string NamedMaker = "named-maker";

    private readonly LanguagePack _pack;
    private readonly SentenceSplitter _splitter;
    private readonly FurnitureFilter _furniture;
    private readonly QuantityRecognizer _quantities;
    private readonly CountedNounFinder _nouns;
    private readonly AttributionFinder _attribution;
    private readonly RoleResolver _roles = new();
    private readonly Recognizers.Dates.DateRecognizer _dates;

    // The furniture labels that end in a colon ("Quelle:", "Grafik:"), by first letter.
    private readonly LinePrefixSet _captionLabels;

    public ClaimExtractor(LanguagePack pack)
    {
        _pack = pack;
        _splitter = new SentenceSplitter(pack.Sentences);
        _furniture = new FurnitureFilter(pack.Furniture);
        _quantities = new QuantityRecognizer(pack);
        _nouns = new CountedNounFinder(pack);
        _attribution = new AttributionFinder(pack);
        _dates = new Recognizers.Dates.DateRecognizer(pack.Dates);
        _captionLabels = new LinePrefixSet(pack.Furniture.LinePrefixes.Where(prefix => prefix.EndsWith(':')));
    }

    public LanguagePack Pack => _pack;

    public DocumentExtraction Extract(Document document)
    {
        var normalized = NormalizedText.From(document.Text);
        var text = normalized.Text;
        var furniture = _furniture.Find(text);
        var sentences = _splitter.Split(text);
        var drafts = new List<Claim>();
        // The publication time: given with the document, else a dateline in the text ("Stand: …").
        var published = document.Published
            ?? (Recognizers.Dates.Dateline.TryFind(text, _pack.Dates, out var stamp) ? new DateTimeOffset(stamp, TimeSpan.Zero) : (DateTimeOffset?)null);
        var reference = published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null;
        var context = new ReadingContext { Document = document, Normalized = normalized, Reference = reference, Entities = _pack.Entities, Institutions = _pack.Attribution.Institutions };
        var roleVotes = new RoleVotes();
        var furnitureIndex = 0;
        // The federation whose "Bundesregierung" the text means: the one named last, before any the outlet's own.
        var federation = _pack.FederalBodies.CountryOfOutlet(document.Outlet);

        // The paragraph last asked whether it is an embedded post's credit line, and whether it was.
        var creditAsked = -1;
        var credit = false;
        foreach (var sentence in sentences)
        {
            if (sentence.Paragraph != creditAsked)
            {
                creditAsked = sentence.Paragraph;
                credit = CreditPostBefore(sentence, text, context, drafts);
            }

            if (credit)
            {
                continue;
            }

            while (furnitureIndex < furniture.Count && furniture[furnitureIndex].End <= sentence.Span.Start)
            {
                furnitureIndex++;
            }

            if (furnitureIndex < furniture.Count && furniture[furnitureIndex].Contains(sentence.Span.Start))
            {
                continue;
            }

            var sentenceContext = new SentenceContext(sentence, text, _pack);
            federation = _pack.FederalBodies.Rebind(sentenceContext.Mentions, sentenceContext.MentionAt, federation);
            ReadSentence(sentenceContext, context, drafts, roleVotes);
        }

        var claims = Complete(drafts, roleVotes, context.PartitiveLinks, context.MixedGivers, context.OwnTroops, _pack.Measures.CurrencyByCountry, _pack.Entities);
        var info = new DocumentInfo(
            document.Name,
            document.Title ?? (TitleFinder.Find(text, furniture) is { } title ? normalized.OriginalOf(title).Trim() : null),
            _pack.Code,
            published,
            document.Outlet,
            document.Text.Length);
        return new DocumentExtraction(info, claims);
    }

    private void ReadSentence(SentenceContext sentence, ReadingContext context, List<Claim> drafts, RoleVotes votes)
    {
        var reading = ReadAttribution(sentence, context, drafts, votes);
        reading.Countries = PartiesOf(reading);
        reading.SentenceSystem = sentence.Mentions.FindLast(m => m.Entity.Kind == EntityKind.WeaponSystem)?.Entity;
        reading.HasSupply = sentence.HasRelation("supply") || (reading.Continues && context.Supply) || reading.List is { Supply: true };

        // "… ein weiteres Hilfspaket auf den Weg gebracht. Es umfasst insgesamt 4,2 Milliarden Euro": the word that points
        // back to the package the sentence before named.
        reading.PackageAt = context.Package is null ? -1 : PackageReference(sentence);

        // "Drei Jahre, drei Millionen Granaten?": a question asserts no number.
        reading.Question = sentence.Tokens.Count > 0 && sentence.Tokens.IsSymbol(sentence.Tokens.Count - 1, '?');
        var phrases = reading.Question ? [] : _quantities.FindAll(sentence.Tokens);
        // "2. 840'000 / Auf so viele Tote und Verwundete schätzt …": the heading's number, where the paragraph opens standing for it.
        reading.Heading = context.OpensParagraph ? context.Heading : null;
        reading.Headed = reading.Heading is null ? null : HeadingAnaphor(sentence, reading.Heading);
        context.Heading = NumberHeadingOf(sentence, phrases, context.Normalized);
        if (reading.Headed is not null)
        {
            phrases = [reading.Headed, .. phrases];
        }

        foreach (var phrase in phrases)
        {
            ReadQuantity(reading, phrase);
        }

        MarkPackageAddition(reading);
        VoteForUsualSides(reading);
        SidesOfSpeakers(reading);
        SidesOfSentencesBefore(reading);
        SidesOfTellers(reading);
        NoteSidedRelations(reading);
        FillSupplySides(reading);
        NoteSupplyAndFiringSides(reading);
        AttributeSentencesBefore(reading);
        NoteSentenceRead(reading);
    }

    /// <summary>Adds the claims and notes the sentence in the reading context: package, persons, sources, place, scene, report, list.</summary>
    private void NoteSentenceRead(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var drafts = reading.Drafts;
        var sources = reading.Sources;
        var own = reading.Own;
        var listItem = reading.ListItem;
        var continues = reading.Continues;
        var reportHedged = reading.ReportHedged;
        var countries = reading.Countries;
        var sentenceSystem = reading.SentenceSystem;
        var sentenceClaims = reading.Claims;
        var hasSupply = reading.HasSupply;
        var packageAt = reading.PackageAt;

        // A sentence that points back to the package goes on speaking of it; one that names another speaks of that one.
        // One that only says who reported the sentence before, counting nothing ("… ein weiteres Paket freigegeben. Das
        // teilte das Pentagon mit. Das Paket habe einen Umfang von …"), leaves the package to the next sentence.
        var reportsBefore = context.Package is not null && sentenceClaims.Count == 0 && own.Count > 0 && RefersBack(sentence);
        context.Package = packageAt >= 0 || reportsBefore ? context.Package : PackageNamed(sentence, countries, sentenceClaims);
        context.NoteParagraphClaims(sentence.Sentence.Paragraph, drafts.Count, sentenceClaims.Count, own.Count > 0, reportHedged && sentence.Hedges.Count == 0);
        drafts.AddRange(sentenceClaims);
        context.NotePerson(sentence, sources, PersonSpeaker(sentence, sources));
        context.NoteSources(sources, sentence);
        context.NotePlace(countries);
        context.NoteScene(sentence, countries);
        // The list is noted before Advance forgets the lines before it, whose report a table's header takes.
        context.NoteList(sentence, listItem, reading.Attribution, reading.Attribution.Count > 0 && reading.Hedged(), hasSupply, IsCaption(sentence, context.Normalized.Text));
        // A sentence that states nothing counted passes on the doubt of a report, not a mere possibility ("…, Russland könne die
        // Ausfälle ersetzen. Moskau rekrutiere …").
        var passesDoubt = reading.Attribution.Count > 0 && reading.Hedged() && (sentenceClaims.Count > 0 || reportHedged || DoubtsReport(sentence));
        context.Advance(sentence, reading.Attribution, passesDoubt, sentenceSystem, sentenceClaims, sentence.HasRelation("supply") || (continues && context.Supply));
        context.PreviousSourcesWereParties = sources.Count > 0 && sources.TrueForAll(s => s.Party);
    }

    /// <summary>Whether a sentence read is a question ("Wie weit fliegen die Drohnen?"), as an explainer's sub-heading is.</summary>
    private static bool IsQuestion(SentenceContext? sentence)
        => sentence is { } asked && asked.Tokens.Count > 0 && asked.Tokens.IsSymbol(asked.Tokens.Count - 1, '?');

    private static bool AnyOf(IReadOnlyList<Claim> claims, Predicate<Claim> test)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            if (test(claims[i]))
            {
                return true;
            }
        }

        return false;
    }


    private static bool StartsAt<T>(List<CueMatch<T>> cues, int index)
    {
        foreach (var cue in cues)
        {
            if (cue.First == index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Settles what only the whole document tells: the relation of goods named without a verb, and
    /// actor and recipient where a claim's sentence names none (the document's usual ones).
    /// </summary>
    private static List<Claim> Complete(
        List<Claim> drafts, RoleVotes votes, Dictionary<int, int> partitives, HashSet<int> mixedGivers, HashSet<int> ownTroops, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> currencyByCountry,
        EntityLexicon entities)
    {
        var (defaultActor, defaultRecipient) = votes.Winner();
        var (defaultGiver, defaultReceiver) = votes.SupplyWinner();
        var claims = new List<Claim>(drafts.Count);
        string? lastDeployed = null;
        string? lastFiring = null;
        // "Norwegen wird der Ukraine … bereitstellen. … hat Oslo … Hilfe im Wert von rund 85 Milliarden Kronen
        // zugesagt": a giver whose sentence names no receiver gives where it gave last, before the usual receiver.
        Dictionary<string, string>? lastReceiverOf = null;
        Dictionary<string, string>? lastGiverTo = null;
        foreach (var uncued in drafts)
        {
            var claim = uncued.Relation != UncuedSupply ? uncued
                : votes.SupplySentences > 0 ? uncued with { Relation = "supply" }
                : uncued with { Relation = "other", Increment = null };
            var actor = claim.Actor;
            var recipient = claim.Recipient;
            // A part whose whole had no side yet when it was read takes the whole's, now settled: the holder's, or, for a part
            // supplied of a whole supplied, the giver's.
            if (partitives.TryGetValue(claims.Count, out var whole))
            {
                actor = (claim.Relation == "supply" && claims[whole].Relation == "supply" ? claims[whole].Actor : Holder(claims[whole])) ?? actor;
            }

            // Goods go to the usual receiver, forces are the usual actor's: the steadier side is filled
            // first, and the other never repeats it (nobody supplies or deploys to itself).
            if (claim.Relation == "supply")
            {
                // The usual giver, when the sentence names none, gives where it gave last too ("… an Rheinmetall vergeben. Ein
                // Rahmenvertrag mit Diehl … sei ebenfalls unterzeichnet").
                if (recipient is null && (actor ?? defaultActor) is { } giver && lastReceiverOf is not null && lastReceiverOf.TryGetValue(giver, out var before))
                {
                    recipient = before;
                }

                // "Die Niederlande haben … rund 400 Flugkörper … zugesagt" in an article whose other goods go from North Korea
                // to Russia: the usual receiver is the opponent of the side the giver arms, so the giver gives to its side.
                // So too where the usual receiver is the giver itself ("… hat Pjöngjang zwischen 4 und 6 Millionen Granaten
                // geliefert" in an article that also counts what Russia pays North Korea back): nobody gives to itself.
                if (recipient is null && (actor ?? defaultGiver) is { } donor && entities.GivesTo(donor) is { } side
                    && (defaultReceiver is null || defaultReceiver == donor || entities.Opponent(side) == defaultReceiver))
                {
                    recipient = side;
                }

                recipient ??= defaultReceiver != actor ? defaultReceiver : null;
                // "Wie das estnische Zentrum für Verteidigungsinvestitionen (ECDI) mitteilte, wurden … rund 25.000 Granaten
                // ausgeliefert" in an article on Lithuanian aid: goods no giver is named for, told by a government body of a
                // country that arms their receiver, are that country's, before the document's usual giver.
                if (actor is null && recipient is not null && claim.Attribution is [.., { Type: "government" } teller]
                    && entities.CountryOfSource(teller.Name) is { } tellerCountry && tellerCountry != recipient
                    && entities.GivesTo(tellerCountry) == recipient)
                {
                    actor = tellerCountry;
                }

                actor ??= defaultGiver != recipient ? defaultGiver : null;
                // "… hat Pjöngjang rund 220 Panzerhaubitzen an Russland abgegeben … Im Juni hatte dieselbe Behörde noch von 120
                // Haubitzen gesprochen" where the usual giver is the receiver too (Russia pays North Korea back): a receiver with
                // no giver named gets from whoever a claim before named as giving to it.
                if (actor is null && recipient is not null && lastGiverTo is not null && lastGiverTo.TryGetValue(recipient, out var giverBefore))
                {
                    actor = giverBefore;
                }

                // "Die Europäer haben der Ukraine … zugesagt": a collective of donors gives; no single giver stands in.
                if (mixedGivers.Contains(claims.Count))
                {
                    actor = null;
                }
            }
            else if (claim.Relation == "deployment" && actor is null && ownTroops.Contains(claims.Count)
                && (recipient ?? defaultRecipient) is { } home && entities.Opponent(home) is not null)
            {
                // "„Wir hatten 120 Mann in der Kompanie …“" in a report from the Ukrainian front: a speaker's own troops whose side
                // nothing told are of the country at war they stand in (its defenders say "wir"), not the usual deployer.
                (actor, recipient) = (home, recipient ?? home);
            }
            else if (claim.Relation is "deployment" or "capability")
            {
                actor ??= defaultActor;
                if (claim.Relation == "deployment" && recipient is null && defaultRecipient != actor)
                {
                    recipient = defaultRecipient;
                }
                // "Seit Jahresbeginn hat das Verteidigungsministerium in Kiew 14 neue Brigaden aufgestellt" where the usual place of
                // forces is Ukraine: a side's forces with no place named, whose country is that usual place, are at home.
                else if (claim.Relation == "deployment" && recipient is null && actor is not null && defaultRecipient == actor)
                {
                    recipient = actor;
                }
            }

            // Losses of people that name no side are the losses of the troops spoken of last.
            if (claim.Relation == "losses" && PeopleLossMeasures.Contains(claim.Measure))
            {
                actor ??= lastDeployed;
            }
            // "Die jährlichen Verluste liegen … bei rund 1.400 Kampfpanzern", "Die Rüstungsindustrie setze … 1.300 eingelagerte
            // Panzer instand": equipment lost or made with no side named is the side's whose same equipment one of the last
            // claims counted (its stock, its losses).
            else if (actor is null && claim.Relation is "losses" or "other" && MeasureGroups.Weapons.Contains(claim.Measure))
            {
                // "Wie das Portal … berichtete, sollen zudem vier Hyperschallraketen vom Typ Kinschal abgefeuert worden sein"
                // paragraphs after the night's tally: weapons launched with no side near are the side's that launched last.
                actor = SideOfSameEquipment(claims, claim.Measure)
                    ?? (claim.Relation == "other" && FiredMeasures.Contains(claim.Measure) ? lastFiring : null);
            }
            else if (claim.Relation == "deployment" && actor is not null)
            {
                lastDeployed = actor;
            }

            if (claim.Relation == "other" && actor is not null && FiredMeasures.Contains(claim.Measure))
            {
                lastFiring = actor;
            }

            // "1,3 Milliarden Kronen": a currency several countries use is the actor's. Resolved here, with the
            // actor settled, because the giver of "Es hat einen Umfang von 4,9 Milliarden Kronen" is only known
            // from the sentences before (or the document's usual giver).
            var unit = claim.Unit is { } shared && currencyByCountry.TryGetValue(shared, out var codes) && actor is not null
                && codes.TryGetValue(actor, out var code) ? code : claim.Unit;
            if (claim.Relation == "supply" && actor is not null && claim.Recipient is { } named)
            {
                (lastReceiverOf ??= new Dictionary<string, string>(StringComparer.Ordinal))[actor] = named;
            }

            if (claim.Relation == "supply" && claim.Actor is { } namedGiver && recipient is not null && namedGiver != recipient)
            {
                (lastGiverTo ??= new Dictionary<string, string>(StringComparer.Ordinal))[recipient] = namedGiver;
            }

            claims.Add(actor == claim.Actor && recipient == claim.Recipient && unit == claim.Unit ? claim : claim with { Actor = actor, Recipient = recipient, Unit = unit });
        }

        return claims;
    }
}
