namespace Claimgraph.Lexicon;

/// <summary>The kinds of a country's names in entities.yaml that a <see cref="NameInflection"/> may inflect.</summary>
public enum NameKind
{
    Country,
    People,
    Place,
    Leader,
}
