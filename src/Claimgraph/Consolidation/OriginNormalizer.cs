using System.Collections.Concurrent;
using System.Text;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Claimgraph.Text;

namespace Claimgraph.Consolidation;

/// <summary>
/// Turns a source name as the text or the extractor gives it into an <see cref="Origin"/>: an entity
/// of the lexicon by its canonical name ("FT" → Financial Times); a country adjective with an
/// institution noun composed as the extractor does ("des ukrainischen Geheimdienstes" → Ukrainian
/// intelligence); names listed as the same origin; then a folded key (lower case, without articles,
/// without one inflection ending per word), so that German and English forms of a name meet.
/// </summary>
public sealed class OriginNormalizer
{
    private readonly LanguagePack _pack;
    private readonly OriginLexicon _words;
    private readonly ConcurrentDictionary<string, Origin> _cache = new(StringComparer.Ordinal);

    public OriginNormalizer(LanguagePack pack, OriginLexicon words)
    {
        _pack = pack;
        _words = words;
    }

    public static OriginNormalizer Load(string language, params ILexiconSource[] sources) =>
        new(LanguagePack.Load(language, sources), OriginLexicon.Load(language, sources));

    /// <summary>The origin of a claim: the last link of its attribution, else its outlet.</summary>
    public Origin OriginOf(Claim claim, ClaimDocument document) =>
        claim.Attribution.Count > 0 ? Normalize(claim.Attribution[^1].Name) : OutletOrigin(document);

    /// <summary>The attribution chain as origins, or the outlet alone when the text names no source.</summary>
    public IReadOnlyList<Origin> ChainOf(Claim claim, ClaimDocument document) =>
        claim.Attribution.Count > 0 ? claim.Attribution.Select(s => Normalize(s.Name)).ToList() : [OutletOrigin(document)];

    public static Origin OutletOrigin(ClaimDocument document) =>
        new("outlet:" + document.OutletLabel.ToLowerInvariant(), document.OutletLabel, IsOutlet: true);

    public Origin Normalize(string name) => _cache.GetOrAdd(name.Trim(), Resolve);

    private Origin Resolve(string name)
    {
        if (name.Length == 0)
        {
            return new Origin("unknown", "unknown");
        }

        var canonical = Canonical(name);
        if (_words.Same.TryGetValue(canonical.ToLowerInvariant(), out var same))
        {
            canonical = same;
        }

        return new Origin(Fold(canonical), canonical);
    }

    /// <summary>The canonical (English) name the lexicon gives the source, or the name itself.</summary>
    private string Canonical(string name)
    {
        if (_words.Same.TryGetValue(name.ToLowerInvariant(), out var same))
        {
            return same;
        }

        var text = new TokenizedText(name, new TextSpan(0, name.Length));
        var content = new List<int>();
        for (var i = 0; i < text.Count; i++)
        {
            if ((text.Tokens[i].IsWord || text.Tokens[i].IsNumber) && !Dropped(text.Lower[i]))
            {
                content.Add(i);
            }
        }

        if (content.Count == 0)
        {
            return name;
        }

        var mentions = _pack.Entities.FindAll(text);
        foreach (var mention in mentions)
        {
            if (mention.First <= content[0] && mention.Last >= content[^1] && mention.Entity.Kind != EntityKind.Place)
            {
                return mention.Entity.Kind == EntityKind.Country ? mention.Entity.Name : mention.Entity.Id;
            }
        }

        // "<country adjective or genitive> <institution noun>", in either order.
        var country = mentions.FirstOrDefault(m => m.Entity.Kind == EntityKind.Country)?.Entity;
        if (country is not null)
        {
            foreach (var i in content)
            {
                if (_pack.Attribution.Institutions.TryMatch(text.Lower[i], out var institution, out _))
                {
                    return institution.Name.Length == 0 ? country.Name : $"{country.Adjective ?? country.Name} {institution.Name}";
                }
            }
        }

        return name;
    }

    private bool Dropped(string lowerWord) => _words.DropWords.Contains(lowerWord) || _pack.Grammar.Determiners.Contains(lowerWord);

    /// <summary>The comparison key of a name: lower-case words without dropped words and one inflection ending each.</summary>
    public string Fold(string name)
    {
        var text = new TokenizedText(name, new TextSpan(0, name.Length));
        var key = new StringBuilder(name.Length);
        for (var i = 0; i < text.Count; i++)
        {
            if (!(text.Tokens[i].IsWord || text.Tokens[i].IsNumber) || Dropped(text.Lower[i]))
            {
                continue;
            }

            var word = text.Lower[i];
            foreach (var ending in _words.Endings)
            {
                if (word.Length >= _words.MinStem + ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal))
                {
                    word = word[..^ending.Length];
                    break;
                }
            }

            if (key.Length > 0)
            {
                key.Append(' ');
            }

            key.Append(word);
        }

        return key.Length == 0 ? name.ToLowerInvariant() : key.ToString();
    }
}
