using Claimgraph.Cli.Output;
using Claimgraph.Consolidation;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>`claimgraph variables`: every variable with its latest estimate, number of reports, independent origins and outlets.</summary>
public sealed class VariablesCommand : ConsolidationCommand
{
    public VariablesCommand(TextWriter output, TextWriter error)
        : base(output, error, "variables", "Every variable with its latest estimate, #reports, #origins and #outlets")
    {
    }

    protected override int Write(CorpusConsolidation corpus, string format)
    {
        if (format == "json")
        {
            JsonOutput.Write(Out, corpus.Variables.Select(v => new
            {
                Variable = ReportView.Variable(v.Variable),
                Latest = v.Latest is null ? null : ReportView.Report(v.Latest),
                Reports = v.Reports.Count,
                Claims = v.Claims,
                Origins = v.Origins.Count,
                Outlets = Outlets(v),
                LatestOrigins = v.LatestOrigins.Select(o => o.Name).ToList(),
            }).ToList());
            return 0;
        }

        var table = new Table().AddColumns("variable", "latest estimate", "date", "origins backing it", "#reports", "#origins", "#outlets", "#claims");
        foreach (var v in corpus.Variables)
        {
            table.AddRow(
                Markup.Escape(v.Variable.ToString()),
                v.Latest is null ? "" : Markup.Escape(ReportView.Estimate(v.Latest)),
                v.Latest is null ? "" : ReportView.Date(v.Latest),
                Markup.Escape(string.Join(", ", v.LatestOrigins.Select(o => o.ToString()))),
                v.Reports.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.Origins.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Outlets(v).ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        TableConsole.Over(Out).Write(table);
        return 0;
    }

    /// <summary>The outlets that published the variable's reports, republished copies of a text included.</summary>
    private static int Outlets(VariableSummary variable) =>
        variable.Reports.SelectMany(r => r.Outlets).Distinct(StringComparer.Ordinal).Count();

}
