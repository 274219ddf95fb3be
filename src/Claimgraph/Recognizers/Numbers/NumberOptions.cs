namespace Claimgraph.Recognizers.Numbers;

/// <summary>How the number recognizer reads what could be one number or two.</summary>
public sealed record NumberOptions
{
    public static NumberOptions Default { get; } = new();

    /// <summary>
    /// "one out of three" is two numbers, the part and the whole of a proportion (percent mode,
    /// where <see cref="PercentageRecognizer"/> reads the proportion), not the fraction 1/3.
    /// "one over three" stays a fraction.
    /// </summary>
    public bool KeepProportionsApart { get; init; }
}
