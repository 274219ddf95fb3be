using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

// Who speaks in a sentence: its own sources or the report it continues, and the sources a sentence gives the claims before it.
public sealed partial class ClaimExtractor
{
    // The kind of source an embedded post's author is when the lexicon does not know them.
    private const string SocialMediaSource = "social_media";

    /// <summary>
    /// Who says what the sentence says: its own sources (pronouns, generic institutions and labels resolved), else the
    /// report, list or interview it continues; and whether that report was hedged. Notes the paragraph and its speaker.
    /// </summary>
    private SentenceReading ReadAttribution(SentenceContext sentence, ReadingContext context, List<Claim> drafts, RoleVotes votes)
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

        if (own.Count > 0)
        {
            own = WithBriefer(WithBelievingSubject(own, sources, sentence, context), sources, sentence, context);
            NoteBriefedSpeakers(own, sentence, context);
            own = WithBriefedSpeaker(own, context);
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
        // "Auf Seite 17 schreibt das Verteidigungsministerium: / „Für den Gepard wurden …“": a paragraph that ends in a colon
        // is a line with no final punctuation; what follows it quotes the source it named.
        if (report.Count == 0 && context.EndedWithColon)
        {
            report = context.LineSources;
        }

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

        return new SentenceReading(sentence, context, drafts, votes)
        {
            Sources = sources,
            PhrasesNamingNoParty = phrasesNamingNoParty,
            Own = own,
            ListItem = listItem,
            List = list,
            Continues = continues,
            Attribution = attribution,
            ReportHedged = reportHedged,
        };
    }

    /// <summary>A sentence that names who reported the claims before it ("Das berichtet die BBC …") gives those claims their source.</summary>
    private void AttributeSentencesBefore(SentenceReading reading)
    {
        var sentence = reading.Sentence;
        var context = reading.Context;
        var drafts = reading.Drafts;
        var own = reading.Own;
        var sentenceClaims = reading.Claims;

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
            reading.Attribution = own.Count > 1 ? own
                : context.Sources is [{ Type: "media" } medium] && own[0].Type != "media" ? [medium, .. own]
                : [.. own, .. context.Sources];
        }
    }

    /// <summary>
    /// Whether the paragraph <paramref name="first"/> opens is the credit line of an embedded post ("— Daniel Kersting
    /// (@dkersting_osint) 20. Dezember 2026", "Два майора · 187.3K Aufrufe · 09:12"; <see cref="PostCredit"/>): then the
    /// claims of the paragraph right before it, the post's text, are the author's or channel's (a source the post named
    /// itself stays as whom the author cites; a hedge only of the report the post seemed to continue goes), and the line is
    /// read no further: it states nothing. Of a name written in two scripts ("Volodymyr Zelenskyy / Володимир Зеленський")
    /// the one in Latin letters is taken.
    /// </summary>
    private bool CreditPostBefore(Sentence first, string text, ReadingContext context, List<Claim> drafts)
    {
        var end = text.IndexOf('\n', first.Span.Start);
        var line = text.AsSpan(first.Span.Start, (end < 0 ? text.Length : end) - first.Span.Start);
        if (PostCredit.NameOf(line, _pack.Attribution.PostViewWords) is not { } name)
        {
            return false;
        }

        // A known person or organisation among the credit's words names it as the lexicon does, with its kind of source.
        var known = new SentenceContext(first, text, _pack).Mentions.Find(m => m.Entity.Kind is EntityKind.Person or EntityKind.Organization);
        var author = known is null ? new Source(name, SocialMediaSource) : new Source(known.Entity.Name, known.Entity.SourceType);
        if (context.ClaimsParagraph != first.Paragraph - 1)
        {
            return true;
        }

        for (var i = context.ParagraphFirstClaim; i < drafts.Count; i++)
        {
            var cited = context.ParagraphOwnSourced.Contains(i) && drafts[i].Attribution is { Count: > 0 } own && own[0] != author ? drafts[i].Attribution : [];
            // The post's words are the author's: a doubt of the article's report it seemed to continue is not theirs.
            var hedged = drafts[i].Hedged && !context.ParagraphReportHedged.Contains(i);
            drafts[i] = drafts[i] with { Attribution = [author, .. cited], Hedged = hedged };
        }

        return true;
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
    /// "Der Geheimdienst habe Hinweise darauf, dass …, zitierte Yonhap einen Abgeordneten": an institution opening the sentence as
    /// the subject of a verb of knowing, before every source the sentence names, is what they cite; it ends the chain
    /// (resolved to the service named before where the noun is generic: "Der Dienst halte es für möglich, …, so Lee").
    /// </summary>
    private List<Source> WithBelievingSubject(List<Source> own, List<SourcePhrase> sources, SentenceContext sentence, ReadingContext context)
    {
        if (_attribution.BelievingSubject(sentence) is not { } subject || sources.Exists(s => s.First <= subject.Last))
        {
            return own;
        }

        var believer = subject.Generic ? context.ResolveGeneric([subject], null)[0] : subject;
        return believer.Source.Name.Length == 0 || own.Contains(believer.Source) ? own : [.. own, believer.Source];
    }

    /// <summary>
    /// "Der Geheimdienst NIS hatte zuvor die Abgeordneten des Ausschusses unterrichtet. Nach Angaben des Abgeordneten Lee sind …":
    /// a source named by a noun of those the sentence before said a source briefed (`briefing_verbs`; the noun after a determiner
    /// there) cites that briefer.
    /// </summary>
    private List<Source> WithBriefer(List<Source> own, List<SourcePhrase> sources, SentenceContext sentence, ReadingContext context)
    {
        if (context.Sources.Count == 0 || context.PreviousSentence is not { } before
            || !_pack.Attribution.BriefingVerbs.OccursIn(before.Tokens) || own.Contains(context.Sources[^1]))
        {
            return own;
        }

        var text = sentence.Tokens;
        var briefed = before.Tokens;
        foreach (var phrase in sources)
        {
            for (var i = phrase.First; i <= phrase.Last; i++)
            {
                if (!text.IsCapitalized(i) || sentence.MentionAt[i] is not null)
                {
                    continue;
                }

                for (var j = 1; j < briefed.Count; j++)
                {
                    if (briefed.Lower[j] == text.Lower[i] && before.MentionAt[j] is null && _pack.Grammar.Determiners.Contains(briefed.Lower[j - 1]))
                    {
                        return [.. own, context.Sources[^1]];
                    }
                }
            }
        }

        return own;
    }

    /// <summary>
    /// "Dies gab der Abgeordnete Lee Seong-kweun bekannt, nachdem der Nationale Geheimdienst (NIS) den Ausschuss unterrichtet
    /// hatte": a sentence with a briefing verb (`briefing_verbs`) whose sources are one institution of the state (the briefer)
    /// and persons notes each person as briefed by it.
    /// </summary>
    private void NoteBriefedSpeakers(List<Source> own, SentenceContext sentence, ReadingContext context)
    {
        if (own.Count < 2 || !_pack.Attribution.BriefingVerbs.OccursIn(sentence.Tokens))
        {
            return;
        }

        Source? briefer = null;
        foreach (var source in own)
        {
            if (source.Type is "intelligence" or "military" or "government")
            {
                if (briefer is not null)
                {
                    return;
                }

                briefer = source;
            }
        }

        foreach (var source in own)
        {
            if (briefer is not null && source.Type is "official" or "expert" or "unknown")
            {
                (context.BriefedSpeakers ??= new Dictionary<string, Source>(StringComparer.Ordinal))[source.Name] = briefer;
            }
        }
    }

    /// <summary>
    /// "…, sagte Lee." after "Dies gab der Abgeordnete Lee Seong-kweun bekannt, nachdem der NIS den Ausschuss unterrichtet
    /// hatte": a sentence whose only source is a person noted as briefed (by the name or by one word of it, a surname) cites
    /// the institution that briefed them.
    /// </summary>
    private List<Source> WithBriefedSpeaker(List<Source> own, ReadingContext context)
    {
        if (own is not [var speaker] || context.BriefedSpeakers is not { } briefed || speaker.Type is not ("official" or "expert" or "unknown"))
        {
            return own;
        }

        foreach (var (name, briefer) in briefed)
        {
            if (name == speaker.Name || (!speaker.Name.Contains(' ', StringComparison.Ordinal) && name.Split(' ').Contains(speaker.Name)))
            {
                return [speaker, briefer];
            }
        }

        return own;
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
            : (UnnamedPersonSpoke(previousSpeaker, previous) ? previousSpeaker : (previousSpeaker is null ? UnnamedPersonOpened(previous) : null) ?? lastPerson) ?? previousSpeaker;
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
        // "Auf Seite 17 schreibt das Ministerium: / „Seit Beginn … Für den Gepard wurden mehr als 300.000 Schuss geliefert.":
        // a sentence inside a quotation that a sentence before it in the paragraph opened goes on quoting.
        return sentence.ReportedSpeech.Count > 0 || tokens.IsSymbol(0, '"') || context.EndedWithColon
            || (!context.OpensParagraph && context.QuotationOpen)
            || (!context.OpensParagraph && sentence.ReportsHearsay())
            || _pack.Attribution.Continuation.OccursIn(sentence.Tokens)
            || (context.PreviousSentenceClaims > 0 && _pack.Cues.Subsets.TryMatchAt(tokens, 0, out _))
            // "…, heißt es in dem Bericht. Weitere 200 sollen bis Ende Februar folgen": a sentence of the same paragraph that
            // opens with an increment word and a number adds to what the report counted, plan or not.
            || (!context.OpensParagraph && tokens.Count > 2 && tokens.Tokens[1].IsNumber && _pack.Cues.Increments.TryMatchAt(tokens, 0, out _));
    }

    /// <summary>Whether the sentence opens with a word that points back to the sentence before ("Das berichtet …", "Dies teilte … mit").</summary>
    private bool RefersBack(SentenceContext sentence) =>
        sentence.Tokens.Count > 1 && _pack.Attribution.BackReference.TryMatchAt(sentence.Tokens, 0, out var cue)
        && (cue.Last > 0 || !OpensNounPhrase(sentence.Tokens, cue.Last + 1));

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

    /// <summary>"- 31 Kampfpanzer …": a line that opens with a list mark.</summary>
    private static bool IsListItem(SentenceContext sentence) =>
        sentence.Tokens.Count > 1 && ((sentence.Tokens.Tokens[0].Kind == TokenKind.Symbol && FurnitureFilter.IsListMark(sentence.Text[sentence.Tokens.Tokens[0].Start]))
            || FurnitureFilter.IsDataRow(sentence.Text.AsSpan(sentence.Sentence.Span.Start, sentence.Sentence.Span.End - sentence.Sentence.Span.Start).Trim())
            || sentence.TableLine == PipeTableLine.Row);

    /// <summary>"Grafik: … | Quelle: Oryx": a line opened by a furniture label that was kept as the caption of a table.</summary>
    private bool IsCaption(SentenceContext sentence, string text)
    {
        var span = sentence.Sentence.Span;
        var line = text.AsSpan(span.Start, span.End - span.Start).TrimStart();
        return _captionLabels.StartsLine(line);
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

        return IsUnnamedPerson(previousSpeaker);
    }

    /// <summary>
    /// "Ein Sprecher des Verteidigungsministeriums weist den Vorwurf zurück. Bis Ende März würden weitere acht … übergeben,
    /// sagte er": a person nobody names who opens the sentence just before as its subject, in a sentence that named no
    /// person and cited no source, is whom a personal pronoun means, not a person named further back.
    /// </summary>
    private Source? UnnamedPersonOpened(SentenceContext? previous) =>
        previous is not null && !PersonNamedIn(previous) && _attribution.OpeningSubject(previous, indefinite: true) is { } subject && IsUnnamedPerson(subject)
            ? subject
            : null;

    /// <summary>Whether a source's name holds the noun of an officer, an official or a commander.</summary>
    private bool IsUnnamedPerson(Source source)
    {
        foreach (var word in source.Name.Split(' '))
        {
            if (_pack.Attribution.Institutions.TryMatch(word.ToLowerInvariant(), out var institution, out _)
                && institution.Name is "officer" or "officials" or "commander")
            {
                return true;
            }
        }

        return false;
    }
}
