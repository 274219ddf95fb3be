using System.Globalization;
using Claimgraph.Cli.Output;
using Claimgraph.Consolidation;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>`claimgraph sources`: the origins of the reports, and the outlets that echo each.</summary>
public sealed class SourcesCommand : ConsolidationCommand
{
    public SourcesCommand(TextWriter output, TextWriter error)
        : base(output, error, "sources", "Origins and the outlets that echo them")
    {
    }

    protected override int Write(CorpusConsolidation corpus, string format)
    {
        var origins = corpus.Reports
            .GroupBy(r => r.Origin)
            .Select(g => new
            {
                Origin = g.Key.Name,
                Key = g.Key.Key,
                OwnReporting = g.Key.IsOutlet,
                Reports = g.Count(),
                Claims = g.Sum(r => r.Claims.Count),
                Variables = g.Select(r => r.Variable).Distinct().Count(),
                Outlets = g.SelectMany(r => r.Outlets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                Names = g.SelectMany(r => r.Claims).SelectMany(c => c.Claim.Attribution.TakeLast(1)).Select(s => s.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            })
            .OrderByDescending(o => o.Outlets.Count)
            .ThenByDescending(o => o.Reports)
            .ThenBy(o => o.Origin, StringComparer.Ordinal)
            .ToList();
        if (format == "json")
        {
            JsonOutput.Write(Out, origins);
            return 0;
        }

        var table = new Table().AddColumns("origin", "written as", "#reports", "#claims", "outlets echoing it");
        foreach (var o in origins)
        {
            table.AddRow(
                Markup.Escape(o.OwnReporting ? o.Origin + " (own)" : o.Origin),
                Markup.Escape(string.Join("; ", o.Names)),
                o.Reports.ToString(CultureInfo.InvariantCulture),
                o.Claims.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", o.Outlets)));
        }

        TableConsole.Over(Out).Write(table);
        return 0;
    }
}
