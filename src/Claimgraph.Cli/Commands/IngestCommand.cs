using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Claimgraph.Cli.Input;
using Claimgraph.Cli.Store;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Claimgraph.Storage;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>
/// `claimgraph ingest`: extract articles into the store, one transaction per document. A text
/// already stored is skipped, so an interrupted ingest is completed by running it again.
/// </summary>
public sealed class IngestCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly TextReader _in;

    public IngestCommand(TextWriter output, TextWriter error, TextReader input)
    {
        _out = output;
        _error = error;
        _in = input;
    }

    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (*.txt, *.md, recursively; a folder's manifest.jsonl gives metadata) or - for standard input", Arity = ArgumentArity.ZeroOrMore };
        var manifest = new Option<string[]>("--manifest", "-m") { Description = "a JSONL manifest: path (relative to it) or text, url, outlet, published, title, language (repeatable)", DefaultValueFactory = _ => [] };
        var store = StoreOptions.Store();
        var outlet = new Option<string?>("--outlet") { Description = "outlet of texts that do not say (e.g. tagesschau.de)" };
        var published = new Option<string?>("--published") { Description = "publication date (ISO 8601) of texts that do not say" };
        var title = new Option<string?>("--title") { Description = "title of texts that do not say" };
        var url = new Option<string?>("--url") { Description = "address of texts that do not say" };
        var language = StoreOptions.Language();
        var lexicon = StoreOptions.Lexicon();
        var noProgress = new Option<bool>("--no-progress") { Description = "no progress bar, only the summary" };
        var command = new Command("ingest", "Extract articles into the claim store") { paths, manifest, store, outlet, published, title, url, language, lexicon, noProgress };
        command.SetAction(result =>
        {
            if (!PublishedDate.TryRead(result.GetValue(published), _error, out var date))
            {
                return 2;
            }

            return Run(new IngestSettings(
                result.GetValue(paths) ?? [],
                result.GetValue(manifest) ?? [],
                result.GetValue(store) ?? StoreOptions.DefaultStore,
                result.GetValue(outlet),
                date,
                result.GetValue(title),
                result.GetValue(url),
                result.GetValue(language) ?? "de",
                result.GetValue(lexicon) ?? [],
                !result.GetValue(noProgress) && ReferenceEquals(_out, Console.Out) && !Console.IsOutputRedirected));
        });
        return command;
    }

    public int Run(IngestSettings settings)
    {
        if (settings.Paths.Count == 0 && settings.Manifests.Count == 0)
        {
            _error.WriteLine("claimgraph: ingest: give files, folders or --manifest");
            return 2;
        }

        var (items, problems) = new IngestInputs().Collect(settings.Paths, settings.Manifests);
        foreach (var problem in problems)
        {
            _error.WriteLine($"claimgraph: {problem.Path}: {problem.Message} (skipped)");
        }

        if (StoreSession.Extractor(settings.Language, settings.Lexicons, _error) is not (var extractor, var version))
        {
            return 2;
        }

        using var store = StoreSession.Open(settings.Store, _error);
        if (store is null)
        {
            return 2;
        }

        var ingestor = new Ingestor(extractor, store, version);
        var tally = new Tally { Problems = problems.Count };
        var clock = Stopwatch.StartNew();
        if (settings.Progress && items.Count > 1)
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("ingest", maxValue: items.Count);
                    foreach (var item in items)
                    {
                        IngestOne(item, settings, ingestor, tally);
                        task.Increment(1);
                    }
                });
        }
        else
        {
            foreach (var item in items)
            {
                IngestOne(item, settings, ingestor, tally);
            }
        }

        var summary = store.Summary();
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingested {tally.Added} new documents ({tally.Claims} claims), {tally.Known} already stored, {tally.Problems} skipped; {tally.Added / seconds:F0} documents/s. {store.Location}: {summary.Documents} documents, {summary.Claims} claims"));
        return tally.Added + tally.Known == 0 && items.Count + problems.Count > 0 ? 1 : 0;
    }

    private void IngestOne(IngestItem item, IngestSettings settings, Ingestor ingestor, Tally tally)
    {
        string text;
        string name;
        if (item.Text is not null)
        {
            text = item.Text;
            name = item.Name ?? item.Title ?? item.Url ?? item.Origin;
        }
        else if (item.Path == "-")
        {
            text = _in.ReadToEnd();
            name = "stdin";
            if (text.Trim().Length == 0)
            {
                tally.Problems++;
                _error.WriteLine("claimgraph: -: standard input is empty (skipped)");
                return;
            }
        }
        else
        {
            var (input, problem) = TextFileReader.ReadFile(item.Path!);
            if (problem is not null)
            {
                tally.Problems++;
                _error.WriteLine($"claimgraph: {item.Origin}: {problem.Message} (skipped)");
                return;
            }

            text = input!.Text;
            name = item.Name ?? input.Name;
        }

        var document = new Document(
            name,
            text,
            item.Published ?? settings.Published,
            item.Outlet ?? settings.Outlet,
            item.Title ?? settings.Title,
            item.Url ?? settings.Url,
            item.Language ?? settings.Language);
        try
        {
            var outcome = ingestor.Ingest(document, item.Path is null or "-" ? null : item.Path);
            if (outcome.Outcome == AddOutcome.Added)
            {
                tally.Added++;
                tally.Claims += outcome.Claims;
            }
            else
            {
                tally.Known++;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ClaimStoreException)
        {
            tally.Problems++;
            _error.WriteLine($"claimgraph: {item.Origin}: {e.Message} (skipped)");
            if (Environment.GetEnvironmentVariable("CLAIMGRAPH_DEBUG") is not null)
            {
                _error.WriteLine(e);
            }
        }
    }

    private sealed class Tally
    {
        public int Added { get; set; }

        public int Known { get; set; }

        public int Problems { get; set; }

        public long Claims { get; set; }
    }
}
