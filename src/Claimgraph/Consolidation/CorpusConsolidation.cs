namespace Claimgraph.Consolidation;

/// <summary>The result of consolidating a set of claims: every variable with its reports, and the disagreements.</summary>
public sealed record CorpusConsolidation(IReadOnlyList<VariableSummary> Variables, IReadOnlyList<Disagreement> Disagreements)
{
    public VariableSummary? Variable(string relation, string measure, string? actor, string? recipient, string? system = null) =>
        Variables.FirstOrDefault(v => v.Variable.Relation == relation && v.Variable.Measure == measure
            && v.Variable.Actor == actor && v.Variable.Recipient == recipient && v.Variable.System == system);

    public IEnumerable<Report> Reports => Variables.SelectMany(v => v.Reports);
}
