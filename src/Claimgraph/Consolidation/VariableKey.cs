using Claimgraph.Extraction;

namespace Claimgraph.Consolidation;

/// <summary>
/// What a claim estimates: relation, measure, actor and recipient, narrowed by the weapon system
/// and by the unit (money in EUR and in USD are different variables). Location is not part of the
/// key (see docs/consolidation.md); queries can filter on it.
/// </summary>
public sealed record VariableKey(string Relation, string Measure, string? Actor, string? Recipient, string? System = null, string? Unit = null)
{
    public static VariableKey Of(Claim claim) =>
        new(claim.Relation, claim.Measure, claim.Actor, claim.Recipient, claim.System, claim.Unit);

    /// <summary>Whether this variable fits a query: each given part must be equal (ordinal, ignoring case).</summary>
    public bool Matches(string? relation = null, string? measure = null, string? actor = null, string? recipient = null, string? system = null) =>
        Same(relation, Relation) && Same(measure, Measure) && Same(actor, Actor) && Same(recipient, Recipient) && Same(system, System);

    public override string ToString()
    {
        var text = $"{Relation} {Measure} {Actor ?? "?"}";
        if (Recipient is not null)
        {
            text += $"→{Recipient}";
        }

        if (System is not null)
        {
            text += $" [{System}]";
        }

        if (Unit is not null)
        {
            text += $" ({Unit})";
        }

        return text;
    }

    private static bool Same(string? wanted, string? actual) =>
        wanted is null || string.Equals(wanted, actual, StringComparison.OrdinalIgnoreCase);
}
