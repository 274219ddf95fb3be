using Claimgraph.Lexicon;

namespace Claimgraph.Recognizers;

/// <summary>
/// A resolved amount: the number as stated and the bounds its wording implies. For vague amounts
/// ("Tausende") the value is the order of magnitude; for ranges the value is null.
/// </summary>
public sealed record Quantity(double? Value, double? Low, double? High, Qualifier Qualifier)
{
    public static Quantity Of(double value, Qualifier qualifier) => qualifier switch
    {
        Qualifier.Almost or Qualifier.UpTo => new Quantity(value, null, value, qualifier),
        Qualifier.Over or Qualifier.AtLeast => new Quantity(value, value, null, qualifier),
        _ => new Quantity(value, null, null, qualifier),
    };

    public static Quantity Between(double low, double high) => new(null, low, high, Qualifier.Range);

    public Quantity WithQualifier(Qualifier qualifier) =>
        Qualifier == Qualifier.Range || Value is null ? this : Of(Value.Value, qualifier);
}
