using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

public sealed partial class ClaimExtractor
{
    /// <summary>What the reader remembers from the sentences before: the report it is in, the system spoken of, the claims made.</summary>
    private sealed class ReadingContext
    {
        public DateOnly? Reference { get; init; }

        public IReadOnlyList<Source> Sources { get; private set; } = [];

        /// <summary>The sources of the sentence read last when it was a line without final punctuation, as a table's title is
        /// ("Lieferstand ausgewählter Systeme (Quelle: BMVg)"); empty after any other sentence.</summary>
        public IReadOnlyList<Source> LineSources { get; private set; } = [];

        public bool Hedged { get; private set; }

        public bool Supply { get; private set; }

        public bool EndedWithColon { get; private set; }

        /// <summary>Whether a quotation opened in the paragraph by the sentences read so far is still open after the last one
        /// (an odd number of quotation marks since the paragraph began).</summary>
        public bool QuotationOpen { get; private set; }

        public Entity? System { get; private set; }

        public required Document Document { get; init; }

        public required NormalizedText Normalized { get; init; }

        /// <summary>The named sources' countries, for a generic institution in a supply sentence.</summary>
        public required EntityLexicon Entities { get; init; }

        /// <summary>The institution nouns ("Verteidigungsministerium" → Ministry of Defence), to tell one generic ministry from another.</summary>
        public required CompoundHeadMatcher<Institution> Institutions { get; init; }

        public IReadOnlyList<Claim> Claims { get; private set; } = [];

        /// <summary>The package of aid the sentence read last named, or pointed back to ("ein weiteres Hilfspaket …").</summary>
        public NamedPackage? Package { get; set; }

        /// <summary>The side "wir" stands for in the document: the opponent of a side whose losses "wir" inflicted.</summary>
        public string? FirstPersonSide { get; set; }

        /// <summary>
        /// The country of a source no lexicon knows, by its name, as its own source phrase gave it ("Der Sprecher der
        /// ukrainischen Heeresgruppe Chortyzja, Wiktor Trehubow, sagte"): whose side "der Gegner" in his words is against.
        /// </summary>
        public Dictionary<string, string>? SpeakerCountries { get; set; }

        /// <summary>The country of the place named last (a region, a city) in the last six sentences.</summary>
        public string? RecentPlace => _placeAge <= 6 ? _place : null;

        private string? _place;
        private int _placeAge;

        /// <summary>The country named last after a scene preposition ("in der Ukraine"): where the report's events happen.</summary>
        public string? Scene { get; private set; }

        /// <summary>Remembers a country named as the scene of events ("Die Zahl der zivilen Opfer in der Ukraine …").</summary>
        public void NoteScene(SentenceContext sentence, List<CountryMention> countries)
        {
            var text = sentence.Tokens;
            var grammar = sentence.Pack.Grammar;
            for (var i = countries.Count - 1; i >= 0; i--)
            {
                var c = countries[i];
                if (c.Role != MentionRole.Destination || c.Mention.Form != MentionForm.Name || c.Mention.Entity.Kind != EntityKind.Country)
                {
                    continue;
                }

                var before = c.First - 1;
                if (before > 0 && grammar.Determiners.Contains(text.Lower[before]))
                {
                    before--;
                }

                if (before >= 0 && grammar.ScenePrepositions.Contains(text.Lower[before]))
                {
                    Scene = c.Country;
                    return;
                }
            }
        }

        /// <summary>The country named last by its name before the current sentence, as subject or object if the sentence has one: what "das Land" refers to.</summary>
        public Entity? LastCountry { get; private set; }

        /// <summary>Remembers the last place and the last country a sentence names; without a place, the last place ages.</summary>
        public void NotePlace(List<CountryMention> countries)
        {
            if (countries.FindLast(c => c.Mention.Entity.Kind == EntityKind.Place) is { } place)
            {
                (_place, _placeAge) = (place.Country, 0);
            }
            else
            {
                _placeAge++;
            }

            // "Seit August hat die Ukraine 27 Stützpunkte in Russland getroffen. Das Land stelle …": a country named as subject or
            // object is what "das Land" points back to before one named after a preposition ("in Russland") later in the sentence.
            Entity? named = null;
            for (var i = countries.Count - 1; i >= 0; i--)
            {
                var c = countries[i];
                if (c.Mention.Entity.Kind != EntityKind.Country || c.Mention.Form != MentionForm.Name)
                {
                    continue;
                }

                if (c.Role == MentionRole.Unmarked)
                {
                    named = c.Mention.Entity;
                    break;
                }

                named ??= c.Mention.Entity;
            }

            if (named is not null)
            {
                LastCountry = named;
            }
        }

        // How many sentences back a source or organisation named counts as recent, for the generic ones after it.
        private const int RecentSentences = 3;

        private readonly List<(Source Source, int Sentence)> _recentSources = [];

        /// <summary>Organisations the last sentences named without citing them ("Eine neue Dynamik sieht der Geheimdienst NIS …"):
        /// what a generic institution of their type means when no source of that type was cited ("Der Dienst habe …").</summary>
        private readonly List<(Source Source, int Sentence)> _recentOrganizations = [];
        private int _sentence;

        /// <summary>
        /// "der Dienst", "das Ministerium", "in der Mitteilung": a generic source is the source of
        /// its kind (any kind, for a carrier) named in the last three sentences; a carrier with none
        /// names nobody, an institution with none stays as written. In a supply sentence naming its parties,
        /// the institution of another giver is not the one meant.
        /// </summary>
        // The institution a country's government is composed with ("German government"): the broadest of its type.
        private const string GovernmentInstitution = "government";

        public List<SourcePhrase> ResolveGeneric(List<SourcePhrase> sources, HashSet<string>? supplyParties)
        {
            var resolved = new List<SourcePhrase>(sources.Count);
            foreach (var phrase in sources)
            {
                var source = phrase;
                // A ministry is a body: it is no person named before ("Verteidigungsminister Troels Lund Poulsen kündigte … an.
                // … nach Angaben des Ministeriums").
                var bodiesOnly = false;
                if (!source.Generic)
                {
                    resolved.Add(source);
                    continue;
                }

                if (source.Institution == SourcePhrase.Ministry)
                {
                    var ministry = RecentMinistry(source.Source);
                    // A ministry named without a country and no ministry named shortly before is the government body named
                    // last, as any generic government noun is ("nach Angaben des Ministeriums" after "das Pentagon").
                    if (ministry is not null || Entities.CountryOfSource(source.Source.Name) is not null)
                    {
                        resolved.Add(source with { Source = ministry ?? source.Source, Generic = false });
                        continue;
                    }

                    source = source with { Institution = GovernmentInstitution };
                    bodiesOnly = true;
                }

                var carrier = source.Source.Name.Length == 0;
                // "die Analysten" after a think tank named: its analysts are the think tank.
                // "nach Angaben des Sprechers" after "ein Sprecher des Heeres": the same noun names the same source.
                // "Die Bundesregierung hat … zugesagt. Es hat nach Angaben des Verteidigungsministeriums …": a ministry
                // is not the government or the country named before it, though they are of one type; it may be an
                // organisation, a person or an institution of its own kind ("Russian Ministry of Defence").
                var kind = source.Institution is { Length: > 0 } named0 && named0 != GovernmentInstitution ? named0 : null;
                // "die US-Denkfabrik": a description with a country is a source of that country.
                var country = carrier ? null : Entities.CountryOfSource(source.Source.Name);
                var (named, namedAt) = _recentSources.FindLast(r => _sentence - r.Sentence <= RecentSentences
                    && (carrier || r.Source.Type == source.Source.Type || (source.Source.Type == "expert" && r.Source.Type == "think_tank")
                        || SharesNoun(r.Source.Name, source.Source.Name))
                    && (country is null || Entities.CountryOfSource(r.Source.Name) == country)
                    && (kind is null || !OfOtherKind(r.Source.Name, kind))
                    && (carrier || supplyParties is null || !IsOtherGiver(r.Source, supplyParties))
                    && !(bodiesOnly && LooksLikePersonName(r.Source.Name)));
                // "Das ukrainische Kartenprojekt DeepState … kommt auf einen ähnlichen Wert. … teilten die Analysten mit": analysts
                // are those of the monitoring project or think tank named after the source cited before it.
                // "Das ISW kommt … zu einem ähnlichen Bild. Die Experten sprechen von …": a think tank there wins over a medium
                // named after it (experts are a think tank's; "Bild" here is no newspaper).
                if (named is not null && source.Source.Type == "expert" && country is null)
                {
                    Source? analysts = null;
                    for (var i = _recentOrganizations.Count - 1; i >= 0 && _recentOrganizations[i].Sentence > namedAt; i--)
                    {
                        if (_sentence - _recentOrganizations[i].Sentence > 1)
                        {
                            continue;
                        }

                        if (_recentOrganizations[i].Source.Type == "think_tank")
                        {
                            analysts = _recentOrganizations[i].Source;
                            break;
                        }

                        if (_recentOrganizations[i].Source.Type == "media")
                        {
                            analysts ??= _recentOrganizations[i].Source;
                        }
                    }

                    named = analysts ?? named;
                }

                if (named is null && !carrier)
                {
                    for (var i = _recentOrganizations.Count - 1; i >= 0 && named is null; i--)
                    {
                        // Experts are a think tank's, as with a source cited ("Das ISW kommt … zu einem ähnlichen Bild. Die Experten …").
                        if (_sentence - _recentOrganizations[i].Sentence <= RecentSentences
                            && (_recentOrganizations[i].Source.Type == source.Source.Type || (source.Source.Type == "expert" && _recentOrganizations[i].Source.Type == "think_tank"))
                            && (kind is null || (!OfOtherKind(_recentOrganizations[i].Source.Name, kind)
                                && (!OfStateKind(source.Source.Type) || OfState(_recentOrganizations[i].Source.Name))))
                            && (country is null || Entities.CountryOfSource(_recentOrganizations[i].Source.Name) == country))
                        {
                            named = _recentOrganizations[i].Source;
                        }
                    }
                }

                if (named is null && kind is not null && !carrier)
                {
                    named = EarlierOfKind(source.Source.Type, kind, country, supplyParties);
                }

                if (named is not null)
                {
                    resolved.Add(source with { Source = named, Generic = false });
                }
                else if (!carrier)
                {
                    resolved.Add(source with { Generic = false });
                }
            }

            return resolved;
        }

        /// <summary>
        /// The ministry named last within <see cref="RecentSentences"/>, of the source's country or of none known
        /// ("Bundesverteidigungsministeriums" for "des Ministeriums … in Berlin"); of any country for a ministry named without
        /// one ("nach Zählung des Ministeriums" after "ein Sprecher des Verteidigungsministeriums"). The canonical names of institutions are
        /// English, so a ministry's holds "Ministry" ("German Ministry of Defence", the kind "Foreign Ministry").
        /// </summary>
        private Source? RecentMinistry(Source source)
        {
            var country = Entities.CountryOfSource(source.Name);
            for (var i = _recentSources.Count - 1; i >= 0; i--)
            {
                var (recent, sentence) = _recentSources[i];
                if (_sentence - sentence <= RecentSentences && IsMinistry(recent.Name)
                    && (country is null || (Entities.CountryOfSource(recent.Name) ?? country) == country))
                {
                    return recent;
                }
            }

            return null;
        }

        /// <summary>Whether a source's name is a person's: two or more capitalized words, none of them a known body or an
        /// institution noun ("Troels Lund Poulsen"; not "Sprecher des Verteidigungsministeriums", "German government").</summary>
        private bool LooksLikePersonName(string name)
        {
            if (name.IndexOf(' ') < 0 || Entities.Organization(name) is not null)
            {
                return false;
            }

            foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!char.IsUpper(word[0]) || KindOfWord(word) is not null)
                {
                    return false;
                }
            }

            return true;
        }

        // "Sprecher des Verteidigungsministeriums" speaks for the ministry its last word names.
        private bool IsMinistry(string name) =>
            name.Contains(MinistryMark, StringComparison.Ordinal)
            || KindOfWord(name[(name.LastIndexOf(' ') + 1)..])?.Name.Contains(MinistryMark, StringComparison.Ordinal) == true;

        private const string MinistryMark = "Ministry";

        /// <summary>
        /// Whether the source speaks for a country that gave something earlier in the document and is no party to
        /// this sentence's supply: "Schweden kündigte … an. … Großbritannien werde … liefern, teilte das
        /// Verteidigungsministerium mit" is not Sweden's ministry. A third country reporting others' deliveries
        /// (Seoul's general staff on North Korean shells) stays the source.
        /// </summary>
        private bool IsOtherGiver(Source source, HashSet<string> supplyParties)
        {
            return Entities.CountryOfSource(source.Name) is { } owner && !supplyParties.Contains(owner) && _givers.Contains(owner);
        }

        /// <summary>Whether a source is a government ("German government", the Bundesregierung), a country, a country's institution
        /// of another kind than <paramref name="kind"/>, or a generic institution of another kind ("teilte das Verteidigungsministerium
        /// mit. Nach Angaben des Außenministeriums …": the foreign ministry is not the defence ministry named before).</summary>
        private bool OfOtherKind(string name, string kind) =>
            name.EndsWith(" " + GovernmentInstitution, StringComparison.Ordinal)
            || (!name.EndsWith(kind, StringComparison.Ordinal) && Entities.Organization(name) is null && Entities.CountryOfSource(name) is not null)
            || (KindOfWord(name) is { } other && other.Name != kind && other.Name != GovernmentInstitution);

        /// <summary>The institution a source named by one word is ("Bundesverteidigungsministeriums": Ministry of Defence), if any.</summary>
        private Institution? KindOfWord(string name) =>
            name.IndexOf(' ') < 0 && Institutions.TryMatch(name.ToLowerInvariant(), out var kind, out _) ? kind : null;

        /// <summary>Whether sources of this type are bodies of a state (its ministries, army, services): "die Analysten" of a
        /// project that belongs to none (Oryx) are still its analysts.</summary>
        private static bool OfStateKind(string type) => type is "government" or "military" or "intelligence" or "official";

        /// <summary>Whether a named organisation belongs to one state: a ministry of a kind ("des Außenministeriums") is a state's,
        /// not the EU's or NATO's named before ("Über die Europäische Friedensfazilität zahlt Österreich …").</summary>
        private bool OfState(string name) =>
            Entities.Organization(name) is not { } organization || (organization.Country is { } country && Entities.Country(country) is not null);

        /// <summary>The givers noted so far (<see cref="NoteSide"/>): the countries that gave something in the document.</summary>
        private readonly HashSet<string> _givers = new(StringComparer.Ordinal);

        /// <summary>Whether a word of one name and a word of the other share a stem ("Sprecher des Heeres", "Sprechers").</summary>
        private static bool SharesNoun(string name, string generic)
        {
            foreach (var word in generic.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var other in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var (shorter, longer) = word.Length <= other.Length ? (word, other) : (other, word);
                    if (shorter.Length >= 5 && char.IsUpper(shorter[0]) && longer.Length - shorter.Length <= 2
                        && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The country of the government body named last in the last three sentences ("Die Bundesregierung verweist …"),
        /// for a government source that names no country ("sagte ein Regierungssprecher").</summary>
        public string? RecentGovernmentCountry()
        {
            for (var i = _recentOrganizations.Count - 1; i >= 0; i--)
            {
                if (_sentence - _recentOrganizations[i].Sentence <= RecentSentences && _recentOrganizations[i].Source.Type == GovernmentInstitution
                    && Entities.CountryOfSource(_recentOrganizations[i].Source.Name) is { } country)
                {
                    return country;
                }
            }

            return null;
        }

        /// <summary>Every source the document named with a country and an institution ("Ukrainian Air Force"), in order: what
        /// "die Luftwaffe" means paragraphs later, when no source of its kind was named in the last sentences.</summary>
        private readonly List<Source> _composedSources = [];

        /// <summary>
        /// The source named last in the document whose name ends with the generic institution's kind ("meldete die Luftwaffe"
        /// four paragraphs after "nach Angaben der ukrainischen Luftwaffe": the Ukrainian Air Force, not a nameless "Luftwaffe").
        /// Only a name composed with a country counts, so a generic noun is never resolved to an unrelated organisation.
        /// </summary>
        private Source? EarlierOfKind(string type, string kind, string? country, HashSet<string>? supplyParties)
        {
            for (var i = _composedSources.Count - 1; i >= 0; i--)
            {
                var earlier = _composedSources[i];
                if (earlier.Type == type && earlier.Name.Length > kind.Length && earlier.Name[earlier.Name.Length - kind.Length - 1] == ' '
                    && earlier.Name.EndsWith(kind, StringComparison.Ordinal)
                    && (country is null || Entities.CountryOfSource(earlier.Name) == country)
                    && (supplyParties is null || !IsOtherGiver(earlier, supplyParties)))
                {
                    return earlier;
                }
            }

            return null;
        }

        /// <summary>Remembers the sources a sentence names by name, and the organisations it names, for the generic ones of the next sentences.</summary>
        public void NoteSources(List<SourcePhrase> sources, SentenceContext sentence)
        {
            _sentence++;
            foreach (var source in sources)
            {
                if (source.Source.Name.Length > 0)
                {
                    _recentSources.Add((source.Source, _sentence));
                    if (!source.Generic && source.Source.Name.IndexOf(' ') > 0 && Entities.CountryOfSource(source.Source.Name) is not null
                        && (_composedSources.Count == 0 || _composedSources[^1] != source.Source))
                    {
                        _composedSources.Add(source.Source);
                    }
                }
            }

            foreach (var mention in sentence.Mentions)
            {
                // "am Rande eines Treffens in Brüssel": a seat named as a place is no body that spoke.
                if (mention.Entity.Kind == EntityKind.Organization && !AttributionFinder.IsPlaceNamed(sentence, mention))
                {
                    _recentOrganizations.Add((new Source(mention.Entity.Name, mention.Entity.SourceType), _sentence));
                }
            }

            DropOlderThanRecent(_recentOrganizations);
            DropOlderThanRecent(_recentSources);
        }

        /// <summary>Drops the entries named more than <see cref="RecentSentences"/> sentences back: entries are added in
        /// sentence order, so the old ones are a prefix.</summary>
        private void DropOlderThanRecent(List<(Source Source, int Sentence)> recent)
        {
            var old = 0;
            while (old < recent.Count && _sentence - recent[old].Sentence > RecentSentences)
            {
                old++;
            }

            recent.RemoveRange(0, old);
        }

        /// <summary>The report a list continues: opened by a sentence that ends in a colon, kept while list items follow.</summary>
        public ListReport? List { get; private set; }

        /// <summary>Opens, keeps or ends the list of items; asked before <see cref="Advance"/>, whose sources it reads as those
        /// of the lines before the sentence.</summary>
        public void NoteList(SentenceContext sentence, bool listItem, IReadOnlyList<Source> sources, bool hedged, bool supply, bool caption)
        {
            var tokens = sentence.Tokens;
            if (sentence.TableLine == PipeTableLine.Header)
            {
                // "System | bestellt | geliefert": a table's header opens its rows as a list, with what the header's words say
                // is done with the goods; they are reported by the header's own source, else by the list a colon opened before
                // the table, else by the table's title line ("… (Quelle: BMVg)"), else by the sentence before.
                var report = sources.Count > 0 ? sources : List is { } opened ? opened.Sources : LineSources.Count > 0 ? LineSources : Sources;
                List = new ListReport(report, hedged || (sources.Count == 0 && List is { Hedged: true }), supply || List is { Supply: true }, sentence.EquipmentLosses.Count > 0 || List is { Losses: true });
            }
            else if (tokens.Count > 0 && (tokens.IsSymbol(tokens.Count - 1, ':') || caption))
            {
                // "Außerdem seien zerstört worden: / - 7 Panzer": the items count what the opener lost.
                List = new ListReport(sources, hedged, supply, sentence.EquipmentLosses.Count > 0);
            }
            else if (!listItem)
            {
                List = null;
            }
        }

        /// <summary>The speaker whose label ("Oberst K.:") opened the current paragraph, if any.</summary>
        public Source? ParagraphSpeaker { get; set; }

        /// <summary>Whether the sentence being read opens a paragraph: hearsay ("sollen … geliefert haben") continues only a report of its own paragraph.</summary>
        public bool OpensParagraph { get; set; }

        /// <summary>The number the sentence read last gave as a heading line of its own ("2. 840'000"); null after any other.</summary>
        public HeadingNumber? Heading { get; set; }

        /// <summary>The paragraph of the sentence read last.</summary>
        public int Paragraph { get; set; } = -1;

        /// <summary>
        /// The persons a sentence with a briefing verb named with the institution that briefed them, by the person's name
        /// ("Dies gab der Abgeordnete Lee Seong-kweun bekannt, nachdem der NIS den Ausschuss unterrichtet hatte"): what they say
        /// later is what they were told (`WithBriefedSpeaker`).
        /// </summary>
        public Dictionary<string, Source>? BriefedSpeakers { get; set; }

        /// <summary>The person an interviewer's question addressed ("Herr Kälin, …"): they answer every later sentence without a source.</summary>
        public Source? Interviewee { get; set; }

        /// <summary>The paragraph of the question that addressed the interviewee: the interviewer's, not theirs.</summary>
        public int AddressParagraph { get; set; } = -1;

        /// <summary>The side a question of the current paragraph asked about firing ("Wie viel verschiesst die russische Armee?").</summary>
        public string? AskedFiring { get; set; }

        /// <summary>The side the question of the paragraph before asked about firing: its answer counts what that side fires.</summary>
        public string? AnsweredFiring { get; set; }

        /// <summary>Remembers the last person a sentence names: a known person, or a source named by a person's name.</summary>
        public void NotePerson(SentenceContext sentence, List<SourcePhrase> sources, SourcePhrase? spokesperson)
        {
            var lastSource = sources.FindLast(s => s.Source.Type is "official" or "expert" or "unknown");
            // "Ein hochrangiger Beamter des Militärgeheimdienstes bestätigte …": a person speaking for an institution.
            if (spokesperson is not null && (lastSource is null || spokesperson.Last > lastSource.Last))
            {
                lastSource = spokesperson;
            }

            var lastMention = sentence.Mentions.FindLast(m => m.Entity.Kind == EntityKind.Person);
            if (lastMention is not null && (lastSource is null || lastMention.First > lastSource.Last))
            {
                _lastPerson = new Source(lastMention.Entity.Name, lastMention.Entity.SourceType);
                _untitled.Clear();
                NoteNamedInFull(_lastPerson);
            }
            else if (lastSource is not null)
            {
                _lastPerson = lastSource.Source;
                _untitled.Clear();
                NoteNamedInFull(_lastPerson);
            }
            else
            {
                // A person named by title only ("Außenminister Tomasz Nowak besuchte …") is looked for when a pronoun asks.
                if (_untitled.Count == 2)
                {
                    _untitled.RemoveAt(0);
                }

                _untitled.Add(sentence);
            }
        }

        /// <summary>The person a pronoun speaker refers to: one named by title in the last two sentences without a known person, else the last known one.</summary>
        public Source? LastPersonBy(AttributionFinder attribution)
        {
            for (var i = _untitled.Count - 1; i >= 0; i--)
            {
                if (attribution.LastTitledPerson(_untitled[i]) is { } titled)
                {
                    _lastPerson = titled;
                    break;
                }
            }

            _untitled.Clear();
            return _lastPerson;
        }

        private readonly List<SentenceContext> _untitled = new(2);
        private Source? _lastPerson;

        /// <summary>
        /// The person named in full before whose last name is <paramref name="surname"/> ("Healey sagte, …" after
        /// "Verteidigungsminister John Healey kündigte … an"), the latest such; null when none was.
        /// </summary>
        public Source? NamedInFull(string surname)
        {
            for (var i = _namedInFull.Count - 1; i >= 0; i--)
            {
                var name = _namedInFull[i].Name;
                if (name.Length > surname.Length + 1 && name[^(surname.Length + 1)] == ' ' && name.EndsWith(surname, StringComparison.Ordinal))
                {
                    return _namedInFull[i];
                }
            }

            return null;
        }

        /// <summary>Keeps a person named by two or more words, each capitalized ("John Healey"), for a later bare surname.</summary>
        private void NoteNamedInFull(Source person)
        {
            var name = person.Name;
            var space = name.LastIndexOf(' ');
            if (space <= 0 || space == name.Length - 1 || !char.IsUpper(name[0]) || !char.IsUpper(name[space + 1]) || _namedInFull.Contains(person))
            {
                return;
            }

            _namedInFull.Add(person);
        }

        private readonly List<Source> _namedInFull = [];

        /// <summary>Claims that take part of an earlier one whose side was open when they were read: draft index → index of the whole.</summary>
        public Dictionary<int, int> PartitiveLinks { get; } = [];

        /// <summary>Drafts (by index) whose giver is a collective of donors: no usual giver stands in for them.</summary>
        public HashSet<int> MixedGivers { get; } = [];

        /// <summary>Drafts of troops a speaker counts as "wir" whose side nothing told: they are of the country they stand in.</summary>
        public HashSet<int> OwnTroops { get; } = [];

        /// <summary>The paragraph of the sentence whose claims were noted last (<see cref="NoteParagraphClaims"/>).</summary>
        public int ClaimsParagraph { get; private set; } = -1;

        /// <summary>The index of the first draft that the sentences of <see cref="ClaimsParagraph"/> made.</summary>
        public int ParagraphFirstClaim { get; private set; }

        /// <summary>Drafts of <see cref="ClaimsParagraph"/> whose sentence named its own sources (an embedded post citing someone).</summary>
        public HashSet<int> ParagraphOwnSourced { get; } = [];

        /// <summary>Drafts of <see cref="ClaimsParagraph"/> hedged only by the report their sentence continued, not by a word of their own.</summary>
        public HashSet<int> ParagraphReportHedged { get; } = [];

        /// <summary>Notes the claims a sentence adds to the drafts from index <paramref name="first"/> on, by paragraph: a post's
        /// credit line after the paragraph gives them their source.</summary>
        public void NoteParagraphClaims(int paragraph, int first, int count, bool ownSources, bool reportHedgedOnly)
        {
            if (paragraph != ClaimsParagraph)
            {
                ClaimsParagraph = paragraph;
                ParagraphFirstClaim = first;
                ParagraphOwnSourced.Clear();
                ParagraphReportHedged.Clear();
            }

            for (var i = 0; i < count; i++)
            {
                if (ownSources)
                {
                    ParagraphOwnSourced.Add(first + i);
                }

                if (reportHedgedOnly)
                {
                    ParagraphReportHedged.Add(first + i);
                }
            }
        }

        /// <summary>How many claims the sentence just read made (the last ones of the drafts).</summary>
        public int PreviousSentenceClaims { get; private set; }

        /// <summary>How many claims the sentence before the one read last made, when the one read last was an aside with neither
        /// source nor claim ("… 135 Millionen Franken freigegeben. Das Geld ist für … bestimmt. Das teilte … mit."); else 0.</summary>
        public int ClaimsBeforeAside { get; private set; }

        /// <summary>Whether every source of the sentence before such an aside was a party to its claims ("Die Schweiz hat … zugesagt").</summary>
        public bool PartiesBeforeAside { get; private set; }

        /// <summary>How many sentences without claims were read since the last one with claims.</summary>
        public int SentencesSinceClaims { get; private set; }

        /// <summary>The report of the sentence before the one read last (or the organisation it named), when that one was an
        /// aside with neither source nor claim.</summary>
        public IReadOnlyList<Source> ReportBeforeAside { get; private set; } = [];

        /// <summary>
        /// The sources of the last sentence whose claims they reported in reported speech ("Darin behauptet der Videoblogger …,
        /// die Ukraine habe … 1,8 Millionen gefallene Soldaten zu beklagen"), and how many sentences without claims followed it:
        /// reported speech after such asides goes on with it (<see cref="SpeechAge"/>).
        /// </summary>
        public IReadOnlyList<Source> LastSpeech { get; private set; } = [];

        public int SpeechAge { get; private set; }

        /// <summary>The sentence read last (null after a line such as a heading), for what a possessive in the next one points back to.</summary>
        public SentenceContext? PreviousSentence { get; private set; }

        /// <summary>The first organisation that can be a source named by the sentence read last.</summary>
        public Source? NamedSource { get; private set; }

        private readonly Dictionary<string, (string Side, int Age)> _sides = new(StringComparer.Ordinal);

        /// <summary>The side of a relation named in the last two sentences, if any.</summary>
        public string? RecentSide(string relation) =>
            _sides.TryGetValue(relation, out var entry) && entry.Age <= 2 ? entry.Side : null;

        /// <summary>The side of a relation named by the sentence read last, if it named one.</summary>
        public string? SideJustNoted(string relation) =>
            _sides.TryGetValue(relation, out var entry) && entry.Age == 0 ? entry.Side : null;

        /// <summary>Records the side a sentence gave a relation; without one, the last side ages.</summary>
        public void NoteSide(string relation, string? side)
        {
            if (side is not null)
            {
                _sides[relation] = (side, 0);
                if (relation == Giver)
                {
                    _givers.Add(side);
                }

                return;
            }

            // One lookup: the entry ages in place.
            ref var entry = ref global::System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_sides, relation);
            if (!global::System.Runtime.CompilerServices.Unsafe.IsNullRef(ref entry))
            {
                entry.Age++;
            }
        }

        /// <summary>Whether every source of the sentence just read was a party to its claims ("Die Regierung hat … zugesagt").</summary>
        public bool PreviousSourcesWereParties { get; set; }

        private int _systemAge;

        public void Advance(SentenceContext sentence, IReadOnlyList<Source> sources, bool hedged, Entity? system, List<Claim> claims, bool supply)
        {
            var isLine = sentence.Sentence.Kind == SentenceKind.Line;
            // "… 1.210 Soldaten verloren. Gemeint sind Getötete und Verwundete. Damit steigt … demnach auf …": an aside with
            // neither source nor claim does not end the report a continuation word goes on with, nor the organisation named
            // before it ("Deutlich vorsichtiger ist das Projekt Oryx. Die Analysten zählen nur … Demnach hat Russland …").
            ReportBeforeAside = isLine || sources.Count > 0 || claims.Count > 0 ? []
                : Sources.Count > 0 ? Sources : NamedSource is { } named ? [named] : [];
            Sources = isLine ? [] : sources;
            LineSources = isLine ? sources : [];
            PreviousSentence = isLine ? null : sentence;
            NamedSource = null;
            foreach (var mention in sentence.Mentions)
            {
                if (!isLine && mention.Entity is { Kind: EntityKind.Organization } organization)
                {
                    NamedSource = new Source(organization.Name, organization.SourceType);
                    break;
                }
            }

            Hedged = !isLine && hedged;
            Supply = !isLine && supply;
            var tokens = sentence.Tokens;
            EndedWithColon = tokens.Count > 0 && tokens.IsSymbol(tokens.Count - 1, ':');
            var quotationOpen = !OpensParagraph && QuotationOpen;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens.IsSymbol(i, '"'))
                {
                    quotationOpen = !quotationOpen;
                }
            }

            QuotationOpen = !isLine && quotationOpen;
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

            // Reported speech is asked only of a sentence with claims and sources (cached from reading its hedges).
            // "Der Generalstab meldete, … seien 1280 Soldaten getötet worden. Seit November summierten sich die Verluste damit auf
            // über 38'000. Zudem habe man 14 Panzer zerstört": a sentence in the indicative with claims and no source is an aside
            // too, after which reported speech goes on with the report before it.
            if (claims.Count > 0 && (isLine || sources.Count > 0 || sentence.ReportedSpeech.Count > 0))
            {
                LastSpeech = !isLine && sources.Count > 0 && sentence.ReportedSpeech.Count > 0 ? sources : [];
                SpeechAge = 0;
            }
            else
            {
                SpeechAge++;
            }

            ClaimsBeforeAside = !isLine && sources.Count == 0 && claims.Count == 0 ? PreviousSentenceClaims : 0;
            PartiesBeforeAside = ClaimsBeforeAside > 0 && PreviousSourcesWereParties;
            PreviousSentenceClaims = claims.Count;
            SentencesSinceClaims = claims.Count > 0 ? 0 : SentencesSinceClaims + 1;
        }
    }

    /// <summary>The report a list's items continue: its sources, whether it was hedged, whether it spoke of supply.</summary>
    private sealed record ListReport(IReadOnlyList<Source> Sources, bool Hedged, bool Supply, bool Losses);
}
