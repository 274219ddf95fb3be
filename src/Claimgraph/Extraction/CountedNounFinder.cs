using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>
/// Decides what a quantity counts or measures. After the number: a unit ("50 Kilometer",
/// "170-mm-Haubitze", "12 Schuss", "2,7 Mrd. Euro"), or the noun phrase it counts, skipping
/// adjectives and determiners ("knapp 50 schwere Haubitzen"), looking through containers
/// ("220 Einheiten von …", "Hunderte von Panzern"). The noun's measure comes from the head of the
/// compound, a people noun ("zweier Nordkoreaner") or a weapon system ("14 Leopard 2").
/// Before the number: a property noun ("Reichweite von bis zu 50 Kilometern").
/// </summary>
internal sealed class CountedNounFinder
{
    private const int MaxSkippedWords = 4;

    private static readonly List<string> NoAdjectives = [];
    private readonly LanguagePack _pack;

    // The grammar's adjective endings as an array: asked of every word between a number and its noun, through the
    // list's interface it was two dispatched calls per ending.
    private readonly string[] _adjectiveEndings;

    // The markers of a multinational force as an array, tested against every word of a troop noun's clause.
    private readonly string[] _mixedMarkers;

    public CountedNounFinder(LanguagePack pack)
    {
        _pack = pack;
        _adjectiveEndings = [.. pack.Grammar.AdjectiveEndings];
        _mixedMarkers = [.. pack.Measures.MixedMarkers];
    }

    /// <summary>The counted noun phrase that starts at token <paramref name="from"/>, if any ("den Haubitzen").</summary>
    public CountedNoun? NounAt(SentenceContext sentence, int from) => FindNoun(sentence, from, allowContainer: false, afterVague: false);

    public CountedNoun? Find(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        var next = phrase.NumberLast + 1;
        if (next < text.Count && TryUnit(text, next, out var unit, out var unitLast))
        {
            return FromUnit(sentence, phrase, unit, unitLast);
        }

        var isVague = phrase.Quantity.Qualifier == Qualifier.Several;
        return FindNoun(sentence, phrase.Last + 1, allowContainer: true, afterVague: isVague) ?? CountNounBefore(sentence, phrase) ?? RowLabel(sentence, phrase);
    }

    /// <summary>"Kampfpanzer: 4.150": a number after a colon that ends a noun phrase opening the line counts that noun;
    /// so does the day's change in brackets after it ("- Panzer: 11.718 (plus 6)", "(+6)"), and a list mark or a genitive
    /// attribute of the label ("- Drohnen der operativ-taktischen Ebene: 96.848") is no part of the noun.</summary>
    private CountedNoun? RowLabel(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        if (TableCellOf(text, phrase) is var firstBar and > 0)
        {
            return TableLabel(sentence, firstBar);
        }

        var colon = RowColon(text, phrase);
        var labelStart = text.Count > 0 && text.Tokens[0].Kind == TokenKind.Symbol && FurnitureFilter.IsListMark(text.Text[text.Tokens[0].Start]) ? 1 : 0;
        if (colon <= labelStart)
        {
            return null;
        }

        // A dash separates a label only in a line that is a row ("Panzer – 11.384 (+7)"), not inside a sentence.
        if (!text.IsSymbol(colon, ':') && !FurnitureFilter.IsDataRow(sentence.Text.AsSpan(sentence.Sentence.Span.Start, sentence.Sentence.Span.End - sentence.Sentence.Span.Start).Trim()))
        {
            return null;
        }

        var label = FindNoun(sentence, labelStart, allowContainer: false, afterVague: false, rowLabel: true);
        return label is not null && (label.Last == colon - 1 || IsGenitiveAttribute(text, label.Last + 1, colon)) ? label : null;
    }

    /// <summary>
    /// "Panzerhaubitze 2000 (PzH 2000) | 36 | 28": a number that fills a cell of a table row other than its first counts the
    /// noun that opens the row's first cell (<see cref="PipeTable"/>); a system's name and a bracket may follow it in the cell.
    /// </summary>
    private CountedNoun? TableLabel(SentenceContext sentence, int firstBar)
    {
        if (sentence.TableLine != PipeTableLine.Row)
        {
            return null;
        }

        var labelStart = sentence.Tokens.IsSymbol(0, '|') ? 1 : 0;
        var label = FindNoun(sentence, labelStart, allowContainer: false, afterVague: false, rowLabel: true);
        return label is not null && label.Last < firstBar ? label : null;
    }

    /// <summary>
    /// The first bar of a table row whose cell the number fills (a bar right before it, a bar or the line's end right after
    /// it, at most a qualifier word before it), or -1.
    /// </summary>
    private static int TableCellOf(TokenizedText text, QuantityPhrase phrase)
    {
        var before = phrase.First - 1;
        if (before < 1 || !text.IsSymbol(before, '|') || (phrase.Last + 1 < text.Count && !text.IsSymbol(phrase.Last + 1, '|')))
        {
            return -1;
        }

        for (var i = 0; i < text.Count; i++)
        {
            if (text.IsSymbol(i, '|') && i > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The colon of the row the number stands in, or -1: right before it ("Panzer: 11.718"), or before the
    /// row's number that the bracketed change follows ("Panzer: 11.718 (plus 6)", "Personal: etwa 1.293.620 (+1.180)").</summary>
    private int RowColon(TokenizedText text, QuantityPhrase phrase)
    {
        var next = phrase.Last + 1;
        if (next < text.Count && text.Tokens[next].IsWord)
        {
            return -1;
        }

        if (IsRowSeparator(text, phrase.First - 1))
        {
            return phrase.First - 1;
        }

        var open = phrase.First - 1;
        if (open > 0 && (text.IsSymbol(open, '+') || (text.Tokens[open].IsWord && _pack.Numbers.ChangeWords.Contains(text.Lower[open].AsSpan()))))
        {
            open--;
        }

        if (!text.IsSymbol(open, '(') || open < 2 || !text.Tokens[open - 1].IsNumber)
        {
            return -1;
        }

        // The row's number, with at most a qualifier word before it.
        for (var i = open - 2; i >= 0 && i >= open - 3; i--)
        {
            if (IsRowSeparator(text, i))
            {
                return i;
            }

            if (!text.Tokens[i].IsWord && !text.Tokens[i].IsNumber)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>A colon or a spaced dash between a row's label and its number ("Panzer: 11.718", "Panzer – 11.384"; dashes
    /// are read as '-').</summary>
    private static bool IsRowSeparator(TokenizedText text, int index) =>
        index > 0 && index + 1 < text.Count && text.Tokens[index].Kind == TokenKind.Symbol && FurnitureFilter.IsRowSeparator(text.Text[text.Tokens[index].Start])
        && (text.Text[text.Tokens[index].Start] == ':' || !text.Tokens[index + 1].Joined);

    /// <summary>"der operativ-taktischen Ebene" between a label noun and its colon: a genitive determiner and words.</summary>
    private bool IsGenitiveAttribute(TokenizedText text, int from, int colon)
    {
        if (from >= colon || colon - from > 6 || !_pack.Attribution.GenitiveDeterminers.Contains(text.Lower[from]))
        {
            return false;
        }

        for (var i = from + 1; i < colon; i++)
        {
            if (!text.Tokens[i].IsWord && !text.IsSymbol(i, '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Die Zahl der Verwundeten liege bei etwa 1.000": what the number counts, named by a count noun before it in its clause.</summary>
    private CountedNoun? CountNounBefore(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        // The number ends its clause, or only a verb follows ("… auf 600 gestiegen"), or a word for pieces
        // ("die Fertigung von IRIS-T-Lenkflugkörpern … auf rund 600 Stück steigern").
        var next = phrase.Last + 1;
        // A capitalized word there was asked for as a noun's head just before (FindNoun): its facts are remembered.
        var pieces = next < text.Count && text.Tokens[next].IsWord
            && (text.IsCapitalized(next) ? _pack.Measures.FactsOf(text.Lower[next]).Container : _pack.Measures.IsContainer(text.Lower[next]));
        if (next < text.Count && text.IsCapitalized(next) && !pieces)
        {
            return null;
        }

        // "Die Zahl der Toten dürfte … höher liegen, womöglich bei 250.000 bis 290.000": a clause of only adverbs and a linking
        // preposition after a comma has no noun of its own; the count noun of the clause before counts its number.
        var floor = EllipticAmountClauseStart(sentence, phrase);
        for (var i = phrase.First - 1; i >= 0 && (sentence.SameClause(i, phrase.First) || (floor > 1 && sentence.SameClause(i, floor - 2))); i--)
        {
            // A count noun ("Die Zahl der Verwundeten"), or, before pieces, a noun of making ("die Fertigung von …").
            if (text.Tokens[i].IsWord && text.IsCapitalized(i)
                && (_pack.Measures.CountNouns.Contains(text.Lower[i]) || (pieces && _pack.Cues.ProductionNouns.Contains(text.Lower[i]))))
            {
                var counted = FindNoun(sentence, i + 1, allowContainer: false, afterVague: false);
                return counted is null || counted.Last >= phrase.First ? null : counted with { Last = pieces ? next : phrase.Last };
            }
        }

        // "Die russischen Verluste … lagen bei 1.523 pro Tag": after a linking preposition, the
        // first counted noun of the clause is what the number counts; a weapon only as a compound of its loss
        // ("gibt die russischen Panzerverluste mit 11.480 an"), as a weapon alone is rarely what a later bare number counts.
        if (phrase.First > 0 && _pack.Cues.AmountLinks.Contains(text.Lower[phrase.First - 1]))
        {
            var start = phrase.First - 1;
            while (start > 0 && sentence.SameClause(start - 1, phrase.First))
            {
                start--;
            }

            for (var i = start; i < phrase.First - 1; i++)
            {
                if (text.Tokens[i].IsWord && text.IsCapitalized(i) && sentence.MentionAt[i] is null
                    && FindNoun(sentence, i, allowContainer: false, afterVague: false) is { } counted && counted.Last < phrase.First
                    && (!MeasureGroups.Weapons.Contains(counted.Measure) || _pack.Cues.LossesOfEquipment.TryMatchAt(text, counted.Last, out _)))
                {
                    return counted with { Last = phrase.Last };
                }
            }
        }

        return null;
    }

    // The most adverbs an elliptic amount clause has before its preposition ("womöglich", "also wohl").
    private const int MaxEllipticAdverbs = 2;

    /// <summary>
    /// The first token of the number's clause when that clause follows a comma and holds only lower-case words (at most
    /// <see cref="MaxEllipticAdverbs"/>) and a linking preposition before the number (", womöglich bei 250.000"); else -1.
    /// </summary>
    private int EllipticAmountClauseStart(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        var link = phrase.First - 1;
        if (link < 2 || !text.Tokens[link].IsWord || !_pack.Cues.AmountLinks.Contains(text.Lower[link]))
        {
            return -1;
        }

        for (var i = link - 1; i >= link - MaxEllipticAdverbs - 1 && i >= 1; i--)
        {
            if (text.IsSymbol(i, ','))
            {
                return i + 1;
            }

            if (!text.Tokens[i].IsWord || text.IsCapitalized(i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "zwei Soldaten aus Nordkorea": a country named right after a noun for people by a preposition of origin
    /// (`people_origin_prepositions`), alone or after an article, is their side. Asked only of such nouns with no adjective
    /// naming a side.
    /// </summary>
    private Entity? CountryAfter(SentenceContext sentence, int last)
    {
        var text = sentence.Tokens;
        var at = last + 2;
        if (at >= text.Count || !text.Tokens[last + 1].IsWord || !_pack.Grammar.PeopleOriginPrepositions.Contains(text.Lower[last + 1]))
        {
            return null;
        }

        if (text.Tokens[at].IsWord && _pack.Grammar.Determiners.Contains(text.Lower[at]) && at + 1 < text.Count)
        {
            at++;
        }

        return sentence.MentionAt[at] is { Form: MentionForm.Name, Entity.Country: not null } mention && mention.First == at
            && mention.Entity.Kind != EntityKind.Place ? mention.Entity : null;
    }

    private CountedNoun? FindNoun(SentenceContext sentence, int from, bool allowContainer, bool afterVague, bool rowLabel = false)
    {
        var text = sentence.Tokens;
        // Made at the first modifier: most phrases have none, and the finder is asked many times per quantity.
        List<string>? adjectives = null;
        Entity? owner = null;
        var mixed = false;
        var skipped = 0;
        // "164 getötete und 1.005 verletzte Zivilisten": after a conjunction, a number opens another
        // count of the same noun, whose modifiers are its own.
        var afterConjunction = false;
        var otherConjunct = false;
        for (var i = from; i < text.Count && skipped <= MaxSkippedWords; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                if (text.Text[token.Start] is '"' or '\'')
                {
                    continue;
                }

                // "gut 4.200 zerstörte, beschädigte oder erbeutete russische Kampfpanzer": modifiers in a row; a vague quantifier
                // after the comma opens a count of its own ("höchstens 60 000 entgegensetzen, viele Brigaden seien …").
                if (text.Text[token.Start] == ',' && skipped > 0 && i + 1 < text.Count && text.Tokens[i + 1].IsWord
                    && !text.IsCapitalized(i + 1) && LooksLikeModifier(text.Lower[i + 1])
                    && !_pack.Numbers.VagueQuantifiers.TryMatchAt(text, i + 1, out _))
                {
                    continue;
                }

                return null;
            }

            if (token.Kind == TokenKind.Number)
            {
                // "220 Einheiten von 170-mm-Haubitzen": a calibre prefix inside the phrase.
                if (i + 3 < text.Count && text.IsSymbol(i + 1, '-') && TryUnit(text, i + 2, out _, out var prefixLast)
                    && text.IsSymbol(prefixLast + 1, '-'))
                {
                    i = prefixLast + 1;
                    continue;
                }

                if (afterConjunction && !otherConjunct)
                {
                    otherConjunct = true;
                    continue;
                }

                return null;
            }

            var mention = sentence.MentionAt[i];
            var lower = text.Lower[i];
            if (mention is not null && mention.Form == MentionForm.Adjective)
            {
                mixed |= owner is not null && owner.Country != mention.Entity.Country;
                owner ??= mention.Entity;
                (adjectives ??= []).Add(lower);
                skipped++;
                continue;
            }

            if (!IsNounStart(text, i))
            {
                // "die Zahl der in Russland eingesetzten Nordkoreaner": a place after a preposition opens an extended
                // attribute that a participle closes. (The mention after the word is read before the word is looked up: most
                // words between a number and its noun have none.)
                if (sentence.MentionAt[i + 1 < text.Count ? i + 1 : i] is { Form: MentionForm.Name or MentionForm.Place } place
                    && place.First == i + 1 && _pack.Grammar.RolePrepositions.ContainsKey(lower) && place.Last + 1 < text.Count && text.Tokens[place.Last + 1].IsWord && !text.IsCapitalized(place.Last + 1)
                    && LooksLikeModifier(text.Lower[place.Last + 1]))
                {
                    i = place.Last;
                    skipped++;
                    continue;
                }

                // "die Zahl der seit August 2023 gelieferten Artilleriegranaten": a preposition of time, up to three names or
                // numbers and the participle closing the extended attribute.
                if (_pack.Grammar.TimeAttributePrepositions.Contains(lower) && TimeAttributeEnd(sentence, i) is var attributeEnd && attributeEnd > i)
                {
                    i = attributeEnd - 1;
                    skipped++;
                    continue;
                }

                if (adjectives is { Count: > 0 } && _pack.Grammar.Conjunctions.Contains(lower))
                {
                    afterConjunction = true;
                    continue;
                }

                // "… und mehr als 40 verletzte": the qualifier of the other count.
                if (afterConjunction && !otherConjunct && _pack.Numbers.QualifiersBefore.TryMatchAt(text, i, out var qualifier))
                {
                    i = qualifier.Last;
                    continue;
                }

                if ((afterVague || !allowContainer) && skipped == 0 && _pack.Measures.ContainerLinks.Contains(lower))
                {
                    continue;
                }

                if (!LooksLikeModifier(lower) && !_pack.Measures.PhraseAdverbs.Contains(lower))
                {
                    // "40.000 verdeckt eingesetzte NATO-Soldaten", "300 heimlich verlegte Haubitzen": an uninflected word right before
                    // an inflected modifier is an adverb of it, no word of the noun phrase; the phrase goes on.
                    if (AdverbOfModifier(text, i))
                    {
                        skipped++;
                        continue;
                    }

                    return null;
                }

                if (!otherConjunct)
                {
                    (adjectives ??= []).Add(lower);
                }

                skipped++;
                continue;
            }

            // The noun: a compound may be hyphenated ("Nordkorea-Soldaten", "KN23-Raketen"), also around the digits of a model
            // the lexicon does not know ("PAC-3-Raketen": the head is the word after them).
            var last = i;
            while (last + 2 < text.Count && text.IsSymbol(last + 1, '-') && text.Tokens[last + 1].Joined && text.Tokens[last + 2].Joined)
            {
                if (text.Tokens[last + 2].IsWord)
                {
                    last += 2;
                }
                else if (text.Tokens[last + 2].IsNumber && text.Tokens[last].IsWord && last + 4 < text.Count && text.IsSymbol(last + 3, '-')
                    && text.Tokens[last + 3].Joined && text.Tokens[last + 4].Joined && text.Tokens[last + 4].IsWord)
                {
                    last += 4;
                }
                else
                {
                    break;
                }
            }

            // A row's label opens its line, so its adjective is capitalized too ("Gepanzerte Kampffahrzeuge – 23.641",
            // "Operativ-taktische Drohnen – 88.215"): an adjective before a capitalized word is a modifier there.
            if (rowLabel && i == from && last + 1 < text.Count && text.Tokens[last + 1].IsWord && text.IsCapitalized(last + 1)
                && LooksLikeModifier(text.Lower[last]) && _pack.Measures.FactsOf(text.Lower[last]).Measure is null)
            {
                (adjectives ??= []).Add(text.Lower[last]);
                skipped++;
                i = last;
                continue;
            }

            var head = text.Lower[last];
            var headMention = sentence.MentionAt[last];
            if (headMention is { Form: MentionForm.People })
            {
                return new CountedNoun("troops", null, headMention.Last, headMention.Entity, null, Demonym: true);
            }

            Entity? system = null;
            for (var k = i; k <= last; k++)
            {
                if (sentence.MentionAt[k] is { Entity.Kind: EntityKind.WeaponSystem } systemMention)
                {
                    system = systemMention.Entity;
                    last = Math.Max(last, systemMention.Last);
                }
            }

            var headFacts = _pack.Measures.FactsOf(head);
            var modifiers = adjectives ?? NoAdjectives;
            var measure = _pack.Measures.MeasureOf(headFacts, modifiers) ?? _pack.Measures.MeasureOfModified(head, modifiers);
            // "bei minus 15 Grad": a system named by a word that is also a unit of measurement, standing alone after
            // the number, is the unit ("15 Grad-Raketenwerfer" count the system).
            if (measure is null && system?.Measure is not null && headMention?.Entity == system
                && !(last == i && headMention.First == i && _pack.Units.Dimensions.StartsWith(text.Lower[i])))
            {
                measure = system.Measure;
            }

            if (measure is null && headFacts.People)
            {
                measure = "people";
            }

            if (measure is "killed" or "wounded" or "captured" && CoordinatedLoss(sentence, last, measure) is { } other)
            {
                // "Tote und Verwundete": both kinds of loss together are casualties.
                return new CountedNoun("casualties", null, other, owner, null);
            }

            if (measure is not null)
            {
                system ??= SystemAfter(sentence, last);
                if (measure == "missiles" && system?.Measure == "ballistic_missiles")
                {
                    measure = system.Measure;
                }

                mixed |= measure is "troops" or "formations" && OfManyCountries(sentence, last);
                if (owner is null && measure is "troops" or "killed" or "wounded" or "captured" or "casualties")
                {
                    owner = CountryAfter(sentence, last);
                }

                return mixed ? new CountedNoun(measure, null, last, null, system, Mixed: true) : new CountedNoun(measure, null, last, owner, system);
            }

            var standIn = headFacts.StandIn;
            if (allowContainer && headFacts.Container)
            {
                var inner = FindNoun(sentence, last + 1, allowContainer: false, afterVague: false);
                if (inner is not null || !standIn)
                {
                    return inner is null ? null : inner with { Owner = inner.Owner ?? owner };
                }
            }

            // "Beim Flakpanzer Gepard weist die Aufstellung 61 Fahrzeuge aus": a stand-in noun with nothing counted after it
            // counts the weapon system its clause named before it.
            // "zwei HIMARS-Startanlagen": a stand-in noun compounded with a vehicle or launcher system counts that system; one
            // compounded with a system that is fired ("drei Iskander-Startanlagen") counts nothing.
            if (standIn && last > i && system is not null)
            {
                if (system.Measure is { } platform && MeasureGroups.Platforms.Contains(platform))
                {
                    return new CountedNoun(platform, null, last, owner, system);
                }
            }
            else if (standIn && SystemNamedBefore(sentence, i) is { Measure: not null } named)
            {
                return new CountedNoun(named.Measure, null, last, owner, named);
            }

            // "3.000 Bauarbeiter und Minenräumer": people of a trade beside a word for soldiers are counted as soldiers.
            if (last + 2 < text.Count && _pack.Grammar.Conjunctions.Contains(text.Lower[last + 1]) && text.IsCapitalized(last + 2)
                && _pack.Measures.TroopNouns.Contains(text, last + 2))
            {
                return new CountedNoun("troops", null, last + 2, owner, null);
            }

            return null;
        }

        return null;
    }

    /// <summary>"3.500 Soldaten aus 14 Nationen", "die multinationale Kampfgruppe … umfasst 3.500 Soldaten".</summary>
    private bool OfManyCountries(SentenceContext sentence, int nounLast)
    {
        var text = sentence.Tokens;
        var measures = _pack.Measures;
        if (nounLast + 3 < text.Count && _pack.Grammar.RolePrepositions.TryGetValue(text.Lower[nounLast + 1], out var role) && role == "source"
            && (text.Tokens[nounLast + 2].IsNumber || !text.IsCapitalized(nounLast + 2)) && measures.MixedOrigins.Contains(text.Lower[nounLast + 3]))
        {
            return true;
        }

        var (first, last) = sentence.ClauseBounds(nounLast);
        for (var i = first; i <= last; i++)
        {
            if (text.Tokens[i].IsWord)
            {
                // An array, indexed: a foreach over the interface would box an enumerator for every word.
                var markers = _mixedMarkers;
                for (var m = 0; m < markers.Length; m++)
                {
                    if (text.Lower[i].StartsWith(markers[m], StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private int? CoordinatedLoss(SentenceContext sentence, int last, string measure)
    {
        var text = sentence.Tokens;
        if (last + 2 < text.Count && _pack.Grammar.Conjunctions.Contains(text.Lower[last + 1]) && text.IsCapitalized(last + 2))
        {
            var other = _pack.Measures.MeasureOf(_pack.Measures.FactsOf(text.Lower[last + 2]), []);
            if (other is "killed" or "wounded" or "captured" && other != measure)
            {
                return last + 2;
            }
        }

        return null;
    }

    // "Haubitzen vom Typ M1989 Koksan": a system named right after the noun. Munitions for a system
    // ("Raketen für die Mehrfachraketenwerfer vom Typ Himars") name it a little further on, in their own phrase.
    private static Entity? SystemAfter(SentenceContext sentence, int nounLast)
    {
        var text = sentence.Tokens;
        var beneficiary = nounLast + 1 < text.Count && text.Tokens[nounLast + 1].IsWord
            && sentence.Pack.Grammar.BeneficiaryPrepositions.Contains(text.Lower[nounLast + 1]);
        for (var i = nounLast + 1; i < Math.Min(text.Count, nounLast + (beneficiary ? 7 : 4)); i++)
        {
            if (beneficiary && text.IsSymbol(i, ','))
            {
                return null;
            }

            if (sentence.MentionAt[i] is { Entity.Kind: EntityKind.WeaponSystem } mention)
            {
                return mention.Entity;
            }
        }

        return null;
    }

    private CountedNoun? FromUnit(SentenceContext sentence, QuantityPhrase phrase, string unit, int unitLast)
    {
        var measures = _pack.Measures;
        var text = sentence.Tokens;
        if (measures.MoneyUnits.Contains(unit))
        {
            return new CountedNoun("money", unit, unitLast, null, null);
        }

        if (measures.CaliberUnits.Contains(unit))
        {
            // "170-mm-Kanonenhaubitze", "170mm selbstfahrende Haubitzen", "Kaliber 155 mm"
            var from = text.IsSymbol(unitLast + 1, '-') && unitLast + 1 < text.Count && text.Tokens[unitLast + 1].Joined ? unitLast + 2 : unitLast + 1;
            var weapon = FindNoun(sentence, from, allowContainer: false, afterVague: false);
            if (weapon is not null && MeasureGroups.Weapons.Contains(weapon.Measure))
            {
                return new CountedNoun("caliber", unit, weapon.Last, weapon.Owner, weapon.System ?? NearestSystem(sentence, phrase.First));
            }

            return PropertyBefore(sentence, phrase.First, acrossCommas: false) == "caliber"
                ? new CountedNoun("caliber", unit, unitLast, null, NearestSystem(sentence, phrase.First))
                : null;
        }

        if (measures.CapacityUnits.Contains(unit))
        {
            // "12 Schuss Munition tragen" is what a weapon holds; a property noun after the goods describes
            // them ("180.000 Schuss Artilleriemunition im Kaliber 155 Millimeter") and does not make it so.
            if (HoldsCapability())
            {
                return new CountedNoun("capacity", unit, NounAfter(text, unitLast), null, NearestSystem(sentence, phrase.First));
            }

            // "Pro Minute schafft die Besatzung nur ein bis zwei Schuss": rounds per minute are a rate of fire, no count.
            if (IsFireRate(sentence, phrase.First))
            {
                return null;
            }

            // "eine Million Schuss Artilleriemunition": without a capability cue the unit counts the goods named
            // after it; with none named, rounds are shells ("2022: rund 350.000 Schuss aus Beständen").
            var goods = FindNoun(sentence, unitLast + 1, allowContainer: false, afterVague: false);
            return goods is null ? new CountedNoun("artillery_shells", null, unitLast, null, null)
                : MeasureGroups.Weapons.Contains(goods.Measure) ? goods : null;
        }

        if (measures.LengthUnits.Contains(unit) || measures.AreaUnits.Contains(unit))
        {
            var property = PropertyBefore(sentence, phrase.First, acrossCommas: false) ?? EchoedProperty(sentence, phrase.First);
            if (property == "range" && measures.LengthUnits.Contains(unit) || IsReachAdverbAfter() || IsReached() || IsTargetAtDistance())
            {
                return new CountedNoun("range", unit, unitLast, null, NearestSystem(sentence, phrase.First));
            }

            // "auf einer Breite von vier Kilometern": a length right after a noun of width or length (`dimension_nouns`, one
            // linking word between allowed) or right before an adjective of them ("zwölf Kilometer breiten Abschnitt",
            // `dimension_adjectives`) is how wide a front or place is, no advance.
            if (measures.LengthUnits.Contains(unit) && (IsDimension() || unitLast + 1 < text.Count && text.Tokens[unitLast + 1].IsWord
                && measures.DimensionAdjectives.Contains(text.Lower[unitLast + 1])))
            {
                return null;
            }

            // "auf dem rund 230 Quadratkilometer großen Gelände": an area before a size adjective is how large a place is,
            // no ground gained.
            if (measures.AreaUnits.Contains(unit) && unitLast + 1 < text.Count && text.Tokens[unitLast + 1].IsWord
                && measures.SizeAdjectives.Contains(text.Lower[unitLast + 1]))
            {
                return null;
            }

            // "rückten in 15 Kilometern Entfernung von der Stadt … vor": a length right before a noun of distance says where,
            // not how far an advance went.
            if (measures.LengthUnits.Contains(unit) && unitLast + 1 < text.Count && text.Tokens[unitLast + 1].IsWord
                && measures.DistanceNouns.Contains(text.Lower[unitLast + 1]))
            {
                return null;
            }

            // Area is ground gained or held (the spec's convention 8); a length needs an advance verb.
            if (measures.AreaUnits.Contains(unit) || sentence.HasRelationInClause("advance", unitLast) || AdvancedBy())
            {
                return new CountedNoun("distance", unit, unitLast, null, null);
            }
        }

        return null;

        // "Vorgerückt seien die Russen in diesem Abschnitt trotzdem, um etwa drei Kilometer": a clause after a comma that holds
        // only a length after `advance_by` closes a clause with an advance verb and says how far it went.
        bool AdvancedBy()
        {
            var (first, last) = sentence.ClauseBounds(unitLast);
            return measures.LengthUnits.Contains(unit) && first > 0 && text.IsSymbol(first, ',') && first + 2 == phrase.First
                && measures.AdvanceBy.Contains(text.Lower[first + 1]) && (last == unitLast || (last == unitLast + 1 && !text.Tokens[last].IsWord))
                && sentence.HasRelationInClause("advance", first - 1);
        }

        // "Sie fliegt bis zu 690 Kilometer weit": a length told by a reach adverb and no advance verb in its clause
        // ("rückten 12 Kilometer weit vor" stays a distance) is a range without a property noun.
        bool IsReachAdverbAfter() =>
            measures.LengthUnits.Contains(unit) && unitLast + 1 < text.Count && text.Tokens[unitLast + 1].IsWord
            && measures.RangeAdverbs.Contains(text.Lower[unitLast + 1]) && !sentence.HasRelationInClause("advance", unitLast);

        // "kann Ziele in bis zu 300 Kilometern Entfernung treffen", "Ziele in einer Entfernung von bis zu 60 Kilometern
        // bekämpfen": a length at a noun of distance (right after it, or before it and "von") with a verb of hitting or
        // reaching in its clause is a range; not with an advance verb in the clause.
        bool IsTargetAtDistance()
        {
            if (!measures.LengthUnits.Contains(unit) || measures.DistanceNouns.Count == 0)
            {
                return false;
            }

            var noun = unitLast + 1 < text.Count && text.Tokens[unitLast + 1].IsWord && measures.DistanceNouns.Contains(text.Lower[unitLast + 1])
                ? unitLast + 1
                : phrase.First >= 2 && text.Tokens[phrase.First - 2].IsWord && measures.DistanceNouns.Contains(text.Lower[phrase.First - 2])
                    && _pack.Cues.CountLinks.Contains(text.Lower[phrase.First - 1]) ? phrase.First - 2 : -1;
            if (noun < 0 || sentence.HasRelationInClause("advance", unitLast))
            {
                return false;
            }

            var (first, last) = sentence.ClauseBounds(noun);
            for (var i = first; i <= last; i++)
            {
                if (text.Tokens[i].IsWord && (measures.TargetVerbs.Contains(text.Lower[i]) || measures.ReachVerbs.Contains(text.Lower[i])))
                {
                    return true;
                }
            }

            return false;
        }

        // "Mit raketengestützter Munition erreicht ihre Kanone bis zu 60 Kilometer, mit gewöhnlichen Granaten etwa 40
        // Kilometer": a length after a verb of reaching in its clause, or ending a clause right after that verb's clause
        // (the verb gapped), is a range; not with an advance verb in the length's clause.
        bool IsReached()
        {
            if (!measures.LengthUnits.Contains(unit) || measures.ReachVerbs.Count == 0 || sentence.HasRelationInClause("advance", unitLast))
            {
                return false;
            }

            var endsClause = unitLast + 1 >= text.Count || !text.Tokens[unitLast + 1].IsWord;
            var commas = 0;
            for (var i = phrase.First - 1; i >= 0; i--)
            {
                var token = text.Tokens[i];
                if (token.IsWord)
                {
                    if (measures.ReachVerbs.Contains(text.Lower[i]))
                    {
                        return commas == 0 || endsClause;
                    }
                }
                else if (token.Kind == TokenKind.Symbol && text.Text[token.Start] is ',' or ';' or ':' && ++commas > 1)
                {
                    return false;
                }
            }

            return false;
        }

        bool IsDimension()
        {
            for (var i = phrase.First - 1; i >= 0 && i >= phrase.First - 2; i--)
            {
                if (!text.Tokens[i].IsWord)
                {
                    return false;
                }

                if (measures.DimensionNouns(text.Lower[i]))
                {
                    return true;
                }
            }

            return false;
        }

        // Loops, not lambdas: a lambda over the parameters would allocate a closure for every number with a unit.
        bool HoldsCapability()
        {
            foreach (var cue in sentence.Relations)
            {
                // A capability word of another clause describes something else ("eine Granate im Kaliber 155 Millimeter kostet
                // …, und … bräuchte die Ukraine mindestens 200.000 Schuss monatlich": rounds needed, not held).
                if (cue.Value == "capability" && !(cue.First > unitLast && measures.PropertyOf(text.Lower[cue.First]) is not null)
                    && sentence.SameClause(cue.First, phrase.First) && !IsWorksCapacity(cue.First))
                {
                    return true;
                }
            }

            return false;
        }

        // "Bis Ende 2027 soll die jährliche Kapazität auf 1,5 Millionen Schuss steigen": a capacity that is also a noun of
        // making ("Kapazität", not "Ladekapazität") is what works can make when no weapon system stands in the sentence;
        // the rounds then count shells, not what a weapon holds.
        bool IsWorksCapacity(int cueIndex) =>
            _pack.Cues.ProductionNouns.Contains(text.Lower[cueIndex]) && NearestSystem(sentence, phrase.First) is null;
    }

    /// <summary>
    /// The participle closing an extended attribute a preposition of time at <paramref name="preposition"/> opens: up to three
    /// capitalized words or numbers that name no party, then a lower-case modifier ("seit August 2023 gelieferten"); else -1.
    /// </summary>
    private int TimeAttributeEnd(SentenceContext sentence, int preposition)
    {
        var text = sentence.Tokens;
        var j = preposition + 1;
        while (j < text.Count && j <= preposition + 3
            && (text.Tokens[j].Kind == TokenKind.Number || (text.Tokens[j].IsWord && text.IsCapitalized(j) && sentence.MentionAt[j] is null)))
        {
            j++;
        }

        return j > preposition + 1 && j < text.Count && text.Tokens[j].IsWord && !text.IsCapitalized(j) && LooksLikeModifier(text.Lower[j]) ? j : -1;
    }

    private static int NounAfter(TokenizedText text, int last) =>
        last + 1 < text.Count && text.IsCapitalized(last + 1) ? last + 1 : last;

    /// <summary>The weapon system named last before <paramref name="index"/> in its clause, if any.</summary>
    private static Entity? SystemNamedBefore(SentenceContext sentence, int index)
    {
        EntityMention? best = null;
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Entity.Kind == EntityKind.WeaponSystem && mention.Last < index && (best is null || mention.First > best.First)
                && sentence.SameClause(mention.First, index))
            {
                best = mention;
            }
        }

        return best?.Entity;
    }

    /// <summary>
    /// The weapon system named nearest to <paramref name="index"/>. One named in another clause opened by a comma and a
    /// subordinator or relative pronoun ("hat eine Reichweite von rund 690 Kilometern, während die kleinere KN-24 …", "Die
    /// KN-23, die … mit dem russischen Iskander-System verglichen wird, hat eine Reichweite von …") belongs to that clause, so
    /// another named system is taken first.
    /// </summary>
    private static Entity? NearestSystem(SentenceContext sentence, int index)
    {
        EntityMention? best = null;
        EntityMention? beyond = null;
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Entity.Kind != EntityKind.WeaponSystem)
            {
                continue;
            }

            if (InOtherSubordinateClause(sentence, index, mention.First))
            {
                beyond ??= mention;
            }
            else if (best is null || Math.Abs(mention.First - index) < Math.Abs(best.First - index))
            {
                best = mention;
            }
        }

        return (best ?? beyond)?.Entity;
    }

    /// <summary>
    /// Whether token <paramref name="other"/> stands in a clause opened by a comma and a subordinator or relative pronoun that
    /// <paramref name="index"/> is not in; such a clause ends at its next clause break.
    /// </summary>
    private static bool InOtherSubordinateClause(SentenceContext sentence, int index, int other)
    {
        var (first, _) = sentence.ClauseBounds(other);
        var text = sentence.Tokens;
        var grammar = sentence.Pack.Grammar;
        return !sentence.SameClause(index, other) && text.IsSymbol(first, ',') && first + 1 < other && text.Tokens[first + 1].IsWord
            && (grammar.Subordinators.Contains(text.Lower[first + 1]) || grammar.RelativePronouns.Contains(text.Lower[first + 1]));
    }

    /// <summary>
    /// The property an amount after a copula and "es" takes up from earlier in its sentence: "eine Reichweite von bis zu
    /// 60 Kilometern, mit normalen Granaten sind es rund 40 Kilometer".
    /// </summary>
    private string? EchoedProperty(SentenceContext sentence, int first)
    {
        var text = sentence.Tokens;
        var measures = _pack.Measures;
        return first >= 2 && text.Tokens[first - 1].IsWord && text.Tokens[first - 2].IsWord
            && measures.EchoSubjects.Contains(text.Lower[first - 1]) && measures.EchoVerbs.Contains(text.Lower[first - 2])
            && !RouteBefore(text, first - 2)
            ? PropertyBefore(sentence, first - 2, acrossCommas: true)
            : null;
    }

    /// <summary>
    /// Whether the clause ending at <paramref name="end"/> (back to a comma, semicolon or colon) names a route, a word of whence
    /// before a word of whither: "vom Grenzübergang bis Wladiwostok sind es rund 130 Kilometer" is a distance between places.
    /// </summary>
    private bool RouteBefore(TokenizedText text, int end)
    {
        var to = false;
        for (var i = end - 1; i >= 0; i--)
        {
            if (text.Tokens[i].Kind == TokenKind.Symbol && text.Text[text.Tokens[i].Start] is ',' or ';' or ':')
            {
                break;
            }

            if (!text.Tokens[i].IsWord)
            {
                continue;
            }

            if (_pack.Measures.RouteTo.Contains(text.Lower[i]))
            {
                to = true;
            }
            else if (to && _pack.Measures.RouteFrom.Contains(text.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the clause of the quantity names a rate over a short period ("pro Minute", "je Sekunde").</summary>
    private bool IsFireRate(SentenceContext sentence, int first)
    {
        var text = sentence.Tokens;
        var measures = _pack.Measures;
        var (clauseFirst, clauseLast) = sentence.ClauseBounds(first);
        for (var i = clauseFirst; i < clauseLast; i++)
        {
            if (text.Tokens[i].IsWord && measures.RatePrepositions.Contains(text.Lower[i]) && text.Tokens[i + 1].IsWord
                && measures.FireRatePeriods.Contains(text.Lower[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A property noun before the quantity in its clause: "Reichweite von bis zu", "Die Reichweite der … Raketen liegt bei".</summary>
    private string? PropertyBefore(SentenceContext sentence, int first, bool acrossCommas)
    {
        var text = sentence.Tokens;
        for (var i = first - 1; i >= Math.Max(0, first - (acrossCommas ? 30 : 12)); i--)
        {
            if (text.Tokens[i].IsWord && _pack.Measures.PropertyOf(text.Lower[i]) is { } property)
            {
                return property;
            }

            if (!acrossCommas && text.Tokens[i].Kind == TokenKind.Symbol && text.Text[text.Tokens[i].Start] is ',' or ';' or ':')
            {
                break;
            }
        }

        return null;
    }

    /// <summary>A unit at token i: "km", "Kilometern", "€", "170mm" (glued), "170-mm-" (hyphenated).</summary>
    private bool TryUnit(TokenizedText text, int i, out string unit, out int last)
    {
        last = i;
        unit = "";
        if (text.IsSymbol(i, '-') && text.Tokens[i].Joined && i + 1 < text.Count && text.Tokens[i + 1].Joined)
        {
            i++;
            last = i;
        }

        if (!_pack.Measures.TryUnit(text.Lower[i], out unit))
        {
            // "vier Milliarden kanadische Dollar": a currency named by its country's adjective.
            if (i + 1 < text.Count && text.Tokens[i + 1].IsWord && _pack.Measures.TryUnit(text.Lower[i], text.Lower[i + 1], out unit))
            {
                last = i + 1;
                return true;
            }

            return false;
        }

        // "Mio." / "Mrd." are magnitudes and were read with the number; "m" must be a word of its own.
        if (text.Lower[i] == "m" && i + 1 < text.Count && text.Tokens[i + 1].Joined && text.Tokens[i + 1].IsWord)
        {
            return false;
        }

        // "Euro." or "km." abbreviation period.
        return true;
    }

    private bool IsNounStart(TokenizedText text, int i) =>
        _pack.Grammar.NounsCapitalized ? text.IsCapitalized(i) : text.Tokens[i].IsWord;

    /// <summary>
    /// Whether the lower-case word at <paramref name="i"/> modifies the inflected adjective or participle right after it
    /// ("verdeckt eingesetzte"): no auxiliary, conjunction or preposition, and a modifier after it that is no determiner.
    /// </summary>
    private bool AdverbOfModifier(TokenizedText text, int i)
    {
        if (i + 1 >= text.Count || !text.Tokens[i].IsWord || !text.Tokens[i + 1].IsWord || text.IsCapitalized(i) || text.IsCapitalized(i + 1))
        {
            return false;
        }

        var lower = text.Lower[i];
        var next = text.Lower[i + 1];
        return !_pack.Grammar.FiniteAuxiliaries.Contains(lower) && !_pack.Grammar.Conjunctions.Contains(lower)
            && !_pack.Grammar.RolePrepositions.ContainsKey(lower) && !_pack.Grammar.Determiners.Contains(next)
            && WordEndings.EndsWithAny(next, _adjectiveEndings, minStem: 2);
    }

    /// <summary>Lower-case words that may stand between a number and its noun: adjectives, participles, determiners.</summary>
    private bool LooksLikeModifier(string lower)
    {
        if (_pack.Grammar.Determiners.Contains(lower))
        {
            return true;
        }

        return WordEndings.EndsWithAny(lower, _adjectiveEndings, minStem: 2);
    }
}
