using Claimgraph.Lexicon;

namespace Claimgraph.Extraction;

public sealed partial class ClaimExtractor
{
    /// <summary>
    /// A package of aid a sentence named ("ein weiteres Hilfspaket", "eine Lieferung Artilleriemunition"): who gives it,
    /// who receives it, and whether a word of addition named it. The next sentence may give its amount.
    /// </summary>
    /// <param name="ByAdditionNoun">Only a noun of addition made it one ("eine Aufstockung der Mittel"): a total given for it
    /// ("Sie soll auf insgesamt 11,5 Milliarden Euro steigen") is what the sum rises to, no addition.</param>
    private sealed record NamedPackage(string? Giver, string? Recipient, bool Increment, bool ByAdditionNoun = false);

    /// <summary>
    /// The token that points back to the package the sentence before named, or -1: a pronoun opening the sentence
    /// before its verb ("Es umfasst insgesamt …") or right after the verb opening a main clause after a comma
    /// ("Wie der Minister ankündigte, umfasst es …"), or a definite article before a package noun, behind one adjective
    /// at most ("Das Paket hat einen Umfang von …", "Der Umfang der Lieferung …").
    /// </summary>
    private int PackageReference(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        var cues = _pack.Cues;
        if (text.Count > 1 && cues.PackagePronouns.Contains(text.Lower[0]) && text.Tokens[1].IsWord && !text.IsCapitalized(1))
        {
            return 0;
        }

        // "Sein Umfang liegt bei …", "Der Gesamtumfang beträgt …": the size of the package, opening the sentence.
        if (text.Count > 2 && cues.PackageValueNouns.Contains(text.Lower[1])
            && (cues.PackagePossessives.Contains(text.Lower[0]) || cues.PackageDeterminers.Contains(text.Lower[0])))
        {
            return 0;
        }

        // The pronoun right after the verb that opens a main clause following a subordinate one: "Wie der Minister
        // ankündigte, umfasst es Waffen …", "…, handelt es sich um 1,4 Milliarden Euro".
        for (var i = 2; i < text.Count; i++)
        {
            if (text.IsSymbol(i - 2, ',') && text.Tokens[i - 1].IsWord && !text.IsCapitalized(i - 1)
                && cues.PackagePronouns.Contains(text.Lower[i]))
            {
                return i;
            }
        }

        // "Wie die EU-Kommission mitteilte, gingen am Montag 4,2 Milliarden Euro an Kiew": the main clause after an opening
        // clause that only says who reported the news gives the package the sentence before named; a sum ("insgesamt") not.
        if (cues.PackageReportOpeners.Contains(text.Lower[0]) && ReportingClauseEnd(sentence) is var main and > 0
            && !sentence.AnyWordIn(cues.Summaries, 0, text.Count - 1))
        {
            return main;
        }

        // "Die Regierung kündigte Hilfen im Wert von 16 Milliarden Kronen an": aid without a definite article or a
        // possessive, its value following, is the package just named; "die deutsche Militärhilfe", "insgesamt" sum up all aid.
        if (cues.AidOrPackageNouns.AnyIn(text) && !sentence.AnyWordIn(cues.Summaries, 0, text.Count - 1))
        {
            for (var i = 1; i + 1 < text.Count; i++)
            {
                if (cues.AidOrPackageNouns.Contains(text, i) && text.IsCapitalized(i) && !cues.IsFundNoun(text.Lower[i])
                    && !cues.PackageDeterminers.Contains(text.Lower[i - 1]) && !cues.PackagePossessives.Contains(text.Lower[i - 1])
                    && cues.ValueLinks.TryMatchAt(text, i + 1, out var link) && link.Last > link.First)
                {
                    return i;
                }
            }
        }

        // Most sentences name no package noun: one pass over the sentence's masks says so.
        if (!cues.PackageNouns.AnyIn(text))
        {
            return -1;
        }

        for (var i = 0; i + 1 < text.Count; i++)
        {
            if (!cues.PackageDeterminers.Contains(text.Lower[i]))
            {
                continue;
            }

            for (var noun = i + 1; noun <= i + 2 && noun < text.Count && text.Tokens[noun].IsWord; noun++)
            {
                if (text.IsCapitalized(noun))
                {
                    if (cues.PackageNouns.Contains(text, noun))
                    {
                        return i;
                    }

                    break;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The first token of the main clause after an opening clause that ends in a speech verb and a comma ("Wie die
    /// EU-Kommission in Brüssel mitteilte, gingen …"), or -1: the speech verb's cue must end right before the comma.
    /// </summary>
    private static int ReportingClauseEnd(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        foreach (var cue in sentence.AttributionCues)
        {
            if (cue.Value == AttributionCueKind.SpeechVerb && cue.Last + 2 < text.Count && text.IsSymbol(cue.Last + 1, ',')
                && sentence.SameClause(0, cue.Last))
            {
                return cue.Last + 2;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Es enthalte unter anderem 18 Schützenpanzer": a subset word between the reference to a package and the claim
    /// lists a part of the package, not its amount, so the package's addition is not the part's.
    /// </summary>
    private bool ListsPart(SentenceContext sentence, int reference, int claimFirst) =>
        _pack.Cues.Subsets.FindAll(sentence.Tokens, reference, claimFirst).Count > 0;

    /// <summary>
    /// The package of aid a sentence names, if any: its giver and receiver as the sentence gives them (its supply
    /// claims first), and whether an increment word stands in its noun phrase ("ein weiteres Hilfspaket",
    /// "zusätzliche Unterstützung").
    /// </summary>
    private NamedPackage? PackageNamed(SentenceContext sentence, List<CountryMention> countries, List<Claim> claims)
    {
        var text = sentence.Tokens;
        var cues = _pack.Cues;
        if (!cues.AidOrPackageNouns.AnyIn(text))
        {
            return claims.Count == 0 ? GoodsAddedWithoutAmount(sentence, countries) : null;
        }

        var named = false;
        var increment = false;
        var byWord = false;
        for (var i = 0; i < text.Count; i++)
        {
            if (!cues.AidOrPackageNouns.Contains(text, i) || !text.IsCapitalized(i))
            {
                continue;
            }

            // Only articles and adjectives between the increment word and the noun: "ein weiteres, größeres Paket"; a noun of
            // addition is one by itself ("eine Aufstockung der Mittel").
            var additionNoun = cues.IsAdditionNoun(text.Lower[i]);
            var added = additionNoun;
            for (var j = i - 1; j >= 0 && j >= i - 3 && text.Tokens[j].IsWord && (j == 0 || !text.IsCapitalized(j)); j--)
            {
                if (cues.Increments.TryMatchAt(text, j, out _))
                {
                    added = true;
                    byWord = true;
                    break;
                }
            }

            // Funds name a package only where an increment word makes them new ("zusätzliche Mittel"; not "der Mittel").
            if (added || !cues.IsFundNoun(text.Lower[i]))
            {
                named = true;
                increment |= added;
                byWord |= added && !additionNoun;
            }
        }

        if (!named)
        {
            return null;
        }

        var (giver, recipient) = SentenceSides(sentence, countries, "supply");
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (claims[i].Relation is "supply" or UncuedSupply)
            {
                giver = claims[i].Actor ?? giver;
                recipient = claims[i].Recipient ?? recipient;
                break;
            }
        }

        return new NamedPackage(giver, recipient, increment, ByAdditionNoun: increment && !byWord);
    }

    /// <summary>
    /// Goods of a counted measure supplied as an addition without an amount ("Nordkorea hat Russland offenbar weitere
    /// ballistische Raketen geliefert"): the next sentence pointing back gives their amount ("…, sollen es zuletzt rund 40
    /// Raketen gewesen sein"), an addition from this giver to this receiver. Only a sentence without claims of its own asks.
    /// </summary>
    private NamedPackage? GoodsAddedWithoutAmount(SentenceContext sentence, List<CountryMention> countries)
    {
        var text = sentence.Tokens;
        var cues = _pack.Cues;
        if (!cues.Increments.OccursIn(text) || !sentence.HasRelation("supply"))
        {
            return null;
        }

        for (var i = 0; i < text.Count; i++)
        {
            if (!cues.Increments.TryMatchAt(text, i, out var increment))
            {
                continue;
            }

            // Adjectives only between the increment word and the noun: "weitere ballistische Raketen".
            for (var noun = increment.Last + 1; noun <= increment.Last + 3 && noun < text.Count && text.Tokens[noun].IsWord; noun++)
            {
                if (!text.IsCapitalized(noun))
                {
                    continue;
                }

                if (_pack.Measures.MeasureOf(text.Lower[noun], []) is null)
                {
                    break;
                }

                var (giver, recipient) = SentenceSides(sentence, countries, "supply");
                return giver is null || recipient is null ? null : new NamedPackage(giver, recipient, Increment: true);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the amount opening at <paramref name="first"/> gives the amount ending at <paramref name="previousLast"/> again:
    /// in brackets right after it ("1,5 Milliarden Kronen (rund 130 Millionen Euro)") or behind a conversion word a few
    /// words after it ("16 Milliarden Kronen an, umgerechnet rund 1,4 Milliarden Euro").
    /// </summary>
    private bool ConvertsAmountBefore(SentenceContext sentence, int previousLast, int first)
    {
        const int MaxGap = 4;
        if (previousLast < 0 || first <= previousLast)
        {
            return false;
        }

        return (first >= 2 && sentence.Tokens.IsSymbol(first - 1, '(') && previousLast == first - 2)
            || (first - previousLast <= MaxGap + 1 && sentence.AnyWordIn(_pack.Cues.ConversionWords, previousLast + 1, first - 1));
    }

    /// <summary>A package added whose sentence gives one amount: that amount (and its conversion) is the addition.</summary>
    private static void MarkPackageAddition(SentenceReading reading)
    {
        var sentenceClaims = reading.Claims;

        // "… ein weiteres Paket … Es umfasst insgesamt 4,2 Milliarden Euro": the one amount given for a package added is
        // an addition; several are what it holds ("Es enthält 18 Schützenpanzer und Munition im Wert von 120 Millionen Euro").
        if (reading.PackageAmounts is [var packageAmount])
        {
            sentenceClaims[packageAmount] = sentenceClaims[packageAmount] with { Increment = true };
            // Its conversion right after it is the same amount.
            if (reading.Conversions is not null && reading.Conversions.Contains(packageAmount + 1))
            {
                sentenceClaims[packageAmount + 1] = sentenceClaims[packageAmount + 1] with { Increment = true };
            }
        }
    }
}
