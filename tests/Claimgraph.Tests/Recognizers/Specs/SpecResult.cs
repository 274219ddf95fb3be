namespace Claimgraph.Tests.Recognizers.Specs;

/// <summary>
/// One result in the suite's form: span (inclusive end), type name, and the resolution reduced
/// to what we compare: a number, a text (relative ordinal, interval, timex set) and a unit.
/// </summary>
internal sealed record SpecResult(int Start, int End, string Type, double? Value, string? Text, string? Unit)
{
    /// <summary>Whether this (ours) agrees with <paramref name="other"/> (expected); a date agrees with any of the expected alternatives.</summary>
    public bool Agrees(SpecResult other) =>
        Start == other.Start && End == other.End
        && string.Equals(Type, other.Type, StringComparison.OrdinalIgnoreCase)
        && SameNumber(Value, other.Value)
        && (Type.StartsWith("datetimeV2", StringComparison.Ordinal)
            ? (Text ?? "").Length > 0 && (other.Text ?? "").Split('|').Contains(Text, StringComparer.Ordinal)
            : string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase))
        && string.Equals(Unit, other.Unit, StringComparison.OrdinalIgnoreCase);

    private static bool SameNumber(double? a, double? b) =>
        a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Value));

    public override string ToString() =>
        $"[{Start}-{End}] {Type} {Value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {Text} {Unit}".TrimEnd();
}
