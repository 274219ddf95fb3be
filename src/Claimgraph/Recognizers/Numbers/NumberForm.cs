namespace Claimgraph.Recognizers.Numbers;

/// <summary>How a number is written.</summary>
public enum NumberForm
{
    /// <summary>Only digits (with separators, sign, exponent, digit fraction).</summary>
    Digits,

    /// <summary>Only words: "dreihundert", "twenty-one", "ein Dutzend".</summary>
    Words,

    /// <summary>Digits and words: "2,7 Milliarden", "3 hundred and 21", "10k".</summary>
    Mixed,

    /// <summary>An article that is also the number one ("ein", "eine"): a number only if the reader wants it.</summary>
    Article,
}
