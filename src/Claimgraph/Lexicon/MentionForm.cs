namespace Claimgraph.Lexicon;

/// <summary>How a text names an entity: by name, as an adjective ("nordkoreanische"), as its people ("Nordkoreaner"), ...</summary>
public enum MentionForm
{
    Name,
    Genitive,
    Adjective,
    People,
    Place,
    Metonym,
    Leader,
    Alias,
}
