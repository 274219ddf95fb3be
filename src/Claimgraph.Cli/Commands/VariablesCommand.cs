using System.CommandLine;
using Claimgraph.Cli.Output;
using Claimgraph.Cli.Store;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>`claimgraph variables`: every variable with its latest estimate, number of reports and independent origins.</summary>
public sealed class VariablesCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public VariablesCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public Command Build()
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("variables", "Every variable with its latest estimate, #reports and #origins"));
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
            JsonOutput.Write(_out, corpus.Variables.Select(v => new
            {
                Variable = ReportView.Variable(v.Variable),
                Latest = v.Latest is null ? null : ReportView.Report(v.Latest),
                Reports = v.Reports.Count,
                Claims = v.Claims,
                Origins = v.Origins.Count,
                LatestOrigins = v.LatestOrigins.Select(o => o.Name).ToList(),
            }).ToList());
            return 0;
        }

        var table = new Table().AddColumns("variable", "latest estimate", "date", "origins backing it", "#reports", "#origins", "#claims");
        foreach (var v in corpus.Variables)
        {
            table.AddRow(
                Markup.Escape(v.Variable.ToString()),
                v.Latest is null ? "" : Markup.Escape(ReportView.Estimate(v.Latest)),
                v.Latest is null ? "" : ReportView.Date(v.Latest),
                Markup.Escape(string.Join(", ", v.LatestOrigins.Select(o => o.ToString()))),
                v.Reports.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.Origins.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Console(_out).Write(table);
        return 0;
    }

    internal static IAnsiConsole Console(TextWriter output) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        });
}
