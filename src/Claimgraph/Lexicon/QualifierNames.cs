namespace Claimgraph.Lexicon;

/// <summary>The spec's spelling of each <see cref="Qualifier"/> ("at_least").</summary>
public static class QualifierNames
{
    public static string ToName(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.About => "about",
        Qualifier.Almost => "almost",
        Qualifier.Over => "over",
        Qualifier.AtLeast => "at_least",
        Qualifier.UpTo => "up_to",
        Qualifier.Range => "range",
        Qualifier.Several => "several",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    public static Qualifier Parse(string name, string origin) => name switch
    {
        "exact" => Qualifier.Exact,
        "about" => Qualifier.About,
        "almost" => Qualifier.Almost,
        "over" => Qualifier.Over,
        "at_least" => Qualifier.AtLeast,
        "up_to" => Qualifier.UpTo,
        "range" => Qualifier.Range,
        "several" => Qualifier.Several,
        _ => throw new LexiconException($"{origin}: unknown qualifier '{name}'"),
    };
}
