using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Spectre.Console;

namespace Claimgraph.Cli.Output;

/// <summary>Renders the claims of one document as a readable table for a person.</summary>
public static class ClaimTable
{
    public static void Write(IAnsiConsole console, DocumentExtraction extraction)
    {
        var info = extraction.Info;
        var header = $"[bold]{Markup.Escape(info.Document)}[/]";
        if (info.Title is not null)
        {
            header += $" — {Markup.Escape(info.Title)}";
        }

        console.MarkupLine(header);
        var meta = new List<string>();
        if (info.Published is { } published)
        {
            meta.Add($"published {published:yyyy-MM-dd HH:mm}");
        }

        if (info.Outlet is not null)
        {
            meta.Add(info.Outlet);
        }

        meta.Add($"{extraction.Claims.Count} claims");
        console.MarkupLine($"[grey]{Markup.Escape(string.Join(" · ", meta))}[/]");
        if (extraction.Claims.Count == 0)
        {
            console.WriteLine();
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("relation");
        table.AddColumn("measure");
        table.AddColumn(new TableColumn("number").RightAligned());
        table.AddColumn("actor → recipient");
        table.AddColumn("source chain");
        table.AddColumn("hedged");
        table.AddColumn("quote");
        foreach (var claim in extraction.Claims)
        {
            table.AddRow(
                Markup.Escape(claim.Relation),
                Markup.Escape(claim.Measure + (claim.System is null ? "" : $" ({claim.System})")),
                Markup.Escape(FormatQuantity(claim)),
                Markup.Escape($"{claim.Actor ?? "?"} → {claim.Recipient ?? "–"}"),
                Markup.Escape(claim.Attribution.Count == 0 ? "–" : string.Join(" ← ", claim.Attribution.Select(s => s.Name))),
                claim.Hedged ? "[yellow]yes[/]" : "no",
                Markup.Escape(claim.Quote));
        }

        console.Write(table);
        console.WriteLine();
    }

    public static string FormatQuantity(Claim claim)
    {
        var q = claim.Quantity;
        var unit = claim.Unit is null ? "" : " " + claim.Unit;
        var increment = claim.Increment == true ? "+" : "";
        return q.Qualifier switch
        {
            Qualifier.Range => $"{Format(q.Low)}–{Format(q.High)}{unit}",
            Qualifier.Exact => $"{increment}{Format(q.Value)}{unit}",
            _ => $"{increment}{Format(q.Value)}{unit} ({q.Qualifier.ToName()})",
        };
    }

    private static string Format(double? value) =>
        value is null ? "?" : value.Value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
}
