using System.CommandLine;
using System.Globalization;
using Claimgraph.Cli.Output;
using Claimgraph.Cli.Store;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>`claimgraph disagreements`: reports on one variable, about the same time, whose numbers cannot both be right.</summary>
public sealed class DisagreementsCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public DisagreementsCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public Command Build()
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("disagreements", "Same variable, overlapping time, incompatible numbers"));
        command.SetAction(result => Run(options.Read(result)));
        return command;
    }

    public int Run(QuerySettings settings)
    {
        var corpus = ConsolidationQuery.Run(settings.Store, settings.Query, settings.Language, settings.Lexicons, _error);
        if (corpus is null)
        {
            return 2;
        }

        if (settings.Format == "json")
        {
            JsonOutput.Write(_out, corpus.Disagreements.Select(d => new
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
            _out.WriteLine("no disagreements");
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

        VariablesCommand.Console(_out).Write(table);
        return 0;
    }
}
