using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

// Numbers that make no claim: prices of one piece, market figures, years, ages, designations, factors, hypotheticals and counts of other wars.
public sealed partial class ClaimExtractor
{
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
    /// the first part of a ratio in its clause (<c>ratio_openers</c>: "auf jede ukrainische Granate kämen … drei russische"), nor
    /// the count right after the "auf" that opens its clause when a form of "kommen" follows it there (<c>ratio_verbs</c>: "Auf 30
    /// Soldaten komme nur ein Dolmetscher"). Asked
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

        return phrase.First == first + 1 && text.Lower[first] == "auf" && sentence.AnyWordIn(_pack.Cues.RatioVerbs, phrase.Last + 1, last);
    }

    /// <summary>"in kleinen Gruppen von drei bis fünf Mann": the size of each of many groups (<c>group_sizes</c>) right before
    /// the count, or ending in the "von" of a range that opens it, counts no force.</summary>
    private bool SizesEachGroup(SentenceContext sentence, QuantityPhrase phrase)
    {
        var text = sentence.Tokens;
        for (var i = Math.Max(0, phrase.First - 4); i < phrase.First; i++)
        {
            if (_pack.Cues.GroupSizes.TryMatchAt(text, i, out var group) && group.Last >= phrase.First - 1 && group.Last <= phrase.First)
            {
                return true;
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
}
