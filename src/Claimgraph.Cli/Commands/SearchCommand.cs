using System.CommandLine;
using Claimgraph.Cli.Output;
using Claimgraph.Cli.Store;
using Claimgraph.Lexicon;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>`claimgraph search "Koksan Reichweite"`: stored sentences holding every word (as a prefix), with their claims.</summary>
public sealed class SearchCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public SearchCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public Command Build()
    {
        var words = new Argument<string>("words") { Description = "words that must all occur (each also as a word start: Reichweite finds Reichweiten)" };
        var limit = new Option<int>("--limit") { Description = "at most this many sentences", DefaultValueFactory = _ => 20 };
        var store = StoreOptions.Store();
        var format = StoreOptions.Format("table", "json");
        var command = new Command("search", "Full-text search over stored sentences, with their claims") { words, limit, store, format };
        command.SetAction(result => Run(new SearchSettings(
            result.GetValue(store) ?? StoreOptions.DefaultStore,
            result.GetValue(words) ?? "",
            result.GetValue(limit),
            result.GetValue(format) ?? "table")));
        return command;
    }

    public int Run(SearchSettings settings)
    {
        using var store = StoreSession.OpenExisting(settings.Store, _error);
        if (store is null)
        {
            return 2;
        }

        var hits = store.Search(settings.Words, Math.Max(1, settings.Limit));
        if (settings.Format == "json")
        {
            JsonOutput.Write(_out, hits.Select(h => new
            {
                h.Sentence,
                Document = h.Document.Name,
                h.Document.Outlet,
                Published = h.Document.Published,
                Claims = h.Claims.Select(c => new
                {
                    c.Claim.Quote,
                    c.Claim.Relation,
                    c.Claim.Measure,
                    c.Claim.Quantity.Value,
                    Qualifier = c.Claim.Quantity.Qualifier.ToName(),
                    c.Claim.Unit,
                    c.Claim.Actor,
                    c.Claim.Recipient,
                    c.Claim.System,
                    Attribution = c.Claim.Attribution.Select(s => s.Name).ToList(),
                }).ToList(),
            }).ToList());
            return 0;
        }

        if (hits.Count == 0)
        {
            _out.WriteLine("no sentence matches");
            return 0;
        }

        var table = new Table().AddColumns("document", "sentence", "claims");
        foreach (var hit in hits)
        {
            table.AddRow(
                Markup.Escape($"{hit.Document.Name}\n{hit.Document.Outlet ?? ""} {hit.Document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}"),
                Markup.Escape(hit.Sentence),
                Markup.Escape(string.Join("\n", hit.Claims.Select(c => $"{c.Claim.Quote}: {c.Claim.Relation} {c.Claim.Measure} {c.Claim.Actor}{(c.Claim.Recipient is null ? "" : "→" + c.Claim.Recipient)}{(c.Claim.System is null ? "" : " [" + c.Claim.System + "]")}"))));
        }

        TableConsole.Over(_out).Write(table);
        return 0;
    }
}
