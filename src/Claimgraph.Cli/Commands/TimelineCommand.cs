using System.CommandLine;
using Claimgraph.Cli.Output;
using Claimgraph.Consolidation;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>`claimgraph timeline MEASURE --actor KP --recipient RU`: the estimates of each matching variable over time, undated ones last.</summary>
public sealed class TimelineCommand : ConsolidationCommand
{
    public TimelineCommand(TextWriter output, TextWriter error)
        : base(output, error, "timeline", "Estimates of a variable over time: date, value, origin, outlets echoing it")
    {
    }

    public override Command Build()
    {
        var measure = new Argument<string>("measure") { Description = "what is counted (troops, howitzers, casualties, ...)" };
        var options = new QueryOptions();
        var command = options.AddTo(new Command("timeline", "Estimates of a variable over time: date, value, origin, outlets echoing it") { measure }, measureAsArgument: true);
        command.SetAction(result => Run(options.Read(result, result.GetValue(measure))));
        return command;
    }

    protected override int Write(CorpusConsolidation corpus, string format)
    {
        var timelines = corpus.Variables.Select(v => v.Timeline).ToList();
        if (format == "json")
        {
            JsonOutput.Write(Out, timelines.Select(t => new
            {
                Variable = ReportView.Variable(t.Variable),
                Entries = t.Entries.Select(e => ReportView.Report(e.Report)).ToList(),
            }).ToList());
            return 0;
        }

        if (timelines.Count == 0)
        {
            Out.WriteLine("no claims on such a variable");
            return 0;
        }

        var console = TableConsole.Over(Out);
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
