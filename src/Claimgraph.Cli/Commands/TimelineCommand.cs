using System.CommandLine;
using Claimgraph.Cli.Output;
using Claimgraph.Cli.Store;
using Claimgraph.Consolidation;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>`claimgraph timeline MEASURE --actor KP --recipient RU`: the estimates of each matching variable over time, undated ones last.</summary>
public sealed class TimelineCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public TimelineCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public Command Build()
    {
        var measure = new Argument<string>("measure") { Description = "what is counted (troops, howitzers, casualties, ...)" };
        var options = new QueryOptions();
        var command = options.AddTo(new Command("timeline", "Estimates of a variable over time: date, value, origin, outlets echoing it") { measure }, measureAsArgument: true);
        command.SetAction(result => Run(options.Read(result, result.GetValue(measure))));
        return command;
    }

    public int Run(QuerySettings settings)
    {
        var corpus = ConsolidationQuery.Run(settings.Store, settings.Query, settings.Language, settings.Lexicons, _error);
        if (corpus is null)
        {
            return 2;
        }

        var timelines = corpus.Variables.Select(v => v.Timeline).ToList();
        if (settings.Format == "json")
        {
            JsonOutput.Write(_out, timelines.Select(t => new
            {
                Variable = ReportView.Variable(t.Variable),
                Entries = t.Entries.Select(e => ReportView.Report(e.Report)).ToList(),
            }).ToList());
            return 0;
        }

        if (timelines.Count == 0)
        {
            _out.WriteLine("no claims on such a variable");
            return 0;
        }

        var console = VariablesCommand.Console(_out);
        foreach (var timeline in timelines)
        {
            console.Write(Table(timeline));
        }

        return 0;
    }

    private static Table Table(Timeline timeline)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(timeline.Variable.ToString())) }
            .AddColumns("date", "estimate", "origin", "outlets echoing it", "#docs");
        foreach (var entry in timeline.Entries)
        {
            var r = entry.Report;
            table.AddRow(
                ReportView.Date(r),
                Markup.Escape(ReportView.Estimate(r) + (r.Increment ? " (increment)" : "")),
                Markup.Escape(r.Origin.ToString()),
                Markup.Escape(string.Join(", ", r.Outlets)),
                r.Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return table;
    }
}
