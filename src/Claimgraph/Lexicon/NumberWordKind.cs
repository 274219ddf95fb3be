namespace Claimgraph.Lexicon;

/// <summary>What one number word contributes to a number written in words.</summary>
public enum NumberWordKind
{
    /// <summary>A cardinal: "drei", "einhunderteinunddreißig", "twenty", "zweieinhalb".</summary>
    Cardinal,

    /// <summary>Multiplies the small group before it: "hundred", "Dutzend".</summary>
    Multiplier,

    /// <summary>Multiplies everything since the last magnitude: "thousand", "Millionen", "Mrd".</summary>
    Magnitude,

    /// <summary>An ordinal: "dritte", "siebenundzwanzigster", "fifth", "hundredth".</summary>
    Ordinal,

    /// <summary>A denominator: "Drittel", "halbe", "thirds", "quarter". The value is the denominator.</summary>
    Fraction,

    /// <summary>An article that also means one: "ein", "eine", "a", "an".</summary>
    Article,
}
