using Claimgraph.Text;

namespace Claimgraph.Lexicon;

/// <summary>
/// The entities of a language pack and a matcher that finds them in a sentence: every alias is
/// tokenised like text and indexed by its first token; at each token the longest alias wins.
/// Short all-capital aliases (AP, US, FT) match only in that case; others ignore case.
/// </summary>
public sealed class EntityLexicon
{
    private readonly Dictionary<string, List<Alias>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _opponents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _givesTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _organizations = new(StringComparer.OrdinalIgnoreCase);

    // The first characters of aliases that start with a number or symbol ("2S19"): the other numbers and
    // symbols of a text (a fifth of its tokens are punctuation) are passed over without a lookup.
    private readonly System.Buffers.SearchValues<char> _nonWordStarts;

    private readonly IReadOnlyDictionary<string, string> _spellingVariants;

    /// <summary>A leader's name → the country the leader speaks for ("John Healey" → GB).</summary>
    private readonly Dictionary<string, string> _leaderCountries = new(StringComparer.Ordinal);

    internal EntityLexicon(EntityLexiconData data, LanguageGrammar grammar)
    {
        _spellingVariants = grammar.SpellingVariants;
        foreach (var country in data.Countries)
        {
            var entity = new Entity(country.Id, country.Name, EntityKind.Country, country.Id, "government", Adjective: country.Adjective);
            _countries[country.Id] = entity;
            if (country.Opponents.Count == 1)
            {
                _opponents[country.Id] = country.Opponents[0];
            }
            if (country.GivesTo is { Length: > 0 } side)
            {
                _givesTo[country.Id] = side;
            }
            if (country.Rules is { Length: > 0 } ruled)
            {
                _rules[country.Id] = ruled;
            }
            foreach (var name in country.Names)
            {
                Add(name, entity, MentionForm.Name);
                AddInflected(grammar, NameKind.Country, name, entity, MentionForm.Name);
            }

            foreach (var stem in country.Adjectives)
            {
                foreach (var ending in grammar.AdjectiveEndings)
                {
                    Add(stem + ending, entity, MentionForm.Adjective);
                }
            }

            foreach (var people in country.People)
            {
                Add(people, entity, MentionForm.People);
                AddInflected(grammar, NameKind.People, people, entity, MentionForm.People);
            }

            foreach (var place in country.Places)
            {
                var placeEntity = new Entity(place, place, EntityKind.Place, country.Id, "government");
                Add(place, placeEntity, MentionForm.Place);
                AddInflected(grammar, NameKind.Place, place, placeEntity, MentionForm.Place);
            }

            foreach (var metonym in country.Metonyms)
            {
                Add(metonym, entity, MentionForm.Metonym);
            }

            foreach (var leader in country.Leaders)
            {
                var person = new Entity(leader, leader, EntityKind.Person, country.Id, "official");
                Add(leader, person, MentionForm.Leader);
                AddInflected(grammar, NameKind.Leader, leader, person, MentionForm.Leader);
                _leaderCountries.TryAdd(leader, country.Id);
            }
        }

        foreach (var organization in data.Organizations)
        {
            var entity = new Entity(organization.Name, organization.Name, EntityKind.Organization, organization.Country, organization.Type, Maker: organization.Maker);
            foreach (var alias in organization.Aliases.Append(organization.Name))
            {
                Add(alias, entity, MentionForm.Alias);
                _organizations.TryAdd(alias, entity);
            }
        }

        foreach (var system in data.Systems)
        {
            var entity = new Entity(system.Name, system.Name, EntityKind.WeaponSystem, system.Country, "unknown", system.Measure);
            foreach (var alias in system.Aliases.Append(system.Name))
            {
                Add(alias, entity, MentionForm.Alias);
            }
        }

        IndexCountryNames();
        AliasStarts = new WordClass(_byFirst.ContainsKey);
        _nonWordStarts = System.Buffers.SearchValues.Create([.. _byFirst.Keys.Where(key => !char.IsLetter(key[0])).Select(key => key[0]).Distinct()]);
        foreach (var list in _byFirst.Values)
        {
            // Longest first; among equals a named organisation or system before a country's metonym
            // ("Kreml" is the Kremlin as a source and Russia as a side).
            list.Sort((a, b) => b.Tokens.Length != a.Tokens.Length
                ? b.Tokens.Length.CompareTo(a.Tokens.Length)
                : (a.Form == MentionForm.Alias ? 0 : 1).CompareTo(b.Form == MentionForm.Alias ? 0 : 1));
        }
    }

    public Entity? Country(string id) => _countries.GetValueOrDefault(id);

    /// <summary>
    /// The country a source speaks for: an organisation's, or the country whose adjective opens a
    /// composed name ("Russian Ministry of Defence" → RU), a leader's ("John Healey" → GB), or the country itself cited
    /// as a source ("Sweden").
    /// </summary>
    public string? CountryOfSource(string name)
    {
        if (Organization(name)?.Country is { } country)
        {
            return country;
        }

        // "Healey sagte, das Königreich werde …": a leader speaks for the leader's country.
        if (_leaderCountries.TryGetValue(name, out var led))
        {
            return led;
        }

        // The country itself ("Sweden"), or one whose adjective opens the name before a space ("Russian Ministry of
        // Defence"): of several, the one listed first.
        var best = _countryOrderByName.TryGetValue(name, out var named) ? named : int.MaxValue;
        for (var space = name.IndexOf(' '); space > 0; space = name.IndexOf(' ', space + 1))
        {
            if (_countryOrderByAdjective.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name.AsSpan(0, space), out var adjectived))
            {
                best = Math.Min(best, adjectived);
            }
        }

        return best == int.MaxValue ? null : _countryOrder[best].Country;
    }

    // The countries in the order listed, and the place of each by name and by adjective (the first listed of several).
    private readonly List<Entity> _countryOrder = [];
    private readonly Dictionary<string, int> _countryOrderByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countryOrderByAdjective = new(StringComparer.Ordinal);

    private void IndexCountryNames()
    {
        foreach (var entity in _countries.Values)
        {
            _countryOrderByName.TryAdd(entity.Name, _countryOrder.Count);
            if (entity.Adjective is { Length: > 0 } adjective)
            {
                _countryOrderByAdjective.TryAdd(adjective, _countryOrder.Count);
            }

            _countryOrder.Add(entity);
        }
    }

    /// <summary>The organisation one of whose names or aliases this is, written out ("South Korean General Staff").</summary>
    public Entity? Organization(string name) => _organizations.GetValueOrDefault(name);

    /// <summary>The side a country fights, when the lexicon names exactly one ("UA" for "RU").</summary>
    public string? Opponent(string id) => _opponents.GetValueOrDefault(id);

    /// <summary>The side a country arms or funds, when the lexicon names one ("UA" for "NL").</summary>
    public string? GivesTo(string id) => _givesTo.GetValueOrDefault(id);

    /// <summary>The country an armed party governs, when the lexicon names one ("PS" for Hamas).</summary>
    public string? Rules(string id) => _rules.GetValueOrDefault(id);

    /// <summary>The word forms some alias begins with, asked of every word token (a bit of the pack's cue index).</summary>
    internal WordClass AliasStarts { get; }

    /// <summary>All entity mentions in the text, left to right, longest first at each token, not overlapping.</summary>
    public List<EntityMention> FindAll(TokenizedText text)
    {
        var found = new List<EntityMention>();
        // A word's answer is a bit of the sentence's cue masks, tested here (a call per token cost more than the test).
        var indexed = AliasStarts.TryMasks(text, out var masks, out var bit);
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // A number or symbol ("2" of "2S19") is looked up as it is (a memo would keep each new number string alive past
            // a collection).
            List<Alias>? aliases = null;
            if (tokens[i].IsWord ? (indexed ? (masks[i] & bit) == 0 : !AliasStarts.Contains(text, i))
                : !_nonWordStarts.Contains(text.Lower[i][0]) || !_byFirst.TryGetValue(text.Lower[i], out aliases))
            {
                continue;
            }

            var word = text.Lower[i];

            aliases ??= AliasesStartingWith(word);

            foreach (var alias in aliases)
            {
                if (Matches(text, i, alias))
                {
                    found.Add(new EntityMention(i, i + alias.Tokens.Length - 1, alias.Entity, alias.Form));
                    i += alias.Tokens.Length - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The aliases whose first word is this pooled word form (one the cue masks say starts some alias): remembered by the
    /// string instance in a direct-mapped table whose slots are replaced whole, so that country names and demonyms, the
    /// most frequent entity words, are not hashed again at each mention; threads may share it without a lock.
    /// </summary>
    private List<Alias> AliasesStartingWith(string word)
    {
        if (_aliasMemo.TryGet(word, out var known))
        {
            return known.Aliases;
        }

        return _aliasMemo.Remember(new AliasesOfWord(word, _byFirst[word])).Aliases;
    }

    private readonly FormMemo<AliasesOfWord> _aliasMemo = new(2048);

    private sealed class AliasesOfWord(string word, List<Alias> aliases) : FormFacts(word)
    {
        public readonly List<Alias> Aliases = aliases;
    }

    /// <summary>Whether <paramref name="alias"/>, one of those whose first word is token <paramref name="start"/>'s, stands at that token.</summary>
    private static bool Matches(TokenizedText text, int start, Alias alias)
    {
        if (start + alias.Tokens.Length > text.Count)
        {
            return false;
        }

        for (var k = 0; k < alias.Tokens.Length; k++)
        {
            // Every alias tried at a token is one of the aliases indexed by its word (`_byFirst`): the first word is equal.
            var index = start + k;
            if (k > 0 && text.Lower[index] != alias.Tokens[k])
            {
                return false;
            }

            if (alias.CaseSensitive && !text.Text.AsSpan(text.Tokens[index].Start, text.Tokens[index].Length).SequenceEqual(alias.Raw[k]))
            {
                return false;
            }

            // The parts of a hyphenated alias must stay joined ("KN-23"), the words of a name apart or joined.
            if (k > 0 && alias.JoinedAt[k] && !text.Tokens[index].Joined)
            {
                return false;
            }
        }

        // An alias must not be the start of a longer word-number run ("KN-23" inside "KN-230").
        var after = start + alias.Tokens.Length;
        return after >= text.Count || !text.Tokens[after].Joined || !(text.Tokens[after].IsWord || text.Tokens[after].IsNumber);
    }

    /// <summary>The language's inflected forms of a name ("Russlands", "Putins"), as mentions of the same entity.</summary>
    private void AddInflected(LanguageGrammar grammar, NameKind kind, string name, Entity entity, MentionForm form)
    {
        foreach (var inflection in grammar.NameInflections)
        {
            if (inflection.Form(kind, name) is { } inflected)
            {
                Add(inflected, entity, inflection.Genitive ? MentionForm.Genitive : form);
            }
        }
    }

    private void Add(string alias, Entity entity, MentionForm form)
    {
        // The name, and the same name in another spelling of the language (language.yaml `spelling_variants`: Swiss German "Weisses Haus").
        foreach (var spelling in SpellingVariants.Of(alias, _spellingVariants))
        {
            AddSpelling(spelling, entity, form);
        }
    }

    private void AddSpelling(string alias, Entity entity, MentionForm form)
    {
        var tokens = Tokenizer.Tokenize(alias);
        if (tokens.Length == 0)
        {
            return;
        }

        var raw = tokens.Select(t => alias.Substring(t.Start, t.Length)).ToArray();
        var lower = raw.Select(r => r.ToLowerInvariant()).ToArray();
        var caseSensitive = alias.Length <= 4 && alias.Any(char.IsUpper) && alias.Where(char.IsLetter).All(char.IsUpper);
        var item = new Alias(lower, raw, tokens.Select(t => t.Joined).ToArray(), entity, form, caseSensitive);
        if (!_byFirst.TryGetValue(lower[0], out var list))
        {
            _byFirst[lower[0]] = list = [];
        }

        // "NATO" then "Nato": an acronym's exact-case alias does not stand for the same name in any case; the
        // case-blind one takes its place, or "die Nato" would never be found.
        var same = list.FindIndex(a => a.Tokens.SequenceEqual(lower) && a.Entity == entity);
        if (same < 0)
        {
            list.Add(item);
        }
        else if (list[same].CaseSensitive && !caseSensitive)
        {
            list[same] = item;
        }
    }

    private sealed record Alias(string[] Tokens, string[] Raw, bool[] JoinedAt, Entity Entity, MentionForm Form, bool CaseSensitive);
}
