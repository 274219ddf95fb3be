using System.CommandLine;
using System.Globalization;
using Claimgraph.Cli.Output;
using Claimgraph.Cli.Store;
using Claimgraph.Extraction;
using Claimgraph.Storage;
using CsvHelper;

namespace Claimgraph.Cli.Commands;

/// <summary>
/// `claimgraph export --format csv|jsonl [filters]`: one row per stored claim. CSV: every spec field
/// flattened plus the document's metadata; JSONL: the spec's records, a document record before the
/// claims of each document (as `extract --with-documents` writes them).
/// </summary>
public sealed class ExportCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public ExportCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public Command Build()
    {
        var store = StoreOptions.Store();
        var format = StoreOptions.Format("csv", "jsonl");
        var relation = StoreOptions.Relation();
        var measure = StoreOptions.Measure();
        var actor = StoreOptions.Actor();
        var recipient = StoreOptions.Recipient();
        var system = StoreOptions.System();
        var location = StoreOptions.Location();
        var outlet = StoreOptions.Outlet();
        var from = new Option<string?>("--from") { Description = "published on or after (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "published on or before (YYYY-MM-DD)" };
        var command = new Command("export", "One row per claim, every spec field plus document metadata") { store, format, relation, measure, actor, recipient, system, location, outlet, from, to };
        command.SetAction(result =>
        {
            DateOnly? Day(Option<string?> option)
            {
                var text = result.GetValue(option);
                return text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            DateOnly? fromDay, toDay;
            try
            {
                (fromDay, toDay) = (Day(from), Day(to));
            }
            catch (FormatException)
            {
                _error.WriteLine("claimgraph: --from/--to: expected YYYY-MM-DD");
                return 2;
            }

            return Run(new ExportSettings(
                result.GetValue(store) ?? StoreOptions.DefaultStore,
                result.GetValue(format) ?? "csv",
                new ClaimQuery(result.GetValue(relation), result.GetValue(measure), result.GetValue(actor), result.GetValue(recipient),
                    result.GetValue(system), result.GetValue(location), result.GetValue(outlet), fromDay, toDay)));
        });
        return command;
    }

    public int Run(ExportSettings settings)
    {
        using var store = StoreSession.OpenExisting(settings.Store, _error);
        if (store is null)
        {
            return 2;
        }

        if (settings.Format == "jsonl")
        {
            using var json = new ClaimJsonWriter(new TextWriterStream(_out));
            long document = -1;
            foreach (var claim in store.Claims(settings.Query))
            {
                var d = claim.Document;
                if (d.Id != document)
                {
                    json.WriteDocument(new DocumentInfo(d.Name, d.Title, d.Language ?? "", d.Published, d.Outlet, d.Characters));
                    document = d.Id;
                }

                json.WriteClaim(claim.Claim);
            }

            return 0;
        }

        using var csv = CsvWriter.Create(_out, new CsvWriterOptions(), true);
        foreach (var name in ExportRow.Header)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (var claim in store.Claims(settings.Query))
        {
            foreach (var field in ExportRow.Of(claim).Fields())
            {
                csv.WriteField(field ?? "");
            }

            csv.EndRecord();
        }

        csv.Flush();
        return 0;
    }
}
