namespace Claimgraph.Lexicon;

/// <summary>
/// Federal nouns ("Bundesregierung", "Bundeskanzleramt") name the body of whichever federation a text speaks of:
/// Germany's by default, Austria's or Switzerland's where that country was named last before them, or, with none named
/// yet, where the outlet is that country's. Read from the <c>federal</c> map of an organisation in entities.yaml.
/// </summary>
public sealed class FederalBodies
{
    public static readonly FederalBodies None = new([], [], []);

    // A federal body's id → the same body of another federation, by that federation's country.
    private readonly Dictionary<string, Dictionary<string, Entity>> _counterparts;

    // The countries whose federal nouns these are (the bodies' own countries and their counterparts').
    private readonly HashSet<string> _federations;

    // The last label of an outlet's domain → its country ("at" → AT).
    private readonly Dictionary<string, string> _domainCountries;

    private FederalBodies(Dictionary<string, Dictionary<string, Entity>> counterparts, HashSet<string> federations, Dictionary<string, string> domainCountries)
    {
        _counterparts = counterparts;
        _federations = federations;
        _domainCountries = domainCountries;
    }

    internal static FederalBodies From(EntityLexiconData data, EntityLexicon entities)
    {
        var counterparts = new Dictionary<string, Dictionary<string, Entity>>(StringComparer.Ordinal);
        var federations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var organization in data.Organizations)
        {
            if (organization.Federal.Count == 0 || organization.Country is null)
            {
                continue;
            }

            var byCountry = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var (country, name) in organization.Federal)
            {
                byCountry[country] = entities.Organization(name)
                    ?? throw new LexiconException($"entities.yaml: federal counterpart '{name}' of '{organization.Name}' is no organisation");
                federations.Add(country);
            }

            byCountry[organization.Country] = entities.Organization(organization.Name)!;
            federations.Add(organization.Country);
            counterparts[organization.Name] = byCountry;
        }

        return new FederalBodies(counterparts, federations, new Dictionary<string, string>(data.OutletDomains, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The federation an outlet belongs to by its domain ("derstandard.at" → AT), if it is one of them.</summary>
    public string? CountryOfOutlet(string? outlet)
    {
        if (outlet is null || _counterparts.Count == 0)
        {
            return null;
        }

        var dot = outlet.LastIndexOf('.');
        var label = dot < 0 ? outlet : outlet[(dot + 1)..];
        var slash = label.IndexOf('/');
        if (slash >= 0)
        {
            label = label[..slash];
        }

        return _domainCountries.TryGetValue(label, out var country) && _federations.Contains(country) ? country : null;
    }

    /// <summary>
    /// Rebinds the federal bodies among a sentence's mentions, in order, to the federation named last (a country, its
    /// adjective, a place or leader of it; <paramref name="federation"/> from the sentences before) or placed right after them
    /// ("die Bundesregierung in Wien"), and returns the
    /// federation named last once the sentence is read.
    /// </summary>
    public string? Rebind(List<EntityMention> mentions, EntityMention?[] mentionAt, string? federation)
    {
        if (_counterparts.Count == 0)
        {
            return federation;
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var entity = mention.Entity;
            if (entity.Kind == EntityKind.Organization)
            {
                // "die Bundesregierung in Wien": a place right after the body names its federation.
                var own = m + 1 < mentions.Count && mentions[m + 1].First <= mention.Last + 2 && mentions[m + 1].Entity.Kind is EntityKind.Place or EntityKind.Country
                    && mentions[m + 1].Entity.Country is { } next && _federations.Contains(next) ? next : federation;
                if (own is not null
                    && entity.Country != own
                    && _counterparts.TryGetValue(entity.Id, out var byCountry)
                    && byCountry.TryGetValue(own, out var counterpart))
                {
                    var rebound = mention with { Entity = counterpart };
                    mentions[m] = rebound;
                    for (var i = mention.First; i <= mention.Last; i++)
                    {
                        mentionAt[i] = rebound;
                    }
                }
            }
            else if (entity.Kind is EntityKind.Country or EntityKind.Place || mention.Form == MentionForm.Leader)
            {
                if (entity.Country is { } country && _federations.Contains(country))
                {
                    federation = country;
                }
            }
        }

        return federation;
    }
}
