using System.Globalization;
using Claimgraph.Cli.Output;
using Claimgraph.Consolidation;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>`claimgraph disagreements`: reports on one variable, about the same time, whose numbers cannot both be right.</summary>
public sealed class DisagreementsCommand : ConsolidationCommand
{
    public DisagreementsCommand(TextWriter output, TextWriter error)
        : base(output, error, "disagreements", "Same variable, overlapping time, incompatible numbers")
    {
    }

    protected override int Write(CorpusConsolidation corpus, string format)
    {
        if (format == "json")
        {
            JsonOutput.Write(Out, corpus.Disagreements.Select(d => new
            {
                Variable = ReportView.Variable(d.Variable),
                Low = ReportView.Report(d.Low),
                High = ReportView.Report(d.High),
                Ratio = double.IsPositiveInfinity(d.Ratio) ? (double?)null : Math.Round(d.Ratio, 2),
            }).ToList());
            return 0;
        }

        if (corpus.Disagreements.Count == 0)
        {
            Out.WriteLine("no disagreements");
            return 0;
        }

        var table = new Table().AddColumns("variable", "lower", "origin (outlets)", "higher", "origin (outlets)", "ratio");
        foreach (var d in corpus.Disagreements)
        {
            table.AddRow(
                Markup.Escape(d.Variable.ToString()),
                Markup.Escape($"{ReportView.Estimate(d.Low)} ({ReportView.Date(d.Low)})"),
                Markup.Escape($"{d.Low.Origin} ({string.Join(", ", d.Low.Outlets)})"),
                Markup.Escape($"{ReportView.Estimate(d.High)} ({ReportView.Date(d.High)})"),
                Markup.Escape($"{d.High.Origin} ({string.Join(", ", d.High.Outlets)})"),
                double.IsPositiveInfinity(d.Ratio) ? "∞" : d.Ratio.ToString("F1", CultureInfo.InvariantCulture));
        }

        TableConsole.Over(Out).Write(table);
        return 0;
    }
}
