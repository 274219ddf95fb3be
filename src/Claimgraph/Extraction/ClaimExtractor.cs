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
public sealed class ClaimExtractor
{
    private static readonly HashSet<string> WeaponMeasures =
        ["howitzers", "rocket_launchers", "ballistic_missiles", "missiles", "artillery_shells", "tanks", "armored_vehicles", "drones"];

    private static readonly HashSet<string> PeopleLossMeasures = ["killed", "wounded", "captured", "casualties"];

    // Goods or money in a sentence without a verb that says what happened to them: supply when the
    // document speaks of supply elsewhere, else "other". Decided once the whole document is read.
    private const string UncuedSupply = "supply?";

    // Relations whose side carries over to the next sentences when those name none.
    private static readonly string[] SidedRelations = ["losses", "advance"];

    private readonly LanguagePack _pack;
    private readonly SentenceSplitter _splitter;
    private readonly FurnitureFilter _furniture;
    private readonly QuantityRecognizer _quantities;
    private readonly CountedNounFinder _nouns;
    private readonly AttributionFinder _attribution;
    private readonly RoleResolver _roles = new();
    private readonly Recognizers.Dates.DateRecognizer _dates;

    public ClaimExtractor(LanguagePack pack)
    {
        _pack = pack;
        _splitter = new SentenceSplitter(pack.Sentences);
        _furniture = new FurnitureFilter(pack.Furniture);
        _quantities = new QuantityRecognizer(pack);
        _nouns = new CountedNounFinder(pack);
        _attribution = new AttributionFinder(pack);
        _dates = new Recognizers.Dates.DateRecognizer(pack.Dates);
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
        var context = new ReadingContext { Document = document, Normalized = normalized, Reference = reference };
        var roleVotes = new RoleVotes();
        var furnitureIndex = 0;

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

            ReadSentence(new SentenceContext(sentence, text, _pack), context, drafts, roleVotes);
        }

        var claims = Complete(drafts, roleVotes);
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
        var sources = _attribution.Find(sentence);
        var own = sources.Select(s => s.Source).ToList();
        var continues = own.Count == 0 && context.Sources.Count > 0 && ContinuesReport(sentence, context);
        var attribution = own.Count > 0 ? own : continues ? context.Sources : [];
        // Hedging matters for the sentence's claims and for a report the next sentence may continue.
        bool? hedgedOnce = null;
        bool Hedged() => hedgedOnce ??= sentence.Hedges.Count > 0 || (continues && context.Hedged);
        var countries = _roles.CountriesOf(sentence, sources);
        var sentenceSystem = sentence.Mentions.LastOrDefault(m => m.Entity.Kind == EntityKind.WeaponSystem)?.Entity;
        var sentenceClaims = new List<Claim>();
        var documentText = context.Document.Text;
        // Read only for sentences that make a claim: most sentences make none.
        string? sentenceText = null;
        List<Recognizers.Dates.TimeMention>? times = null;
        var hasSupply = sentence.HasRelation("supply") || (continues && context.Supply);

        foreach (var phrase in _quantities.FindAll(sentence.Tokens))
        {
            var noun = _nouns.Find(sentence, phrase) ?? Elliptic(sentence, phrase, sentenceClaims, context.Claims);
            if (noun is null)
            {
                continue;
            }

            var (relation, measure) = Classify(sentence, phrase, noun, hasSupply);
            if (relation is null)
            {
                continue;
            }

            noun = noun with { Measure = measure };
            var system = noun.System ?? (relation == "capability" ? sentenceSystem ?? context.System : null);
            noun = noun with { System = system };
            var (actor, recipient) = _roles.Resolve(sentence, countries, relation == UncuedSupply ? "supply" : relation, noun, phrase.First);

            // "…, darunter drei Panzerhaubitzen": a subset of the claim before it, with its relation and parties.
            if (sentenceClaims.Count > 0 && OpensSubset(sentence, phrase.First))
            {
                var whole = sentenceClaims[^1];
                relation = whole.Relation;
                if (noun.Owner is null)
                {
                    (actor, recipient) = (whole.Actor, whole.Recipient);
                }
            }

            var last = Math.Max(phrase.Last, noun.Last);
            var span = context.Normalized.ToOriginal(sentence.Tokens.SpanOf(phrase.First, last));
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
                TimeOf(times, sentence.Tokens.Tokens[phrase.First].Start),
                attribution,
                Hedged(),
                relation is "supply" or "deployment" or UncuedSupply ? IsIncrement(sentence, phrase, last) : null);
            sentenceClaims.Add(draft);
        }

        // Sentences that speak of supply or deployment vote for the document's usual actor and recipient.
        foreach (var relation in new[] { "supply", "deployment" })
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

        foreach (var claim in sentenceClaims.Where(c => c.Relation is "supply" or "deployment"))
        {
            votes.Add(claim.Actor, claim.Recipient);
        }

        // "Binnen einer Woche seien die Angreifer … vorgerückt": a loss or advance whose sentence names
        // no side is the side of the same relation in the sentences just before.
        for (var i = 0; i < sentenceClaims.Count; i++)
        {
            if (sentenceClaims[i] is { Actor: null } open && SidedRelations.Contains(open.Relation) && context.RecentSide(open.Relation) is { } side)
            {
                sentenceClaims[i] = open with { Actor = side };
            }
        }

        foreach (var relation in SidedRelations)
        {
            var side = sentenceClaims.LastOrDefault(c => c.Relation == relation && c.Actor is not null)?.Actor
                ?? (sentence.HasRelation(relation) ? SentenceSides(sentence, countries, relation).Actor : null);
            context.NoteSide(relation, side);
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
            }
        }

        drafts.AddRange(sentenceClaims);
        context.Advance(sentence, attribution, attribution.Count > 0 && Hedged(), sentenceSystem, sentenceClaims, sentence.HasRelation("supply") || (continues && context.Supply));
        context.PreviousSourcesWereParties = sources.Count > 0 && sources.All(s => s.Party);
    }

    /// <summary>Actor and recipient the sentence gives a relation it speaks of, apart from any counted phrase.</summary>
    private (string? Actor, string? Recipient) SentenceSides(SentenceContext sentence, IReadOnlyList<CountryMention> countries, string relation) =>
        _roles.Resolve(sentence, countries, relation, new CountedNoun(relation, null, 0, null, null), 0);

    /// <summary>The time expressions of a sentence that can be a claim's time: dates, periods, years, anchored durations.</summary>
    private List<Recognizers.Dates.TimeMention> TimesOf(SentenceContext sentence, DateOnly? reference) =>
        _dates.Recognize(sentence.Text, sentence.Sentence.Span, reference)
            .Where(t => t.Kind is not (Recognizers.Dates.TimeMentionKind.Time or Recognizers.Dates.TimeMentionKind.Now)
                && (t.Kind != Recognizers.Dates.TimeMentionKind.Duration || t.Start is not null))
            .ToList();

    /// <summary>The time the claim is about: the time expression of its sentence nearest to it.</summary>
    private static ClaimTime? TimeOf(List<Recognizers.Dates.TimeMention> times, int position)
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

        return best is null ? null : new ClaimTime(best.Start?.ToString(), best.End?.ToString(), best.Text);
    }

    /// <summary>A sentence without a source of its own continues the report before it when it is reported speech or a quotation.</summary>
    private bool ContinuesReport(SentenceContext sentence, ReadingContext context)
    {
        if (sentence.Sentence.Kind == SentenceKind.Line)
        {
            return false;
        }

        return sentence.ReportedSpeech.Count > 0 || sentence.Tokens.IsSymbol(0, '"') || context.EndedWithColon
            || _pack.Attribution.Continuation.FindAll(sentence.Tokens).Count > 0;
    }

    private (string? Relation, string Measure) Classify(SentenceContext sentence, QuantityPhrase phrase, CountedNoun noun, bool hasSupply)
    {
        var measure = noun.Measure;
        bool InClause(int cueFirst) => sentence.SameClause(cueFirst, phrase.First) || sentence.SameClause(cueFirst, noun.Last);

        switch (measure)
        {
            case "range" or "caliber" or "capacity":
                return ("capability", measure);
            case "distance":
                return ("advance", measure);
            case "money":
                return (hasSupply ? "supply" : UncuedSupply, measure);
        }

        if (PeopleLossMeasures.Contains(measure))
        {
            return ("losses", measure);
        }

        if (measure is "troops" or "formations" or "people")
        {
            if (NearestLoss(sentence, phrase, noun) is { } kind)
            {
                return ("losses", measure == "formations" ? measure : kind);
            }

            if (measure == "formations" && sentence.EquipmentLosses.Any(c => InClause(c.First)))
            {
                return ("losses", measure);
            }

            return measure == "people" ? (null, measure) : ("deployment", measure);
        }

        if (WeaponMeasures.Contains(measure))
        {
            if (sentence.EquipmentLosses.Any(c => InClause(c.First)))
            {
                return ("losses", measure);
            }

            if (sentence.Relations.Any(c => c.Value == "fired" && InClause(c.First)))
            {
                return ("other", measure);
            }

            return (hasSupply || sentence.HasRelation("deployment") ? "supply" : UncuedSupply, measure);
        }

        return ("other", measure);
    }

    /// <summary>
    /// What happened to counted people: the nearest loss cue of the clause, after the noun first
    /// (German puts the verb last). Two kinds joined ("getötet oder verwundet") are casualties.
    /// </summary>
    private string? NearestLoss(SentenceContext sentence, QuantityPhrase phrase, CountedNoun noun)
    {
        var cues = sentence.PeopleLosses.Where(c => sentence.SameClause(c.First, phrase.First) || sentence.SameClause(c.First, noun.Last)).ToList();
        if (cues.Count == 0)
        {
            return null;
        }

        var index = cues.FindIndex(c => c.First > noun.Last);
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

    /// <summary>
    /// "… 3000 oder mehr zusätzlich entsandt": a number without a noun, followed by a verb, counts
    /// what the nearest claim before it counted when that fits the verb.
    /// </summary>
    private static CountedNoun? Elliptic(SentenceContext sentence, QuantityPhrase phrase, List<Claim> sentenceClaims, IReadOnlyList<Claim> previous)
    {
        if (phrase.Quantity is { Value: >= 1900 and <= 2100, Qualifier: Qualifier.Exact })
        {
            return null;
        }

        // "350 verwundet", "mindestens zwölf verletzt": what happened says what was counted.
        var loss = sentence.PeopleLosses.FirstOrDefault(r => r.First > phrase.Last && r.First <= phrase.Last + 3 && sentence.SameClause(r.First, phrase.Last));
        if (loss.Cue is not null && (sentenceClaims.Concat(previous).Any(c => c.Measure is "troops" or "killed" or "wounded" or "captured" or "casualties")
            || sentence.Mentions.Any(m => m.Form == MentionForm.People)))
        {
            return new CountedNoun(loss.Value, null, loss.Last, null, null);
        }

        var verb = sentence.Relations.FirstOrDefault(r => r.First > phrase.Last && r.First <= phrase.Last + 3 && r.Value is "deployment" or "supply");
        if (verb.Cue is null)
        {
            return null;
        }

        foreach (var candidate in sentenceClaims.AsEnumerable().Reverse().Concat(previous.Reverse()))
        {
            var fits = verb.Value == "deployment" ? candidate.Measure == "troops" : WeaponMeasures.Contains(candidate.Measure);
            if (fits)
            {
                return new CountedNoun(candidate.Measure, candidate.Unit, phrase.Last, null, null);
            }
        }

        return null;
    }

    /// <summary>Whether the sentence opens with a word that points back to the sentence before ("Das berichtet …", "Dies teilte … mit").</summary>
    private bool RefersBack(SentenceContext sentence) =>
        sentence.Tokens.Count > 1 && _pack.Attribution.BackReference.TryMatchAt(sentence.Tokens, 0, out _);

    /// <summary>Whether a subset word ("darunter", "davon") stands right before the quantity.</summary>
    private bool OpensSubset(SentenceContext sentence, int phraseFirst)
    {
        for (var i = Math.Max(0, phraseFirst - 2); i < phraseFirst; i++)
        {
            if (_pack.Cues.Subsets.TryMatchAt(sentence.Tokens, i, out var cue) && cue.Last >= phraseFirst - 1)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsIncrement(SentenceContext sentence, QuantityPhrase phrase, int last)
    {
        var from = Math.Max(0, phrase.First - 2);
        var to = Math.Min(sentence.Tokens.Count, last + 3);
        foreach (var cue in _pack.Cues.Increments.FindAll(sentence.Tokens, from, to))
        {
            if (sentence.SameClause(cue.First, phrase.First))
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
    private static List<Claim> Complete(List<Claim> drafts, RoleVotes votes)
    {
        var (defaultActor, defaultRecipient) = votes.Winner();
        var claims = new List<Claim>(drafts.Count);
        foreach (var uncued in drafts)
        {
            var claim = uncued.Relation != UncuedSupply ? uncued
                : votes.SupplySentences > 0 ? uncued with { Relation = "supply" }
                : uncued with { Relation = "other", Increment = null };
            var actor = claim.Actor;
            var recipient = claim.Recipient;
            if (claim.Relation is "supply" or "deployment" or "capability")
            {
                actor ??= defaultActor;
            }

            if (claim.Relation is "supply" or "deployment" && recipient is null && defaultRecipient != actor)
            {
                recipient = defaultRecipient;
            }

            claims.Add(claim with { Actor = actor, Recipient = recipient });
        }

        return claims;
    }

    /// <summary>What the reader remembers from the sentences before: the report it is in, the system spoken of, the claims made.</summary>
    private sealed class ReadingContext
    {
        public DateOnly? Reference { get; init; }

        public IReadOnlyList<Source> Sources { get; private set; } = [];

        public bool Hedged { get; private set; }

        public bool Supply { get; private set; }

        public bool EndedWithColon { get; private set; }

        public Entity? System { get; private set; }

        public required Document Document { get; init; }

        public required NormalizedText Normalized { get; init; }

        public IReadOnlyList<Claim> Claims { get; private set; } = [];

        /// <summary>How many claims the sentence just read made (the last ones of the drafts).</summary>
        public int PreviousSentenceClaims { get; private set; }

        private readonly Dictionary<string, (string Side, int Age)> _sides = new(StringComparer.Ordinal);

        /// <summary>The side of a relation named in the last two sentences, if any.</summary>
        public string? RecentSide(string relation) =>
            _sides.TryGetValue(relation, out var entry) && entry.Age <= 2 ? entry.Side : null;

        /// <summary>Records the side a sentence gave a relation; without one, the last side ages.</summary>
        public void NoteSide(string relation, string? side)
        {
            if (side is not null)
            {
                _sides[relation] = (side, 0);
            }
            else if (_sides.TryGetValue(relation, out var entry))
            {
                _sides[relation] = (entry.Side, entry.Age + 1);
            }
        }

        /// <summary>Whether every source of the sentence just read was a party to its claims ("Die Regierung hat … zugesagt").</summary>
        public bool PreviousSourcesWereParties { get; set; }

        private int _systemAge;

        public void Advance(SentenceContext sentence, IReadOnlyList<Source> sources, bool hedged, Entity? system, List<Claim> claims, bool supply)
        {
            var isLine = sentence.Sentence.Kind == SentenceKind.Line;
            Sources = isLine ? [] : sources;
            Hedged = !isLine && hedged;
            Supply = !isLine && supply;
            var tokens = sentence.Tokens;
            EndedWithColon = tokens.Count > 0 && tokens.IsSymbol(tokens.Count - 1, ':');
            if (system is not null)
            {
                System = system;
                _systemAge = 0;
            }
            else if (++_systemAge > 2)
            {
                System = null;
            }

            if (claims.Count > 0)
            {
                Claims = claims;
            }

            PreviousSentenceClaims = claims.Count;
        }
    }

    /// <summary>Counts which actor and recipient the document speaks of most, for claims whose sentence names none.</summary>
    private sealed class RoleVotes
    {
        private readonly Dictionary<string, int> _actors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _recipients = new(StringComparer.Ordinal);

        public int SupplySentences { get; set; }

        public void Add(string? actor, string? recipient)
        {
            if (actor is not null)
            {
                _actors[actor] = _actors.GetValueOrDefault(actor) + 1;
            }

            if (recipient is not null && recipient != actor)
            {
                _recipients[recipient] = _recipients.GetValueOrDefault(recipient) + 1;
            }
        }

        public (string? Actor, string? Recipient) Winner()
        {
            var actor = _actors.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault();
            var recipient = _recipients.Where(p => p.Key != actor).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault();
            return (actor, recipient);
        }
    }
}
