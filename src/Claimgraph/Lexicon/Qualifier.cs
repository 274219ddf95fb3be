namespace Claimgraph.Lexicon;

/// <summary>How a stated number relates to the true amount (the spec's qualifier vocabulary).</summary>
public enum Qualifier
{
    Exact,
    About,
    Almost,
    Over,
    AtLeast,
    UpTo,
    Range,
    Several,
}
