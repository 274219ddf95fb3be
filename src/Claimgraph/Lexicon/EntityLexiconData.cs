namespace Claimgraph.Lexicon;

/// <summary>The entities.yaml of a language pack, as written.</summary>
internal sealed class EntityLexiconData
{
    public List<CountryData> Countries { get; set; } = [];
    public List<OrganizationData> Organizations { get; set; } = [];
    public List<SystemData> Systems { get; set; } = [];
    /// <summary>The last label of an outlet's domain → the country whose federal nouns its texts use ("at" → AT).</summary>
    public Dictionary<string, string> OutletDomains { get; set; } = [];
}

internal sealed class CountryData
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Adjective { get; set; } = "";
    public List<string> Names { get; set; } = [];
    public List<string> Adjectives { get; set; } = [];
    public List<string> People { get; set; } = [];
    public List<string> Places { get; set; } = [];
    public List<string> Metonyms { get; set; } = [];
    public List<string> Leaders { get; set; } = [];
    public List<string> Opponents { get; set; } = [];
    /// <summary>The side the country arms or funds ("UA" for the Netherlands, "RU" for North Korea).</summary>
    public string? GivesTo { get; set; }
    /// <summary>The country an armed party governs, whose people its authorities count ("PS" for Hamas, "YE" for the Houthis).</summary>
    public string? Rules { get; set; }
}

internal sealed class OrganizationData
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "unknown";
    public string? Country { get; set; }
    /// <summary>An arms maker: what it makes or sends is its country's.</summary>
    public bool Maker { get; set; }
    /// <summary>A federal noun ("Bundesregierung"): the same body of another federation, by its country (AT → Austrian government).</summary>
    public Dictionary<string, string> Federal { get; set; } = [];
    public List<string> Aliases { get; set; } = [];
}

internal sealed class SystemData
{
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    public string? Measure { get; set; }
    public List<string> Aliases { get; set; } = [];
}
