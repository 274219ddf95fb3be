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

        foreach (var sentence in sentences)
        {
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

        var claims = Complete(drafts, roleVotes, context.PartitiveLinks, context.MixedGivers, _pack.Measures.CurrencyByCountry, _pack.Entities);
        var info = new DocumentInfo(
            document.Name,
            document.Title ?? (TitleFinder.Find(text, furniture) is { } title ? normalized.OriginalOf(title).Trim() : null),
            _pack.Code,
            published,
            document.Outlet,
            document.Text.Length);
        return new DocumentExtraction(info, claims);
    }

    /// <summary>"Oberst K.: …": the source phrase that opens the sentence as a speaker's label before a colon.</summary>
    private static SourcePhrase? OpeningLabel(SentenceContext sentence, List<SourcePhrase> sources)
    {
        foreach (var phrase in sources)
        {
            if (phrase.First == 0 && sentence.Tokens.IsSymbol(phrase.Last + 1, ':'))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>Whether every source is of the country (by its name).</summary>
    private bool AllOfCountry(List<Source> sources, string country)
    {
        foreach (var source in sources)
        {
            if (_pack.Entities.CountryOfSource(source.Name) != country)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether sources of no country of their own speak where the giver is (its name in the sentence): "„Bis Ende des kommenden Jahres folgen weitere
    /// 25 Leopard 1“, sagte ein Sprecher des Verteidigungsministeriums am Montag in Berlin" continues the report of the German
    /// deliveries before it, though the spokesman is a new source (a source with a country of its own is told by
    /// <see cref="AllOfCountry"/>).
    /// </summary>
    private bool SpeaksInCountry(List<Source> sources, SentenceContext sentence, string giver)
    {
        if (sources.Count == 0)
        {
            return false;
        }

        foreach (var source in sources)
        {
            if (_pack.Entities.CountryOfSource(source.Name) is not null)
            {
                return false;
            }
        }

        // The place of speaking belongs to the source phrase, so it is no party mention: the sentence's names are asked.
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Entity.Country == giver && mention.Entity.Kind != EntityKind.WeaponSystem)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The countries a supply sentence names, for the generic source it cites: "Großbritannien werde … 100.000 Drohnen
    /// liefern, teilte das Verteidigungsministerium mit" is the ministry of a party to the delivery, not the Swedish one
    /// named two sentences before. Null where the sentence supplies nothing or names no country.
    /// </summary>
    private HashSet<string>? SupplyParties(SentenceContext sentence, List<SourcePhrase> sources)
    {
        if (!sentence.HasRelation("supply"))
        {
            return null;
        }

        HashSet<string>? parties = null;
        foreach (var mention in _roles.CountriesOf(sentence, sources))
        {
            (parties ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Country);
        }

        return parties;
    }

    private void ReadSentence(SentenceContext sentence, ReadingContext context, List<Claim> drafts, RoleVotes votes)
    {
        var found = _attribution.Find(sentence);
        var sources = found.Exists(s => s.Pronoun) ? ResolvePronouns(found, sentence, PronounPerson(sentence, context), PreviousSpeaker(context), PreviousNamedLast(context), context.PreviousSentence,
            context.ReportBeforeAside.Count > 0 ? context.ReportBeforeAside[0] : null) : found;
        if (sources.Exists(s => s.Generic))
        {
            var generic = sources;
            sources = context.ResolveGeneric(sources, SupplyParties(sentence, sources));
            sources = context.PreviousSentence is { } named ? WithCompanyNamedBefore(generic, sources, named, context) : sources;
        }

        sources = sources.Count > 0 && context.PreviousSentence is { } sentenceBefore ? WithSubjectBefore(sources, sentenceBefore) : sources;
        // The country dropped from the chain still names no party ("nach amerikanischen Erkenntnissen" is no recipient).
        var phrasesNamingNoParty = sources;
        if (sources.Count > 0)
        {
            NoteSpeakerCountries(sentence, sources, context);
        }

        sources = sources.Count > 1 ? WithoutSpeakersOwnCountry(sources) : sources;
        var own = new List<Source>(sources.Count);
        foreach (var sourcePhrase in sources)
        {
            own.Add(sourcePhrase.Source);
        }

        // "Oberst K.: Schwierig. Wir haben …": a speaker's label opening a paragraph speaks for all of it.
        context.OpensParagraph = sentence.Sentence.Paragraph != context.Paragraph;
        if (context.OpensParagraph)
        {
            context.Paragraph = sentence.Sentence.Paragraph;
            (context.AnsweredFiring, context.AskedFiring) = (context.AskedFiring, null);
            context.ParagraphSpeaker = OpeningLabel(sentence, sources)?.Source
                ?? LabelledSpeaker(sentence, context.Normalized.Text);
            if (own.Count == 0 && context.ParagraphSpeaker is { } labelled)
            {
                own = [labelled];
            }
        }
        else if (own.Count == 0 && context.ParagraphSpeaker is { } speaker)
        {
            own = [speaker];
        }

        if (own.Count == 0 && SurnameSpeaker(sentence, context) is { } surnamed)
        {
            own = [surnamed];
        }

        // "Herr Kälin, … plausibel? / Die Grössenordnung halte ich für realistisch …": in an interview without speaker
        // labels the person the questions address answers every later sentence that names no source of its own.
        if (context.OpensParagraph && context.Interviewee is null && AddressedInterviewee(sentence, context.Normalized.Text) is { } addressed)
        {
            (context.Interviewee, context.AddressParagraph) = (addressed, context.Paragraph);
        }
        else if (own.Count == 0 && context.Interviewee is { } interviewee && context.Paragraph != context.AddressParagraph)
        {
            own = [interviewee];
        }

        // "Dazu zählen: / - 31 Kampfpanzer …": the items of a list continue the report that opened it.
        var listItem = IsListItem(sentence);
        var list = own.Count == 0 && listItem ? context.List : null;
        // "Das Kiel Institut kommt auf einen ähnlichen Befund. Demnach …": a sentence that points back to
        // a report continues that of the organisation the sentence before named, when it gave no source.
        // A report goes on over an aside too ("Gemeint sind Getötete und Verwundete. Damit steigt … demnach auf …").
        // "Der britische Militärgeheimdienst kommt in seinem Lagebericht zu einer ähnlichen Größenordnung. Demnach …": so does
        // one whose institution opened the sentence before as its subject (asked last: it looks at that sentence's first words).
        var report = context.Sources;
        if (report.Count == 0 && own.Count == 0 && list is null && (context.NamedSource is not null || context.ReportBeforeAside.Count > 0)
            && _pack.Attribution.Continuation.OccursIn(sentence.Tokens))
        {
            report = context.NamedSource is { } namedSource ? [namedSource] : context.ReportBeforeAside;
        }
        else if (report.Count == 0 && own.Count == 0 && list is null && context.PreviousSentence is { } previousSentence
            && _attribution.OpeningSubject(previousSentence) is { } openingSubject && _pack.Attribution.Continuation.OccursIn(sentence.Tokens))
        {
            report = [openingSubject];
        }

        // "Verteidigungsminister Boris Pistorius eröffnete die Aussprache mit einer Bilanz. Deutschland habe der Ukraine … rund 38
        // Milliarden Euro geleistet": reported speech with no source of its own, right after a sentence with neither source nor
        // claim that names a person, is that person's, not the last report before them.
        if (report.Count == 0 && own.Count == 0 && list is null && sentence.ReportedSpeech.Count > 0 && context.PreviousSentenceClaims == 0
            && context.PreviousSentence is { } introduction && PersonNamedBy(introduction, context) is { } introduced)
        {
            report = [introduced];
        }

        // "Darin behauptet der Videoblogger …, die Ukraine habe … zu beklagen. Der Clip wurde nach dpa-Zählung … aufgerufen. Der
        // 34-Jährige fordert … auf. / Behauptung: In der Ukraine seien 1,8 Millionen Soldaten gefallen, …": reported speech with no
        // source of its own, after at most two sentences without claims, goes on with the last report in reported speech (a
        // source of a sentence between that counted nothing, "nach dpa-Zählung", reported no claim).
        if (report.Count == 0 && own.Count == 0 && list is null && context.LastSpeech.Count > 0
            && context.SpeechAge <= MaxSpeechAsides && sentence.ReportedSpeech.Count > 0)
        {
            report = context.LastSpeech;
        }

        // "Im Oktober eroberten die Russen laut Pichler rund 500 Quadratkilometer. Besonders beunruhigt ist der Offizier über
        // Nordkorea. Kim habe bis zu 15.000 Soldaten geschickt": reported speech with no source of its own after one aside with
        // neither source nor claim goes on with the report before the aside, as a continuation word does.
        if (report.Count == 0 && own.Count == 0 && list is null && context.ReportBeforeAside.Count > 0 && sentence.ReportedSpeech.Count > 0)
        {
            report = context.ReportBeforeAside;
        }

        var continues = list is null && own.Count == 0 && report.Count > 0 && ContinuesReport(sentence, context);
        var attribution = own.Count > 0 ? own : list is not null ? list.Sources : continues ? report : [];
        // Hedging matters for the sentence's claims and for a report the next sentence may continue: a report continued
        // in reported speech or after "demnach" keeps the doubt of the hedged sentence it continues ("So sollen … knapp
        // 50 Haubitzen … eingetroffen sein, wie die FT … berichtete. 50 Haubitzen … seien … geplant gewesen", as the
        // seeds' gold has it).
        var reportHedged = (continues && context.Hedged) || list is { Hedged: true };
        bool? hedgedOnce = null;
        bool Hedged() => hedgedOnce ??= sentence.Hedges.Count > 0 || reportHedged;
        // Asked of money claims only, once per sentence.
        bool? namesPayOnce = null;
        // Asked only of a sentence whose claim has no relation word of its own, once.
        LossStandIn? lossStandInOnce = null;
        var countries = _roles.CountriesOf(sentence, phrasesNamingNoParty);
        // "Das Land will …": the country named last before the sentence; a possessive ("Der niederländische
        // Verteidigungsminister sagte, sein Land finanziere …", "Dänemarks Verteidigungsminister …") the speaker's country,
        // named before it in its own sentence.
        var anaphors = _pack.Cues.CountryAnaphors.FindAll(sentence.Tokens);
        if (anaphors.Count > 0)
        {
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
        var sentenceSystem = sentence.Mentions.FindLast(m => m.Entity.Kind == EntityKind.WeaponSystem)?.Entity;
        var sentenceClaims = new List<Claim>();
        var documentText = context.Document.Text;
        // Read only for sentences that make a claim: most sentences make none.
        string? sentenceText = null;
        List<Recognizers.Dates.TimeMention>? times = null;
        // The time the claim before took: claims of one sentence mostly share one, made once.
        (Recognizers.Dates.TimeMention? Mention, ClaimTime? Time) lastTime = default;
        var hasSupply = sentence.HasRelation("supply") || (continues && context.Supply) || list is { Supply: true };

        // "… ein weiteres Hilfspaket auf den Weg gebracht. Es umfasst insgesamt 4,2 Milliarden Euro": the word that points
        // back to the package the sentence before named.
        var packageAt = context.Package is null ? -1 : PackageReference(sentence);
        List<int>? packageAmounts = null;
        List<int>? conversions = null;

        // "Drei Jahre, drei Millionen Granaten?": a question asserts no number.
        var question = sentence.Tokens.Count > 0 && sentence.Tokens.IsSymbol(sentence.Tokens.Count - 1, '?');
        // The last token of the claim read before in the sentence.
        var previousLast = -1;
        // The last token of a count of a noun that is no measure ("drei Patriot-Systeme"), read after the last claim.
        var uncountedLast = -1;
        var phrases = question ? [] : _quantities.FindAll(sentence.Tokens);
        // "2. 840'000 / Auf so viele Tote und Verwundete schätzt …": the heading's number, where the paragraph opens standing for it.
        var heading = context.OpensParagraph ? context.Heading : null;
        var headed = heading is null ? null : HeadingAnaphor(sentence, heading);
        context.Heading = NumberHeadingOf(sentence, phrases, context.Normalized);
        if (headed is not null)
        {
            phrases = [headed, .. phrases];
        }

        foreach (var phrase in phrases)
        {
            // "mindestens 100 Leopard 1", "Panzerhaubitzen 2000": a number inside a system's name names it, counts nothing.
            if (sentence.MentionAt[phrase.First] is { Entity.Kind: EntityKind.WeaponSystem } systemName && systemName.First < phrase.First)
            {
                continue;
            }

            // "Von den 2022 versprochenen Leopard-Panzern": a year dating a participle counts nothing.
            if (DatesParticiple(sentence, phrase))
            {
                continue;
            }

            // "mindestens 100 von ihnen", "60 davon": part of what a claim before counted.
            var partOf = Partitive(sentence, phrase, sentenceClaims, context.Claims, drafts.Count);
            // "Hinzu kommen acht Startgeräte, zwei davon neu": a part right after a count of something that is no
            // measure is a part of that count, not of what a claim before counted.
            if (uncountedLast > previousLast)
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
                ?? (uncountedLast > previousLast ? null : Elliptic(sentence, phrase, sentenceClaims, context.Claims, context.System))
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
            var comparedTo = noun is null && !UncountedCountBetween(sentence, previousLast, phrase.First)
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
                    uncountedLast = phrase.Last;
                }

                continue;
            }

            // "jede Patriot-Rakete kostet mehrere Millionen Dollar": the price of one piece is no claim.
            if (noun.Measure == "money" && (IsUnitPrice(sentence, phrase.First) || PricedPerPiece(sentence, noun.Last) || PerHeadBefore(sentence, phrase.First)))
            {
                continue;
            }

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
                && (lossStandInOnce ??= LossStandInOf(sentence, context)) is { Pronoun: var pronoun } lossNoun && pronoun < phrase.First)
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
                || (measure == "money" && (namesPayOnce ??= NamesPay(sentence))) || ComparesOrSupposes(sentence, phrase))
            {
                continue;
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
                && sentence.AnyInClause(_pack.Cues.PlaceAnaphors.FindAll(sentence.Tokens), phrase.First))
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
            sentenceText ??= context.Normalized.ToOriginal(sentence.Sentence.Span).Of(documentText);
            times ??= TimesOf(sentence, context.Reference);
            var draft = new Claim(
                context.Document.Name,
                span,
                span.Of(documentText),
                sentenceText,
                relation,
                measure,
                phrase.Quantity,
                noun.Unit,
                actor,
                recipient,
                system?.Name,
                _roles.LocationOf(sentence, countries, phrase.First),
                TimeOf(times, sentence.Tokens.Tokens[phrase.First].Start, ref lastTime),
                ClauseAttribution(sentence, sources, phrase.First) ?? attribution,
                reportHedged || sentence.HedgesClaimAt(phrase.First),
                relation is "supply" or "deployment" or UncuedSupply ? IsIncrement(sentence, phrase, last) : null);
            // "zusätzliche 1,5 Milliarden Kronen (rund 130 Millionen Euro)", "…, umgerechnet rund 1,4 Milliarden Euro": an
            // amount in brackets or after a conversion word right after another is the same amount converted, an
            // addition when that one is (also when a package makes it one, below).
            var conversion = measure == "money" && sentenceClaims.Count > 0 && sentenceClaims[^1].Measure == "money"
                && ConvertsAmountBefore(sentence, previousLast, phrase.First);
            if (conversion)
            {
                (conversions ??= []).Add(sentenceClaims.Count);
                draft = sentenceClaims[^1].Increment == true ? draft with { Increment = true } : draft;
            }
            else if (package is { Increment: true } && draft.Increment == false && !ListsPart(sentence, packageAt, phrase.First)
                && !(package.ByAdditionNoun && sentence.AnyWordIn(_pack.Cues.Summaries, 0, sentence.Tokens.Count - 1)))
            {
                (packageAmounts ??= []).Add(sentenceClaims.Count);
            }

            previousLast = last;
            sentenceClaims.Add(draft);
        }

        // "… ein weiteres Paket … Es umfasst insgesamt 4,2 Milliarden Euro": the one amount given for a package added is
        // an addition; several are what it holds ("Es enthält 18 Schützenpanzer und Munition im Wert von 120 Millionen Euro").
        if (packageAmounts is [var packageAmount])
        {
            sentenceClaims[packageAmount] = sentenceClaims[packageAmount] with { Increment = true };
            // Its conversion right after it is the same amount.
            if (conversions is not null && conversions.Contains(packageAmount + 1))
            {
                sentenceClaims[packageAmount + 1] = sentenceClaims[packageAmount + 1] with { Increment = true };
            }
        }

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
        bool? firstPersonOnce = null;
        bool FirstPerson() => firstPersonOnce ??= FirstPersonIn(sentence);
        var inflicts = sentence.Inflictions.Count > 0;
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is not { Actor: null } open)
            {
                continue;
            }

            if (open.Relation == "losses" && !inflicts && context.FirstPersonSide is { } ownSide && FirstPerson())
            {
                sentenceClaims[i] = open with { Actor = ownSide };
            }
            else if (open.Relation == "supply" && FirstPerson() && (SideOf(open.Attribution) ?? LeaderCountry(sentence, open.Attribution)) is { } speakerSide
                && speakerSide != open.Recipient)
            {
                // "Pistorius: Wir werden weitere 120.000 Schuss liefern": the speaker's country gives.
                sentenceClaims[i] = open with { Actor = speakerSide };
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
        if (inflicts && LastActor(sentenceClaims, "losses") is { } beaten && FirstPerson() && _pack.Entities.Opponent(beaten) is { } speakers)
        {
            context.FirstPersonSide = speakers;
        }

        foreach (var relation in SidedRelations)
        {
            // "russische Truppen setzen ihre Angriffe fort. … rückten sie … vor": forces named without
            // an advance still say whose forces the next sentence's advance is.
            var side = LastActor(sentenceClaims, relation)
                ?? (sentence.HasRelation(relation) ? SentenceSides(sentence, countries, relation).Actor : null)
                ?? (relation == "advance" ? RoleResolver.ActingSide(sentence, countries) : OwnLossesSide(sentence))
                // "Nach einem russischen Raketenangriff auf Odessa … Nach Angaben der Regionalverwaltung wurden mindestens
                // neun Menschen getötet": the victims of an attack named just before are the attacker's opponent's.
                ?? (relation == "losses" && RoleResolver.Attacker(sentence, countries, -1) is { } attacker ? _pack.Entities.Opponent(attacker) : null);
            // "- Flugzeuge: 435" between "- Panzer: 11.718" and "- Drohnen …: 96.848": a row of a list that counts nothing
            // claimed does not age the side the list's opener named.
            if (side is null && list is not null && sentenceClaims.Count == 0)
            {
                continue;
            }

            context.NoteSide(relation, side);
        }

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

        // "… 45.000 Tote. Das berichtet die BBC unter Berufung auf …": the source of the sentence before.
        if (own.Count > 0 && context.PreviousSentenceClaims > 0 && RefersBack(sentence))
        {
            for (var i = drafts.Count - context.PreviousSentenceClaims; i < drafts.Count; i++)
            {
                // A reporter named after the fact is more precise than the party that made the promise.
                if (drafts[i].Attribution.Count == 0 || context.PreviousSourcesWereParties)
                {
                    drafts[i] = drafts[i] with { Attribution = own };
                }
                // "Nordkorea will nach BILD-Informationen weitere 6000 Soldaten schicken. Das geht aus einem Lagebericht des HUR
                // hervor": what a medium alone said it learned, a sentence naming no medium says where from: the chain goes on.
                else if (sentenceClaims.Count == 0 && drafts[i].Attribution is [{ Type: "media" } medium] && own[0].Type != "media" && !own.Contains(medium))
                {
                    drafts[i] = drafts[i] with { Attribution = [medium, .. own] };
                }
            }
        }

        // "Der Bundesrat hat … 135 Millionen Franken freigegeben. Das Geld ist für … bestimmt. Das teilte die Sprecherin … mit.": an
        // aside with neither source nor claim between the claims and the back-reference does not end what the reference points to.
        else if (own.Count > 0 && context.ClaimsBeforeAside > 0 && sentenceClaims.Count == 0 && RefersBack(sentence))
        {
            for (var i = drafts.Count - context.ClaimsBeforeAside; i < drafts.Count; i++)
            {
                if (drafts[i].Attribution.Count == 0 || context.PartiesBeforeAside)
                {
                    drafts[i] = drafts[i] with { Attribution = own };
                }
            }
        }

        // "… nach einem Bericht der NYT … Die Zeitung beruft sich auf zwei US-Beamte": the source of the
        // claims just before names whom it cites.
        if (sentenceClaims.Count == 0 && own.Count > 1 && context.PreviousSentenceClaims > 0)
        {
            for (var i = drafts.Count - context.PreviousSentenceClaims; i < drafts.Count; i++)
            {
                if (drafts[i].Attribution is { Count: > 0 } before && before[^1] == own[0])
                {
                    drafts[i] = drafts[i] with { Attribution = [.. before, .. own.Skip(1)] };
                }
            }
        }

        // "… eingenommen. Das meldete die Agentur Tass.": the report the next sentences continue is the
        // agency's, citing the sources of the sentence before; an agency that names whom it cites ("Das berichtete
        // Tass unter Berufung auf das Verteidigungsministerium") gives its own chain, which says more than the
        // "nach eigenen Angaben" of the sentence before.
        if (sentenceClaims.Count == 0 && own.Count > 0 && context.Sources.Count > 0 && !own.Contains(context.Sources[0]) && RefersBack(sentence))
        {
            // "Nach SPIEGEL-Informationen … So steht es in einem internen Papier des Nato-Militärausschusses": a paper named
            // after a medium's own information is what the medium cites, as for the claims before.
            attribution = own.Count > 1 ? own
                : context.Sources is [{ Type: "media" } medium] && own[0].Type != "media" ? [medium, .. own]
                : [.. own, .. context.Sources];
        }

        // A sentence that points back to the package goes on speaking of it; one that names another speaks of that one.
        // One that only says who reported the sentence before, counting nothing ("… ein weiteres Paket freigegeben. Das
        // teilte das Pentagon mit. Das Paket habe einen Umfang von …"), leaves the package to the next sentence.
        var reportsBefore = context.Package is not null && sentenceClaims.Count == 0 && own.Count > 0 && RefersBack(sentence);
        context.Package = packageAt >= 0 || reportsBefore ? context.Package : PackageNamed(sentence, countries, sentenceClaims);
        drafts.AddRange(sentenceClaims);
        context.NotePerson(sentence, sources, PersonSpeaker(sentence, sources));
        context.NoteSources(sources, sentence);
        context.NotePlace(countries);
        context.NoteScene(sentence, countries);
        // A sentence that states nothing counted passes on the doubt of a report, not a mere possibility ("…, Russland könne die
        // Ausfälle ersetzen. Moskau rekrutiere …").
        var passesDoubt = attribution.Count > 0 && Hedged() && (sentenceClaims.Count > 0 || reportHedged || DoubtsReport(sentence));
        context.Advance(sentence, attribution, passesDoubt, sentenceSystem, sentenceClaims, sentence.HasRelation("supply") || (continues && context.Supply));
        context.NoteList(sentence, listItem, attribution, attribution.Count > 0 && Hedged(), hasSupply, IsCaption(sentence, context.Normalized.Text));
        context.PreviousSourcesWereParties = sources.Count > 0 && sources.TrueForAll(s => s.Party);
    }

    /// <summary>
    /// "Gressel: Im Schnitt sind es …": a surname that labels a paragraph of an interview speaks for it
    /// when the text before named the person in full ("Der Militärexperte Gustav Gressel über …").
    /// </summary>
    private static Source? LabelledSpeaker(SentenceContext sentence, string text)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 3 || !tokens.IsSymbol(1, ':') || !tokens.IsCapitalized(0) || sentence.MentionAt[0] is not null)
        {
            return null;
        }

        return FullNameBefore(tokens.Raw(0), tokens.Tokens[0].Start, text);
    }

    /// <summary>
    /// "Herr Kälin, Seoul spricht …": the person a paragraph opened by a word of address (<c>interview_addresses</c>), a
    /// surname and a comma speaks to, when the text before named them in full ("Der Militärexperte Thomas Kälin über …").
    /// </summary>
    private Source? AddressedInterviewee(SentenceContext sentence, string text)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 4 || !tokens.IsSymbol(2, ',') || !tokens.IsCapitalized(1) || !_pack.Cues.InterviewAddresses.Contains(tokens.Lower[0]))
        {
            return null;
        }

        return FullNameBefore(tokens.Raw(1), tokens.Tokens[1].Start, text);
    }

    /// <summary>The surname with the capitalized word before it ("Thomas Kälin") where the text before <paramref name="before"/> names it so.</summary>
    private static Source? FullNameBefore(string surname, int before, string text)
    {
        if (before < surname.Length + 2)
        {
            return null;
        }

        for (var at = text.LastIndexOf(surname, before - 1, StringComparison.Ordinal); at > 1; at = text.LastIndexOf(surname, at - 1, StringComparison.Ordinal))
        {
            var end = at + surname.Length;
            if (text[at - 1] != ' ' || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }

            var first = at - 1;
            while (first > 0 && char.IsLetter(text[first - 1]))
            {
                first--;
            }

            if (first < at - 1 && char.IsUpper(text[first]))
            {
                return new Source(text[first..end], "unknown");
            }
        }

        return null;
    }

    /// <summary>Whether a hedge of the sentence doubts what is reported rather than saying a thing may be (<c>possibility_hedges</c>).</summary>
    private bool DoubtsReport(SentenceContext sentence)
    {
        foreach (var hedge in sentence.Hedges)
        {
            if (!_pack.Cues.PossibilityHedges.Contains(sentence.Tokens.Lower[hedge.First]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Tkatschuk erlebt das jeden Tag: Vor seinem Abschnitt seien … gefallen, sagt er.": a bare surname opening the sentence,
    /// of a person the document named in full before, is the person a pronoun speaker later in the sentence refers to, not
    /// the person named last before the sentence. Asked only of a sentence with a pronoun speaker.
    /// </summary>
    private Source? PronounPerson(SentenceContext sentence, ReadingContext context)
    {
        var lastPerson = context.LastPersonBy(_attribution);
        return OpeningSurname(sentence, context) ?? lastPerson;
    }

    private static Source? OpeningSurname(SentenceContext sentence, ReadingContext context)
    {
        var tokens = sentence.Tokens;
        return tokens.Count > 2 && tokens.Tokens[0].IsWord && tokens.IsCapitalized(0) && sentence.MentionAt[0] is null
            ? context.NamedInFull(tokens.Raw(0))
            : null;
    }

    /// <summary>
    /// "Healey sagte, das Königreich werde …": a bare surname opening the sentence before a speech verb is the person the
    /// document named in full before ("Verteidigungsminister John Healey kündigte … an"), however many sentences back.
    /// A capitalized word alone is no name otherwise (German nouns are capitalized too).
    /// </summary>
    private Source? SurnameSpeaker(SentenceContext sentence, ReadingContext context)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 3 || !tokens.IsCapitalized(0) || sentence.MentionAt[0] is not null
            || !_pack.Attribution.Cues.TryMatchAt(tokens, 1, out var cue) || cue.Value != AttributionCueKind.SpeechVerb)
        {
            return null;
        }

        return context.NamedInFull(tokens.Raw(0));
    }

    /// <summary>
    /// "jede Patriot-Rakete kostet …": a cost verb and a word for one piece before the amount, in its clause, or before a
    /// relative clause on the subject ("Eine Shahed-Drohne, die sie abfangen sollen, kostet … rund 35.000 Dollar"), or the
    /// verb in the clause before when the amount's clause leaves it out.
    /// </summary>
    private bool IsUnitPrice(SentenceContext sentence, int claimFirst)
    {
        var text = sentence.Tokens;
        var verb = false;
        var unit = false;
        var first = sentence.ClauseBounds(claimFirst).First;
        if (first > 0 && sentence.ClauseBounds(first - 1).First is var relative and > 0
            && RoleResolver.RelativeClauseAfter(sentence, relative - 1) == relative + 1)
        {
            first = sentence.ClauseBounds(relative - 1).First;
        }

        var echo = false;
        for (var i = first; i < claimFirst; i++)
        {
            // "Pro Granate zahlt Moskau etwa 800 Dollar": a word for each (`rate_prepositions`) and a counted noun before the
            // amount in its clause price one piece, whatever the verb, as they do after it (PricedPerPiece).
            if (_pack.Measures.RatePrepositions.Contains(text.Lower[i]) && i + 1 < claimFirst && text.Tokens[i + 1].IsWord
                && _pack.Measures.FactsOf(text.Lower[i + 1]) is var piece
                && (piece.Container || (piece.Counted && !piece.Blocked && piece.Measure != "money")))
            {
                return true;
            }

            verb |= _pack.Cues.PriceVerbs.Contains(text.Lower[i]);
            unit |= _pack.Cues.PriceUnits.Contains(text.Lower[i]);
            echo |= _pack.Cues.ComparisonSubjects.Contains(text.Lower[i]);
        }

        // "Ein System kostet etwa eine Milliarde Dollar, eine einzelne Abfangrakete rund vier Millionen Dollar": a clause
        // that leaves out the cost verb of the clause before it (gapping) prices one piece too; so does one whose subject
        // takes up that price ("Eine Granate kostet rund 4.000 Euro, vor dem Krieg waren es etwa 2.000 Euro").
        if ((unit || echo || OnlyNounPhrase(sentence, first, claimFirst)) && !verb && first > 0)
        {
            var unitBefore = false;
            for (var i = sentence.ClauseBounds(first - 1).First; i < first; i++)
            {
                verb |= _pack.Cues.PriceVerbs.Contains(text.Lower[i]);
                unitBefore |= _pack.Cues.PriceUnits.Contains(text.Lower[i]);
            }

            unit |= unitBefore;
        }

        return verb && unit;
    }

    /// <summary>
    /// "„Eine Shahed kostet Russland 50.000 Dollar, unser Sokil etwa 2.500 Dollar“": a clause before the amount that holds only a
    /// short noun phrase (determiners or a possessive, then a capitalized noun) has no verb of its own; it gaps the verb of the
    /// clause before, as "eine einzelne Abfangrakete rund vier Millionen Dollar" does.
    /// </summary>
    private bool OnlyNounPhrase(SentenceContext sentence, int first, int claimFirst)
    {
        var text = sentence.Tokens;
        // The clause opens with the comma that ends the one before.
        while (first < claimFirst && !text.Tokens[first].IsWord)
        {
            first++;
        }

        if (claimFirst - first is < 1 or > 3 || !text.IsCapitalized(claimFirst - 1))
        {
            return false;
        }

        for (var i = first; i < claimFirst - 1; i++)
        {
            if (!text.Tokens[i].IsWord || !(_pack.Grammar.Determiners.Contains(text.Lower[i]) || _pack.Cues.FirstPersonPlural.Contains(text, i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "mit rund 4.000 Dollar pro Stück teurer", "für 2.000 Euro je Granate": money followed by a word for each (`price_units`)
    /// and a word for pieces or a counted noun is the price of one piece, whatever the verb; "pro Jahr" counts nothing.
    /// </summary>
    private bool PricedPerPiece(SentenceContext sentence, int nounLast)
    {
        var text = sentence.Tokens;
        var per = nounLast + 1;
        if (per + 1 >= text.Count || !text.Tokens[per].IsWord || !text.Tokens[per + 1].IsWord || text.IsCapitalized(per)
            || !_pack.Cues.PriceUnits.Contains(text.Lower[per]))
        {
            return false;
        }

        if (_pack.Cues.PerHeadNouns.Contains(text.Lower[per + 1]))
        {
            return true;
        }

        var piece = _pack.Measures.FactsOf(text.Lower[per + 1]);
        return piece.Container || (piece.Counted && !piece.Blocked && piece.Measure != "money");
    }

    /// <summary>
    /// "Das sind pro Kopf rund 55 Franken im Jahr": a word for each and a word for one person (`per_head_nouns`) right before the
    /// amount make it a rate per head, no aid (after the amount, <see cref="PricedPerPiece"/> asks the same).
    /// </summary>
    private bool PerHeadBefore(SentenceContext sentence, int first)
    {
        var text = sentence.Tokens;
        return first >= 2 && text.Tokens[first - 1].IsWord && text.Tokens[first - 2].IsWord
            && _pack.Cues.PerHeadNouns.Contains(text.Lower[first - 1]) && _pack.Cues.PriceUnits.Contains(text.Lower[first - 2]);
    }

    /// <summary>Whether a sentence read is a question ("Wie weit fliegen die Drohnen?"), as an explainer's sub-heading is.</summary>
    private static bool IsQuestion(SentenceContext? sentence)
        => sentence is { } asked && asked.Tokens.Count > 0 && asked.Tokens.IsSymbol(asked.Tokens.Count - 1, '?');

    /// <summary>"Davon sind 2100 gefallen": a loss cue right after a number (no other word between) makes it a count, not a year.</summary>
    private static bool LossRightAfter(SentenceContext sentence, QuantityPhrase phrase) =>
        StartsAt(sentence.PeopleLosses, phrase.Last + 1) || StartsAt(sentence.EquipmentLosses, phrase.Last + 1);

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

    /// <summary>Whether the sentence opens with an own-side word, after an article or not ("Die eigenen Einheiten …").</summary>
    private bool OpensWithOwnSide(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        for (var i = 0; i < 2 && i < text.Count; i++)
        {
            if (_pack.Cues.OwnSideWords.Contains(text, i))
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

    /// <summary>
    /// Notes the country a source phrase names inside itself for a source the lexicon gives none ("sagte der ukrainische
    /// Militärsprecher Wiktor Trehubow", "…, sagte Wiktor Trehubow, Sprecher der ukrainischen Heeresgruppe").
    /// </summary>
    private void NoteSpeakerCountries(SentenceContext sentence, List<SourcePhrase> sources, ReadingContext context)
    {
        foreach (var phrase in sources)
        {
            if (phrase.Pronoun || phrase.Generic)
            {
                continue;
            }

            // The phrase's own tokens first (a few), the lexicon only for a phrase with a country's adjective or genitive in it.
            for (var i = Math.Max(0, phrase.First); i <= phrase.Last && i < sentence.MentionAt.Length; i++)
            {
                if (sentence.MentionAt[i] is { Entity.Kind: EntityKind.Country, Form: MentionForm.Adjective or MentionForm.Genitive } mention)
                {
                    if (_pack.Entities.CountryOfSource(phrase.Source.Name) is null)
                    {
                        (context.SpeakerCountries ??= new Dictionary<string, string>(StringComparer.Ordinal))[phrase.Source.Name] = mention.Entity.Id;
                    }

                    break;
                }
            }
        }
    }

    // The institution of companies in attribution.yaml ("das Unternehmen", "der Hersteller", "das Start-up").
    private const string CompanyInstitution = "company";

    // A company's name after its noun: at most this many capitalized words ("Strila Robotics").
    private const int MaxCompanyNameWords = 3;

    /// <summary>
    /// "Den größten Teil baut das Kiewer Start-up Strila Robotics. Das Unternehmen fertigt nach eigenen Angaben …": a company
    /// noun with its definite article that no known organisation resolved is the company the sentence before named by a
    /// company noun and a name nobody knows; a town's or country's adjective before that noun gives the company's country
    /// (the maker of what it makes). Asked only of sentences with such a generic source.
    /// </summary>
    private List<SourcePhrase> WithCompanyNamedBefore(List<SourcePhrase> generic, List<SourcePhrase> resolved, SentenceContext before, ReadingContext context)
    {
        List<SourcePhrase>? replaced = null;
        foreach (var phrase in generic)
        {
            if (!phrase.Generic || phrase.Institution != CompanyInstitution)
            {
                continue;
            }

            var at = resolved.FindIndex(r => r.First == phrase.First && r.Last == phrase.Last);
            if (at < 0 || resolved[at].Source != phrase.Source || CompanyNamedIn(before) is not { } company)
            {
                continue;
            }

            (replaced ??= new List<SourcePhrase>(resolved))[at] = resolved[at] with { Source = company.Source, Generic = false };
            if (company.Country is { } country && _pack.Entities.CountryOfSource(company.Source.Name) is null)
            {
                (context.SpeakerCountries ??= new Dictionary<string, string>(StringComparer.Ordinal))[company.Source.Name] = country;
            }
        }

        return replaced ?? resolved;
    }

    /// <summary>The first company a sentence names by a company noun and a name of capitalized words no lexicon knows, with the
    /// country of a country's or town's adjective right before the noun.</summary>
    private (Source Source, string? Country)? CompanyNamedIn(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        for (var i = 0; i + 1 < text.Count; i++)
        {
            if (!text.Tokens[i].IsWord || !text.IsCapitalized(i) || sentence.MentionAt[i] is not null)
            {
                continue;
            }

            // "Start-up" is three tokens: the noun is asked as written, hyphen included (this sentence only, and rarely).
            var noun = i;
            var hyphened = i + 2 < text.Count && text.IsSymbol(i + 1, '-') && text.Tokens[i + 2].IsWord
                && text.Tokens[i].End == text.Tokens[i + 1].Start && text.Tokens[i + 1].End == text.Tokens[i + 2].Start;
            if (hyphened)
            {
                noun = i + 2;
            }

            var word = hyphened ? text.TextOf(i, noun).ToLowerInvariant() : text.Lower[i];
            if (!_pack.Attribution.Institutions.TryMatch(word, out var institution, out _) || institution.Name != CompanyInstitution)
            {
                continue;
            }

            var last = noun;
            while (last + 1 < text.Count && last - noun < MaxCompanyNameWords && text.Tokens[last + 1].IsWord && text.IsCapitalized(last + 1)
                && sentence.MentionAt[last + 1] is null && !_pack.Attribution.Institutions.TryMatch(text.Lower[last + 1], out _, out _))
            {
                last++;
            }

            if (last == noun)
            {
                continue;
            }

            var name = text.TextOf(noun + 1, last);
            var country = i > 0 && sentence.MentionAt[i - 1] is { Form: MentionForm.Adjective, Entity.Country: { } named } ? named : null;
            return (new Source(name, "unknown"), country);
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

    // The broadest military institution ("die Armeeführung", "das Militär", "die Streitkräfte"): composed with a country it
    // names that country's military at large.
    private const string MilitaryAtLarge = " military";

    /// <summary>
    /// "Der ukrainische Generalstab hat … neue Zahlen vorgelegt. Binnen 24 Stunden seien …, teilte die Armeeführung in Kiew mit":
    /// a country's military at large, right after a sentence opened by a named military body of that country as its subject, is
    /// that body speaking again. Asked only of a source named so (a suffix test), so the look at the sentence before is rare.
    /// </summary>
    private List<SourcePhrase> WithSubjectBefore(List<SourcePhrase> sources, SentenceContext before)
    {
        List<SourcePhrase>? replaced = null;
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i].Source;
            if (source.Type != "military" || !source.Name.EndsWith(MilitaryAtLarge, StringComparison.Ordinal)
                || _pack.Entities.CountryOfSource(source.Name) is not { } country)
            {
                continue;
            }

            if (_attribution.OpeningSubject(before) is { Type: "military" } subject && subject.Name != source.Name
                && _pack.Entities.CountryOfSource(subject.Name) == country)
            {
                (replaced ??= new List<SourcePhrase>(sources))[i] = sources[i] with { Source = subject };
            }
        }

        return replaced ?? sources;
    }

    /// <summary>
    /// "Eine Sprecherin des US-Verteidigungsministeriums sagte, nach amerikanischen Erkenntnissen seien …": a bare
    /// country after a source preposition, where a source of that same country spoke before it, is the speaker's own
    /// side's knowledge, not a further source the speaker cites (the chain would end at "United States" otherwise).
    /// </summary>
    private List<SourcePhrase> WithoutSpeakersOwnCountry(List<SourcePhrase> sources)
    {
        List<SourcePhrase>? kept = null;
        foreach (var cited in sources)
        {
            if (cited is { AfterPreposition: true, Party: false } && _pack.Entities.CountryOfSource(cited.Source.Name) is { } side
                && _pack.Entities.Country(side)?.Name == cited.Source.Name && SpokenBefore(sources, cited, side))
            {
                kept ??= new List<SourcePhrase>(sources);
                kept.Remove(cited);
            }
        }

        return kept ?? sources;
    }

    /// <summary>Whether a source of country <paramref name="side"/> other than the country itself speaks before <paramref name="cited"/>.</summary>
    private bool SpokenBefore(List<SourcePhrase> sources, SourcePhrase cited, string side)
    {
        foreach (var speaker in sources)
        {
            if (speaker is { AfterPreposition: false, Party: false, Pronoun: false } && speaker.Last < cited.First
                && speaker.Source.Name != cited.Source.Name && _pack.Entities.CountryOfSource(speaker.Source.Name) == side)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Während der NIS von 300 Toten ausgeht, sprach Selenskyj von 4.000": when the sentence's
    /// sources stand in different clauses, a claim takes those of its own clause (null: all of them).
    /// </summary>
    private static List<Source>? ClauseAttribution(SentenceContext sentence, List<SourcePhrase> sources, int claimFirst)
    {
        if (sources.Count < 2 || OneClause(sentence, sources))
        {
            return null;
        }

        List<Source>? own = null;
        foreach (var s in sources)
        {
            if (sentence.SameClause(s.First, claimFirst) || sentence.SameClause(s.Last, claimFirst))
            {
                (own ??= []).Add(s.Source);
            }
        }

        return own;
    }

    private static bool OneClause(SentenceContext sentence, List<SourcePhrase> sources)
    {
        foreach (var s in sources)
        {
            if (!sentence.SameClause(s.First, sources[0].First))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The source the sentence just before named last (whom its reporter cites), or the organisation it named.</summary>
    private static Source? PreviousNamedLast(ReadingContext context) =>
        context.Sources.Count > 0 ? context.Sources[^1] : context.NamedSource;

    /// <summary>The source the sentence just before gave its report, or the organisation it named.</summary>
    private static Source? PreviousSpeaker(ReadingContext context) =>
        context.Sources.Count > 0 ? context.Sources[0] : context.NamedSource;

    /// <summary>"…, schrieb er": a pronoun speaker is the person named last before the sentence; without one it names nobody.</summary>
    /// <remarks>
    /// Without a person named before ("Die höchsten Zahlen nennt der ukrainische Generalstab. Er meldet …"), and
    /// always for a neuter pronoun ("Deutlich vorsichtiger ist das britische Verteidigungsministerium. Es geht …
    /// aus"), the pronoun is the source the sentence just before named.
    /// </remarks>
    private List<SourcePhrase> ResolvePronouns(
        List<SourcePhrase> sources, SentenceContext sentence, Source? lastPerson, Source? previousSpeaker, Source? previousLast, SentenceContext? previous,
        Source? reportBeforeAside)
    {
        if (!sources.Exists(s => s.Pronoun))
        {
            return sources;
        }

        // "Die ukrainische Luftwaffe lobt die Systeme. Nach ihren Angaben …": with no source cited in the sentence before,
        // a possessive points back to the institution that sentence opened with, before a person named further back.
        Source? Referent(SourcePhrase pronoun) => _pack.Attribution.Demonstratives.Contains(pronoun.Source.Name)
            ? previousLast ?? lastPerson
            : _pack.Attribution.NeuterPronouns.Contains(pronoun.Source.Name) || PluralAfterVerb(sentence, pronoun)
                || InstitutionJustBefore(pronoun, previousSpeaker, previous)
            ? PluralSubjectBefore(sentence, pronoun, previous) ?? previousSpeaker ?? OpeningSubjectOf(pronoun, previous)
                ?? (reportBeforeAside is not null && PersonNamedIn(previous) ? lastPerson : null) ?? ReportBefore(pronoun, reportBeforeAside) ?? lastPerson
            // "Die ukrainische Luftwaffe kann die Raketen abfangen, doch das gelingt nicht immer. Im Januar fing sie nach eigenen
            // Angaben zwei … ab": the subject a self-reference points to, a pronoun, is the subject the sentence before opened with.
            : pronoun.Party ? (previous is null ? null : _attribution.OpeningSubject(previous)) ?? lastPerson ?? previousSpeaker
            : (UnnamedPersonSpoke(previousSpeaker, previous) ? previousSpeaker : lastPerson) ?? previousSpeaker;
        var resolved = new List<SourcePhrase>(sources.Count);
        foreach (var phrase in sources)
        {
            if (!phrase.Pronoun)
            {
                resolved.Add(phrase);
            }
            else if (SpeakerBefore(sources, phrase) is { } named)
            {
                // "Der Militärgeheimdienst HUR geht von höheren Zahlen aus: Nach seinen Angaben …": a pronoun or
                // possessive after a source the same sentence named is that source, already in the list.
                if (!sources.Contains(named))
                {
                    resolved.Add(phrase with { Source = named.Source, Pronoun = false });
                }
            }
            else if (Referent(phrase) is { } referent)
            {
                // "Die Journalisten werten … aus. Nach ihrer eigenen Schätzung …": a subject that is a bare institution noun is
                // as generic as it was, and is resolved to the source of its kind named before, as that noun would be.
                var institution = BareInstitution(referent);
                resolved.Add(phrase with { Source = referent, Pronoun = false, Generic = institution is not null, Institution = institution });
            }
        }

        return resolved;
    }

    /// <summary>
    /// The person a sentence names, the last one: a known person, one by title and name ("der Abgeordnete Hannes Gerlach"), or
    /// a surname opening it of a person named in full before ("Ammann hat die Zahlen nachgerechnet"); null when it names none.
    /// </summary>
    private Source? PersonNamedBy(SentenceContext sentence, ReadingContext context)
    {
        var mention = sentence.Mentions.FindLast(m => m.Entity.Kind == EntityKind.Person);
        return mention is not null ? new Source(mention.Entity.Name, mention.Entity.SourceType)
            : _attribution.LastTitledPerson(sentence) ?? OpeningSurname(sentence, context);
    }

    /// <summary>
    /// "Ein hochrangiger Offizier, der anonym bleiben will, spricht von einem Förderband. Allein im Oktober hätten Züge knapp
    /// 400.000 Granaten gebracht, sagt er": a person nobody names (an officer, an official, a commander) who spoke in the
    /// sentence just before, which named no person, is whom a personal pronoun means, not a person named further back.
    /// </summary>
    private bool UnnamedPersonSpoke(Source? previousSpeaker, SentenceContext? previous)
    {
        if (previousSpeaker is null || previous is null || PersonNamedIn(previous))
        {
            return false;
        }

        foreach (var word in previousSpeaker.Name.Split(' '))
        {
            if (_pack.Attribution.Institutions.TryMatch(word.ToLowerInvariant(), out var institution, out _)
                && institution.Name is "officer" or "officials" or "commander")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Analystin Katrin Seidl hält die Nachfrage für dauerhaft. Russland stelle nach ihren Schätzungen …": an aside that names a
    /// person (known, or by title and name) is whom a possessive after it means, not the report before the aside. Asked only
    /// when such a report stands.
    /// </summary>
    private bool PersonNamedIn(SentenceContext? previous)
    {
        if (previous is null)
        {
            return false;
        }

        foreach (var mention in previous.Mentions)
        {
            if (mention.Entity is { Kind: EntityKind.Person })
            {
                return true;
            }
        }

        return _attribution.LastTitledPerson(previous) is not null;
    }

    /// <summary>
    /// "Das zeigen die Zahlen der ukrainischen Luftwaffe. In der Nacht habe Russland 458 Drohnen abgefeuert, teilte sie mit":
    /// "sie" (a feminine institution or a plural) after a sentence that named a source and no person is that source, not a
    /// person named further back (a headline's "Putins …").
    /// </summary>
    private bool InstitutionJustBefore(SourcePhrase pronoun, Source? previousSpeaker, SentenceContext? previous)
    {
        if (previousSpeaker is null || previous is null || !_pack.Attribution.PluralPronouns.Contains(pronoun.Source.Name))
        {
            return false;
        }

        foreach (var mention in previous.Mentions)
        {
            if (mention.Entity is { Kind: EntityKind.Person })
            {
                return false;
            }
        }

        return _attribution.LastTitledPerson(previous) is null;
    }

    /// <summary>
    /// "Die Journalisten selbst halten ihre Liste für eine Untergrenze. Mit einem Abgleich … schätzen sie …": a plural pronoun
    /// after a plural verb is the institution the sentence before opened with as its subject, before a source named further back.
    /// </summary>
    private Source? PluralSubjectBefore(SentenceContext sentence, SourcePhrase pronoun, SentenceContext? previous) =>
        previous is not null && PluralAfterVerb(sentence, pronoun) ? _attribution.OpeningSubject(previous) : null;

    /// <summary>The kind of institution a source's name is when it is that institution's bare noun ("Journalisten"), else null.</summary>
    private string? BareInstitution(Source source) =>
        source.Name.Length > 0 && source.Name.IndexOf(' ') < 0 && char.IsUpper(source.Name[0])
        && _pack.Attribution.Institutions.TryMatch(source.Name.ToLowerInvariant(), out var institution, out _) && institution.Name.Length > 0
            ? institution.Name
            : null;

    /// <summary>"zählten sie": a plural pronoun right after a word in "-en" (a plural verb) is plural, no single person.</summary>
    private bool PluralAfterVerb(SentenceContext sentence, SourcePhrase pronoun) =>
        _pack.Attribution.PluralPronouns.Contains(pronoun.Source.Name) && pronoun.First > 0
        && sentence.Tokens.Lower[pronoun.First - 1].EndsWith("en", StringComparison.Ordinal);

    /// <summary>
    /// "Mediazona hat … 158.400 getöteten russischen Soldaten ermittelt. Die Journalisten werten dafür Todesanzeigen aus. Nach
    /// ihrer eigenen Schätzung könnten …": a possessive with no source in the sentence before, after an aside with neither
    /// source nor claim, is the report before the aside, before a person named further back.
    /// </summary>
    private Source? ReportBefore(SourcePhrase pronoun, Source? reportBeforeAside) =>
        _pack.Attribution.PossessiveSpeakers.Contains(pronoun.Source.Name) ? reportBeforeAside : null;

    /// <summary>The institution opening the sentence before, for a possessive (not "es") that has no source cited there to point to.</summary>
    private Source? OpeningSubjectOf(SourcePhrase pronoun, SentenceContext? previous) =>
        previous is not null && _pack.Attribution.PossessiveSpeakers.Contains(pronoun.Source.Name) ? _attribution.OpeningSubject(previous) : null;

    /// <summary>
    /// The named source nearest before a pronoun or possessive speaker in its sentence, if any ("Der Generalstab nennt
    /// höhere Zahlen: Er spricht von …"); a definite description counts too ("Die Analysten gehen von kleineren Flächen
    /// aus: Sie sprechen von …"), and is resolved with the sentence's other descriptions afterwards.
    /// </summary>
    private static SourcePhrase? SpeakerBefore(List<SourcePhrase> sources, SourcePhrase pronoun)
    {
        SourcePhrase? nearest = null;
        foreach (var phrase in sources)
        {
            if (!phrase.Pronoun && phrase.Last < pronoun.First && (nearest is null || phrase.Last > nearest.Last))
            {
                nearest = phrase;
            }
        }

        return nearest;
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

    /// <summary>Whether the two lists hold equal sources in the same order.</summary>
    private static bool SameSources(List<Source> own, IReadOnlyList<Source> report)
    {
        if (own.Count != report.Count)
        {
            return false;
        }

        for (var i = 0; i < own.Count; i++)
        {
            if (!own[i].Equals(report[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CountsPeople(Claim claim) => claim.Measure is "troops" or "killed" or "wounded" or "captured" or "casualties";

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

    /// <summary>A sentence without a source of its own continues the report before it when it is reported speech or a quotation.</summary>
    private bool ContinuesReport(SentenceContext sentence, ReadingContext context)
    {
        // A sentence that ends in a colon opens a list or quotation of the report it is in.
        var tokens = sentence.Tokens;
        if (tokens.Count > 1 && tokens.IsSymbol(tokens.Count - 1, ':') && !sentence.Tokens.Tokens[0].Kind.Equals(TokenKind.Symbol))
        {
            return true;
        }

        if (sentence.Sentence.Kind == SentenceKind.Line)
        {
            return false;
        }

        // "Darunter: mindestens sechs ballistische Raketen …": a sentence that opens with a subset word counts part of
        // what the report before counted.
        return sentence.ReportedSpeech.Count > 0 || tokens.IsSymbol(0, '"') || context.EndedWithColon
            || (!context.OpensParagraph && sentence.ReportsHearsay())
            || _pack.Attribution.Continuation.OccursIn(sentence.Tokens)
            || (context.PreviousSentenceClaims > 0 && _pack.Cues.Subsets.TryMatchAt(tokens, 0, out _))
            // "…, heißt es in dem Bericht. Weitere 200 sollen bis Ende Februar folgen": a sentence of the same paragraph that
            // opens with an increment word and a number adds to what the report counted, plan or not.
            || (!context.OpensParagraph && tokens.Count > 2 && tokens.Tokens[1].IsNumber && _pack.Cues.Increments.TryMatchAt(tokens, 0, out _));
    }

    /// <summary>
    /// The side that fired in the sentence just before (or that the question before it answered); for a sentence opening
    /// with a part of what was counted ("Unter den Raketen befanden sich …", `subset_openers`), in one of the last three.
    /// </summary>
    private string? FiringBefore(SentenceContext sentence, ReadingContext context) =>
        context.SideJustNoted(Fired) ?? context.AnsweredFiring
            ?? (_pack.Cues.SubsetOpeners.TryMatchAt(sentence.Tokens, 0, out _) ? context.RecentSide(Fired) : null);

    private (string? Relation, string Measure) Classify(SentenceContext sentence, QuantityPhrase phrase, CountedNoun noun, bool hasSupply, bool listOfLosses)
    {
        var measure = noun.Measure;
        // "… 212 russische Fahrzeuge zerstört, darunter 31 Panzer": a clause opened by a subset word goes on with the one before.
        var clauseFirst = sentence.ClauseBounds(phrase.First).First;
        // "… mehr als 4.400 Kampfpanzer verloren, dazu rund 9.100 gepanzerte Fahrzeuge": so does one opened by a word of addition.
        var subsetOf = clauseFirst > 0 && (OpensSubset(sentence, phrase.First) || OpensAddition(sentence, phrase.First))
            && !sentence.SameClause(clauseFirst - 1, phrase.First) ? sentence.ClauseOf[clauseFirst - 1] : -1;
        bool InClause(int cueFirst) => sentence.SameClause(cueFirst, phrase.First) || sentence.SameClause(cueFirst, noun.Last) || sentence.ClauseOf[cueFirst] == subsetOf;
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
            if (!sentence.HasRelationInClause("supply", phrase.First) && AnyInClause(_pack.Cues.Carrying.FindAll(sentence.Tokens)))
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

            // "dass Russland noch etwa 2.500 Kampfpanzer in Depots vorhielt": weapons in store, with no supply verb, are held.
            if (!hasSupply && AnyInClause(_pack.Cues.Stockpiles.FindAll(sentence.Tokens)))
            {
                return ("other", measure);
            }

            // "Die ukrainische Luftwaffe hat … mindestens 60 ballistische Raketen … registriert": weapons registered coming in,
            // with no supply verb, were fired (their side is the teller's opponent, see Sighted).
            if (!hasSupply && FiredMeasures.Contains(measure) && AnyInClause(_pack.Cues.Sightings.FindAll(sentence.Tokens)))
            {
                return ("other", measure);
            }

            return (hasSupply || sentence.HasRelation("deployment") ? "supply" : UncuedSupply, measure);
        }

        return ("other", measure);
    }

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

    /// <summary>"etwa 4.700 Soldaten, darunter rund 600 Tote": a number right before the cue (after the claim's noun) counts it.</summary>
    private static bool CountedByAnotherNumber(TokenizedText text, int cue, int ownLast)
    {
        for (var i = Math.Max(ownLast + 1, cue - 3); i < cue; i++)
        {
            // "Zwei nordkoreanische Soldaten gerieten im Januar 2025 in ukrainische Gefangenschaft": a year with words
            // between it and the loss noun counts nothing.
            if (text.Tokens[i].IsNumber && !(i + 1 < cue && IsYearToken(text, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Four digits from 1900 to 2100 ("2025"; "2.025" has a group separator and is a count).</summary>
    private static bool IsYearToken(TokenizedText text, int i)
    {
        var token = text.Tokens[i];
        if (token.Length != 4)
        {
            return false;
        }

        var digits = text.Text.AsSpan(token.Start, 4);
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2100;
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

    /// <summary>"Ausgaben von 2,1 Milliarden Franken": a cost noun and a value link right before the amount.</summary>
    private bool NamedAsCost(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        for (var i = Math.Max(1, phrase.First - 3); i < phrase.First; i++)
        {
            if (_pack.Cues.ValueLinks.TryMatchAt(text, i, out var link) && link.Last == phrase.First - 1 && _pack.Cues.CostNouns.Contains(text.Lower[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "eine einmalige Prämie von 3,1 Millionen Rubel, in Tatarstan sind es 2,4 Millionen": a capitalized singular noun of one
    /// person's pay (<c>pay_nouns</c> endings) in the sentence makes its money earnings, whatever verb of receiving stands there.
    /// </summary>
    private bool NamesPay(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        if (!_pack.Cues.PayNouns.AnyIn(text))
        {
            return false;
        }

        for (var i = 0; i < text.Count; i++)
        {
            if (text.IsCapitalized(i) && _pack.Cues.PayNouns.Contains(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A count in a clause that names another war or a state of the past (<c>other_wars</c>: "Im Zweiten Weltkrieg verlor die
    /// Sowjetunion rund 27 Millionen Menschen") or in the conditional clause a subjunctive verb opens (<c>conditional_openers</c>:
    /// "Würde Europa 100.000 Soldaten … schicken, …") or a conjunction of condition opens when a subjunctive verb answers it
    /// (<c>conditional_conjunctions</c>: "Wenn Russland 300.000 Mann mobilisierte, bräuchte es Monate") is no claim, nor one after
    /// the first part of a ratio in its clause (<c>ratio_openers</c>: "auf jede ukrainische Granate kämen … drei russische"). Asked
    /// of counts only, so the clause is read rarely.
    /// </summary>
    private bool ComparesOrSupposes(SentenceContext sentence, QuantityPhrase phrase)
    {
        var (first, last) = sentence.ClauseBounds(phrase.First);
        var text = sentence.Tokens;
        if ((first == 0 && text.Count > 0 && text.Tokens[0].IsWord
                && (_pack.Cues.ConditionalOpeners.Contains(text.Lower[0]) || (OpensCondition(text) && AnsweredInSubjunctive(text, last))))
            || sentence.AnyWordIn(_pack.Cues.OtherWars, first, last))
        {
            return true;
        }

        for (var i = first; i < phrase.First; i++)
        {
            if (_pack.Cues.RatioOpeners.TryMatchAt(text, i, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a conjunction of condition opens the sentence, or is its second word after a particle ("Selbst wenn …").</summary>
    private bool OpensCondition(TokenizedText text) =>
        _pack.Cues.ConditionalConjunctions.Contains(text.Lower[0])
        || (text.Count > 1 && !text.IsCapitalized(1) && _pack.Cues.ConditionalConjunctions.Contains(text.Lower[1]));

    /// <summary>Whether the first word after the clause ending at <paramref name="last"/> is a subjunctive verb ("…, bräuchte es …").</summary>
    private bool AnsweredInSubjunctive(TokenizedText text, int last)
    {
        for (var i = last + 1; i < text.Count; i++)
        {
            if (text.Tokens[i].IsWord)
            {
                return _pack.Cues.ConditionalOpeners.Contains(text.Lower[i]) || _pack.Cues.SubjunctiveVerbs.Contains(text.Lower[i]);
            }
        }

        return false;
    }

    /// <summary>"3 Monate für 9,90 Euro": a period and "für" right before the amount (<c>offer_periods</c>) price an offer.</summary>
    private bool NamedAsOfferPrice(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        return phrase.First >= 2 && _pack.Cues.OfferPeriods.TryMatchAt(text, phrase.First - 2, out var offer) && offer.Last == phrase.First - 1;
    }

    /// <summary>"Die Aktie von Rheinmetall legte … auf 1.812 Euro zu": a noun of a share's price or a firm's worth before the amount in its clause.</summary>
    private bool NamedAsMarketFigure(SentenceContext sentence, QuantityPhrase phrase) =>
        sentence.AnyWordIn(_pack.Cues.MarketNouns, sentence.ClauseBounds(phrase.First).First, phrase.First - 1);

    /// <summary>Whether a word for the state of land (<c>land_states</c>) stands in the quantity's clause.</summary>
    private bool DescribesLand(SentenceContext sentence, QuantityPhrase phrase)
    {
        var (first, last) = sentence.ClauseBounds(phrase.First);
        return sentence.AnyWordIn(_pack.Cues.LandStates, first, last);
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

    /// <summary>
    /// "der Panzerbrigade 45", "Artikel 5": a bare number right after a noun names it; it counts nothing. A number
    /// written with a group separator is a count ("hatte der Generalstab 1.180 angegeben"). Nor does an age set off by
    /// commas (<see cref="IsAgeAside"/>) or a factor (<see cref="IsTimesFactor"/>) count anything.
    /// </summary>
    private static bool IsDesignation(SentenceContext sentence, QuantityPhrase phrase)
    {
        if (IsAgeAside(sentence, phrase) || IsTimesFactor(sentence, phrase))
        {
            return true;
        }

        var text = sentence.Tokens;
        var before = phrase.First - 1;
        return phrase.First == phrase.Last && before > 0 && text.Tokens[phrase.First].IsNumber && text.Tokens[before].IsWord
            && text.IsCapitalized(before) && sentence.MentionAt[before] is null && !text.Tokens[phrase.First].Joined
            && text.Text.AsSpan(text.Tokens[phrase.First].Start, text.Tokens[phrase.First].Length).IndexOf(sentence.Pack.Grammar.Digits.Group) < 0;
    }

    /// <summary>
    /// "sagte der Abgeordnete Park Sun Won, 61, vor Journalisten": a bare number of at most three digits set off by commas
    /// right after a capitalized word (a name) is the person's age, no count.
    /// </summary>
    private static bool IsAgeAside(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        var at = phrase.First;
        return phrase.First == phrase.Last && at > 1 && at + 1 < text.Count && text.Tokens[at].IsNumber && text.Tokens[at].Length <= 3
            && text.IsSymbol(at - 1, ',') && text.IsSymbol(at + 1, ',') && text.Tokens[at - 2].IsWord && text.IsCapitalized(at - 2);
    }

    /// <summary>"die Russen drei- bis viermal so viele": a number cut before a hyphen, whose range ends in a word of multiplying
    /// (`times_suffixes`), is a factor and counts nothing.</summary>
    private static bool IsTimesFactor(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        var word = phrase.Last + 3;
        if (word >= text.Count || !text.IsSymbol(phrase.Last + 1, '-') || !text.Tokens[word].IsWord)
        {
            return false;
        }

        return WordEndings.EndsWithAny(text.Lower[word], sentence.Pack.Numbers.TimesSuffixes, minStem: 0);
    }

    /// <summary>"zwei weitere IRIS-T-Systeme": an adjective and a noun after the number count it.</summary>
    private static bool NounPhraseAfter(SentenceContext sentence, int last)
    {
        var text = sentence.Tokens;
        return last + 2 < text.Count && text.Tokens[last + 1].IsWord && !text.IsCapitalized(last + 1)
            && text.Tokens[last + 2].IsWord && text.IsCapitalized(last + 2);
    }

    /// <summary>"2024" may be a year; "2.000", written with a group separator, is a count. So may a deadline read
    /// as a bound ("bis 2027 etwa 1,5 Millionen Geschosse": `plan_bounds` right before the number, not "bis zu").</summary>
    private static bool MayBeYear(SentenceContext sentence, QuantityPhrase phrase) =>
        phrase.Quantity is { Value: >= 1900 and <= 2100 } quantity
        && (quantity.Qualifier == Qualifier.Exact
            || (quantity.Qualifier == Qualifier.UpTo && phrase.NumberLast > 0
                && sentence.Pack.Cues.PlanBounds.Contains(sentence.Tokens.Lower[phrase.NumberLast - 1])))
        && sentence.Tokens.Text.AsSpan(sentence.Tokens.Tokens[phrase.Last].Start, sentence.Tokens.Tokens[phrase.Last].Length).IndexOf(sentence.Pack.Grammar.Digits.Group) < 0;

    /// <summary>
    /// "Von den 2022 versprochenen Leopard-Panzern", "die 2023 gelieferten Haubitzen": a bare year-like number between an article
    /// and an inflected participle before its noun dates the participle. A round hundred ("die 2000 gelieferten Granaten") stays
    /// a count.
    /// </summary>
    private static bool DatesParticiple(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        var participle = phrase.Last + 1;
        return phrase.First == phrase.Last && phrase.First > 0 && participle + 1 < text.Count && MayBeYear(sentence, phrase)
            && phrase.Quantity.Value % 100 != 0
            && sentence.Pack.Grammar.Determiners.Contains(text.Lower[phrase.First - 1])
            && text.Tokens[participle].IsWord && !text.IsCapitalized(participle)
            && WordEndings.EndsWithAny(text.Lower[participle], sentence.Pack.Grammar.ParticipleEndings, minStem: 3)
            && text.Tokens[participle + 1].IsWord && text.IsCapitalized(participle + 1);
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

    /// <summary>Whether token i is a lower-case word with an adjective's ending ("ukrainische").</summary>
    private static bool LowerAdjectiveAt(SentenceContext sentence, int i) =>
        sentence.Tokens.Tokens[i].IsWord && !sentence.Tokens.IsCapitalized(i)
        && WordEndings.EndsWithAny(sentence.Tokens.Lower[i], sentence.Pack.Grammar.AdjectiveEndings, minStem: 3);

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
            // A number right after a capitalized word is part of a name ("vom Typ LAV 6", "Resolution 2270"), no part.
            var named = text.IsCapitalized(phrase.First - 1);
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

    /// <summary>Whether a word of a day's amount ("täglich", "am Tag") stands in the clause of token <paramref name="at"/>.</summary>
    private bool FiringRateInClause(SentenceContext sentence, int at)
    {
        var (first, last) = sentence.ClauseBounds(at);
        return _pack.Cues.FiringRates.FindAll(sentence.Tokens, first, last + 1).Count > 0;
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

    /// <summary>"Grafik: … | Quelle: Oryx": a line opened by a furniture label that was kept as the caption of a table.</summary>
    private bool IsCaption(SentenceContext sentence, string text)
    {
        var span = sentence.Sentence.Span;
        var line = text.AsSpan(span.Start, span.End - span.Start).TrimStart();
        return _captionLabels.StartsLine(line);
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

    /// <summary>"- 31 Kampfpanzer …": a line that opens with a list mark.</summary>
    private static bool IsListItem(SentenceContext sentence) =>
        sentence.Tokens.Count > 1 && ((sentence.Tokens.Tokens[0].Kind == TokenKind.Symbol && FurnitureFilter.IsListMark(sentence.Text[sentence.Tokens.Tokens[0].Start]))
            || FurnitureFilter.IsDataRow(sentence.Text.AsSpan(sentence.Sentence.Span.Start, sentence.Sentence.Span.End - sentence.Sentence.Span.Start).Trim()));

    /// <summary>Who holds what a claim counts: the receiver of goods supplied, else the claim's actor.</summary>
    private static string? Holder(Claim claim) => claim.Relation == "supply" ? claim.Recipient : claim.Actor;

    /// <summary>Whether the sentence opens with a word that points back to the sentence before ("Das berichtet …", "Dies teilte … mit").</summary>
    private bool RefersBack(SentenceContext sentence) =>
        sentence.Tokens.Count > 1 && _pack.Attribution.BackReference.TryMatchAt(sentence.Tokens, 0, out var cue)
        && (cue.Last > 0 || !OpensNounPhrase(sentence.Tokens, cue.Last + 1));

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

    /// <summary>
    /// The last source phrase headed by a person's noun ("Ein hochrangiger Beamter des ukrainischen Militärgeheimdienstes
    /// bestätigte …"), whatever institution it resolves to: a later "er" or "nach seinen Angaben" means that person.
    /// </summary>
    private SourcePhrase? PersonSpeaker(SentenceContext sentence, List<SourcePhrase> sources)
    {
        var text = sentence.Tokens;
        for (var s = sources.Count - 1; s >= 0; s--)
        {
            var phrase = sources[s];
            for (var i = phrase.First; i <= phrase.Last && i < text.Count; i++)
            {
                if (text.Tokens[i].IsWord && text.IsCapitalized(i) && !_pack.Grammar.Determiners.Contains(text.Lower[i]))
                {
                    // A military person's noun heads such a phrase too ("Der Kommandeur der 47. Mechanisierten Brigade, Oberst
                    // Oleksandr Sak, sagte …": a later "sagte der 38-Jährige" is he, not a spokesperson named before).
                    if (!phrase.Cited && sentence.MentionAt[i] is null && _pack.Attribution.Institutions.TryMatch(text.Lower[i], out var head, out _)
                        && (head.SourceType == "official"
                            || (head.SourceType == "military" && WordEndings.EndsWithAny(text.Lower[i], _pack.Attribution.PersonHeads))))
                    {
                        return phrase;
                    }

                    break;
                }
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
    /// Settles what only the whole document tells: the relation of goods named without a verb, and
    /// actor and recipient where a claim's sentence names none (the document's usual ones).
    /// </summary>
    private static List<Claim> Complete(
        List<Claim> drafts, RoleVotes votes, Dictionary<int, int> partitives, HashSet<int> mixedGivers, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> currencyByCountry,
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
                if (recipient is null && (actor ?? defaultGiver) is { } donor && entities.GivesTo(donor) is { } side
                    && (defaultReceiver is null || entities.Opponent(side) == defaultReceiver))
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
