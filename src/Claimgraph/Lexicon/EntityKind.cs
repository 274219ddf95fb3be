namespace Claimgraph.Lexicon;

public enum EntityKind
{
    Country,
    Organization,
    Person,
    Place,
    WeaponSystem,
}
