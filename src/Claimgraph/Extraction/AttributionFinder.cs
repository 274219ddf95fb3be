using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Extraction;

/// <summary>
/// Finds who a sentence says its numbers come from, nearest first: "laut X", "X zufolge",
/// "nach Angaben X", "wie X berichtete", "berichtete X", "X sagte", "X wird so zitiert", and the
/// sources they cite ("unter Berufung auf Y"). A source phrase resolves to a known organisation,
/// person or country, else to a generic institution composed with a country ("des ukrainischen
/// Geheimdienstes" → Ukrainian intelligence), else to the phrase as written.
/// </summary>
internal sealed class AttributionFinder
{
    private const int MaxPhraseTokens = 12;
    private readonly LanguagePack _pack;

    public AttributionFinder(LanguagePack pack) => _pack = pack;

    public List<SourcePhrase> Find(SentenceContext sentence)
    {
        var text = sentence.Tokens;
        var cues = _pack.Attribution.Cues.FindAll(text);
        var found = new List<SourcePhrase>();
        foreach (var cue in cues)
        {
            if (found.Any(f => cue.First >= f.First && cue.First <= f.Last))
            {
                continue;
            }

            SourcePhrase? phrase = cue.Value switch
            {
                AttributionCueKind.Preposition => Resolve(sentence, cue.Last + 1, PhraseEndAfter(sentence, cue.Last + 1), cited: false),
                AttributionCueKind.Chain => Resolve(sentence, cue.Last + 1, PhraseEndAfter(sentence, cue.Last + 1), cited: true),
                AttributionCueKind.Postposition => PhraseBefore(sentence, cue.First),
                AttributionCueKind.SpeechVerb when !EndsWithParticle(sentence, cue.First) => Speaker(sentence, cue),
                _ => null,
            };

            if (phrase is not null && !found.Any(f => SameSource(f.Source, phrase.Source)))
            {
                found.Add(phrase);
            }
        }

        // The reporting source first, then whom it cites.
        return found.Where(f => !f.Cited).Concat(found.Where(f => f.Cited)).ToList();
    }

    /// <summary>Whether the clause of token i ends in a separable particle ("sagte … zu").</summary>
    private bool EndsWithParticle(SentenceContext sentence, int i)
    {
        var text = sentence.Tokens;
        var last = i;
        while (last + 1 < text.Count && sentence.SameClause(last + 1, i))
        {
            last++;
        }

        while (last > i && !text.Tokens[last].IsWord)
        {
            last--;
        }

        return last > i && _pack.Attribution.SeparableParticles.Contains(text.Lower[last]);
    }

    private static bool SameSource(Source a, Source b) => string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The subject of a speech verb: "wie X berichtete", "berichtete X", "X berichtete".</summary>
    private SourcePhrase? Speaker(SentenceContext sentence, CueMatch<AttributionCueKind> cue)
    {
        var text = sentence.Tokens;

        // "wie X berichtete": X between "wie" and the verb.
        for (var i = cue.First - 1; i >= 0 && sentence.SameClause(i, cue.First); i--)
        {
            if (text.Lower[i] == "wie")
            {
                var end = cue.First - 1;
                var chain = ChainStart(sentence, i + 1, end);
                return Resolve(sentence, i + 1, chain ?? end, cited: false);
            }
        }

        // "berichtete X", "sagte X dem Sender Y", ", so X"
        var after = Resolve(sentence, cue.Last + 1, PhraseEndAfter(sentence, cue.Last + 1), cited: false, requireNamed: true);
        if (after is not null)
        {
            return after;
        }

        // "X berichtete": the nearest named source before the verb in the sentence.
        for (var start = cue.First - 1; start >= 0; start--)
        {
            if (sentence.MentionAt[start] is { } mention && IsSourceEntity(mention))
            {
                // take the first (leftmost) source of this clause run
                var first = mention.First;
                for (var j = first - 1; j >= 0; j--)
                {
                    if (sentence.MentionAt[j] is { } earlier && IsSourceEntity(earlier))
                    {
                        first = earlier.First;
                    }
                }

                return Resolve(sentence, first, cue.First - 1, cited: false, requireNamed: true) ?? Resolve(sentence, mention.First, mention.Last, cited: false);
            }
        }

        var clauseStart = cue.First - 1;
        while (clauseStart > 0 && sentence.SameClause(clauseStart - 1, cue.First))
        {
            clauseStart--;
        }

        return clauseStart < cue.First ? Resolve(sentence, clauseStart, cue.First - 1, cited: false, requireNamed: true) : null;
    }

    private static bool IsSourceEntity(EntityMention mention) =>
        mention.Entity.Kind is EntityKind.Organization or EntityKind.Person
        || (mention.Entity.Kind == EntityKind.Country && mention.Form is MentionForm.Name or MentionForm.Metonym);

    private int? ChainStart(SentenceContext sentence, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (_pack.Attribution.Cues.TryMatchAt(sentence.Tokens, i, out var cue) && cue.Value == AttributionCueKind.Chain)
            {
                return i - 1;
            }
        }

        return null;
    }

    /// <summary>"Einem Bericht des Pentagon zufolge": the phrase from the clause start to the cue.</summary>
    private SourcePhrase? PhraseBefore(SentenceContext sentence, int cue)
    {
        var start = cue - 1;
        while (start > 0 && sentence.SameClause(start - 1, cue) && cue - start < MaxPhraseTokens)
        {
            start--;
        }

        return start < cue ? Resolve(sentence, start, cue - 1, cited: false) : null;
    }

    /// <summary>Where a source phrase that starts at <paramref name="from"/> ends.</summary>
    private int PhraseEndAfter(SentenceContext sentence, int from)
    {
        var text = sentence.Tokens;
        var end = from - 1;
        for (var i = from; i < text.Count && i - from < MaxPhraseTokens; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                var c = text.Text[token.Start];
                // Quote marks never end a source phrase; hyphens, brackets and periods do unless joined to the token before.
                if (c == '"' || (token.Joined && c is '-' or '(' or ')' or '.'))
                {
                    continue;
                }

                break;
            }

            if (token.Kind == TokenKind.Number)
            {
                break;
            }

            if (i > from && (_pack.Attribution.PhraseBreaks.TryMatchAt(text, i, out _) || _pack.Attribution.Cues.TryMatchAt(text, i, out _)))
            {
                break;
            }

            // Lower-case words other than determiners, adjectives and "und" end the phrase (a verb follows).
            if (!text.IsCapitalized(i) && sentence.MentionAt[i] is null)
            {
                var lower = text.Lower[i];
                if (lower != "und" && !_pack.Grammar.Determiners.Contains(lower) && !IsAdjectiveLike(lower))
                {
                    break;
                }
            }

            end = i;
        }

        return end;
    }

    private bool IsAdjectiveLike(string lower) =>
        _pack.Grammar.AdjectiveEndings.Any(e => e.Length > 0 && lower.Length > e.Length + 3 && lower.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Turns the tokens [first, last] into a source.</summary>
    private SourcePhrase? Resolve(SentenceContext sentence, int first, int last, bool cited, bool requireNamed = false)
    {
        var text = sentence.Tokens;
        first = Math.Max(0, first);
        if (first > last || first >= text.Count)
        {
            return null;
        }

        last = Math.Min(last, text.Count - 1);

        // 1. A named organisation or person: the first one in the phrase.
        Entity? country = null;
        for (var i = first; i <= last; i++)
        {
            if (sentence.MentionAt[i] is not { } mention)
            {
                continue;
            }

            switch (mention.Entity.Kind)
            {
                case EntityKind.Organization:
                case EntityKind.Person:
                    return new SourcePhrase(first, last, new Source(mention.Entity.Name, mention.Entity.SourceType), cited);
                case EntityKind.Country when country is null:
                    country = mention.Entity;
                    break;
                case EntityKind.Place when country is null && mention.Entity.Country is { } placeCountry:
                    country = _pack.Entities.Country(placeCountry);
                    break;
            }
        }

        // 2. A generic institution, with the country an adjective or genitive gives it. Carrier
        // nouns ("Einschätzung des Geheimdienstes", "Angaben des Militärs") yield to the institution
        // they carry; so the last specific institution of the phrase wins.
        Institution? chosen = null;
        var chosenAt = -1;
        for (var i = first; i <= last; i++)
        {
            if (text.Tokens[i].IsWord && text.IsCapitalized(i) && sentence.MentionAt[i] is null
                && _pack.Attribution.Institutions.TryMatch(text.Lower[i], out var institution, out _)
                && (chosen is null || chosen.Name.Length == 0 || institution.Name.Length > 0))
            {
                chosen = institution;
                chosenAt = i;
            }
        }

        if (chosen is not null)
        {
            // "der Militärblog DeepState", "der Experte Andrij Tarasenko": a name in apposition.
            if (AppositiveName(sentence, chosenAt + 1, last) is { } apposed)
            {
                return new SourcePhrase(first, last, new Source(apposed, chosen.SourceType), cited);
            }

            if (country is not null)
            {
                var name = chosen.Name.Length == 0 ? country.Name : $"{country.Adjective} {chosen.Name}";
                return new SourcePhrase(first, last, new Source(name, chosen.Name.Length == 0 ? "government" : chosen.SourceType), cited);
            }

            if (!requireNamed)
            {
                return new SourcePhrase(first, last, new Source(PhraseText(text, first, last), chosen.SourceType), cited);
            }
        }

        // 3. A country on its own: "laut Südkorea".
        if (country is not null)
        {
            return new SourcePhrase(first, last, new Source(country.Name, "government"), cited);
        }

        // 4. A proper name we do not know: "so Cha", "sagte Tarasenko".
        if (text.IsCapitalized(first) || (first + 1 <= last && text.IsCapitalized(first + 1)))
        {
            var phrase = PhraseText(text, first, last);
            if (phrase.Length > 0 && !requireNamed)
            {
                return new SourcePhrase(first, last, new Source(phrase, "unknown"), cited);
            }

            if (phrase.Length > 0 && LooksLikeName(text, first, last))
            {
                return new SourcePhrase(first, last, new Source(phrase, "unknown"), cited);
            }
        }

        return null;
    }

    private string? AppositiveName(SentenceContext sentence, int from, int last)
    {
        var text = sentence.Tokens;
        var end = from - 1;
        for (var i = from; i <= last && i < text.Count; i++)
        {
            if (text.Tokens[i].IsWord && text.IsCapitalized(i) && sentence.MentionAt[i] is null
                && !_pack.Attribution.Institutions.TryMatch(text.Lower[i], out _, out _))
            {
                end = i;
                continue;
            }

            if (text.IsSymbol(i, '"') || (text.IsSymbol(i, '-') && text.Tokens[i].Joined))
            {
                continue;
            }

            break;
        }

        return end >= from ? PhraseText(text, from, end) : null;
    }

    private bool LooksLikeName(TokenizedText text, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (text.Tokens[i].IsWord && !_pack.Grammar.Determiners.Contains(text.Lower[i])
                && (!text.IsCapitalized(i) || _pack.Attribution.Institutions.TryMatch(text.Lower[i], out _, out _)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrase as written, without leading determiners and quote marks.</summary>
    private string PhraseText(TokenizedText text, int first, int last)
    {
        while (first <= last && (text.Tokens[first].Kind == TokenKind.Symbol || _pack.Grammar.Determiners.Contains(text.Lower[first])))
        {
            first++;
        }

        while (last >= first && text.Tokens[last].Kind == TokenKind.Symbol)
        {
            last--;
        }

        return first <= last ? text.TextOf(first, last).Replace("\"", "", StringComparison.Ordinal).Trim() : "";
    }
}
