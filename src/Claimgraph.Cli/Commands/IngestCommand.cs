using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Claimgraph.Cli.Input;
using Claimgraph.Cli.Output;
using Claimgraph.Cli.Store;
using Claimgraph.Extraction;
using Claimgraph.Formats.Input;
using Claimgraph.Storage;

namespace Claimgraph.Cli.Commands;

/// <summary>
/// `claimgraph ingest`: read articles — text files, web pages, RSS/Atom feeds, WARC archives,
/// JSONL dumps and manifests, URLs; recognised by content, through the same
/// <see cref="DocumentReader"/> as `extract` — and extract them into the store, in batches of
/// documents (<see cref="Ingestor"/>). A text already stored, or a near copy of it (a syndicated
/// article), is not stored again: the place it appeared is recorded with the stored text. So an
/// interrupted ingest is completed by running it again. Ctrl+C (or SIGTERM) stops reading, writes
/// what was extracted and ends with code 130.
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
        var paths = new Argument<string[]>("paths") { Description = "Files (text, HTML, RSS/Atom, WARC, JSONL; gzip too), folders (walked recursively; a manifest.jsonl in them gives the metadata of the files it lists), http(s) URLs, or - for standard input", Arity = ArgumentArity.ZeroOrMore };
        var manifest = new Option<string[]>("--manifest", "-m") { Description = "a JSONL manifest: path (relative to it), text or html, with url, outlet, published, title, language (repeatable)", DefaultValueFactory = _ => [] };
        var store = StoreOptions.Store();
        var outlet = new Option<string?>("--outlet") { Description = "outlet of texts that do not say (e.g. tagesschau.de)" };
        var published = new Option<string?>("--published") { Description = "publication date (ISO 8601) of texts that do not say" };
        var title = new Option<string?>("--title") { Description = "title of texts that do not say" };
        var url = new Option<string?>("--url") { Description = "address of texts that do not say" };
        var language = new Option<string?>("--language") { Description = "language of every document (default: detected per document); documents in a language without a claim pack are stored without claims" };
        var lexicon = StoreOptions.Lexicon();
        var follow = new Option<bool>("--follow") { Description = "for feeds: fetch the page each item links to and store its article" };
        var noProgress = new Option<bool>("--no-progress") { Description = "no progress bar, only the summary" };
        var command = new Command("ingest", "Extract articles into the claim store") { paths, manifest, store, outlet, published, title, url, language, lexicon, follow, noProgress };
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
                result.GetValue(language),
                result.GetValue(lexicon) ?? [],
                !result.GetValue(noProgress) && ReferenceEquals(_error, Console.Error) && !Console.IsErrorRedirected)
            {
                FollowFeedLinks = result.GetValue(follow),
            });
        });
        return command;
    }

    public int Run(IngestSettings settings)
    {
        var inputs = settings.Manifests.Concat(settings.Paths).ToList();
        if (inputs.Count == 0)
        {
            _error.WriteLine("claimgraph: ingest: give files, folders, URLs or --manifest");
            return 2;
        }

        if (StoreSession.Extractor(ExtractCommand.LanguageCode(settings.Language) ?? ExtractCommand.DefaultLanguage, settings.Lexicons, _error) is not (var extractor, var version))
        {
            return 2;
        }

        using var store = StoreSession.Open(settings.Store, _error);
        if (store is null)
        {
            return 2;
        }

        var ingestor = new Ingestor(extractor, store, version);
        var defaults = new DocumentMetadata(null, settings.Url, settings.Outlet, settings.Published, settings.Title);
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        using var reader = DocumentReader.CreateDefault(followFeedLinks: settings.FollowFeedLinks);
        var bar = new InputProgressBar(_error, settings.Progress);
        using var stop = new CancellationTokenSource();
        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop))
        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop))
        {
            try
            {
                tally.Problems += bar.ReadInputs(reader, inputs, _in, "ingest", document =>
                {
                    stop.Token.ThrowIfCancellationRequested();
                    IngestOne(document, settings, defaults, ingestor, tally, bar);
                });
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claimgraph: ingest interrupted after {tally.Read} documents; what was read is stored, and running the same ingest again completes it"));
            }

            ingestor.Flush();
        }

        // The first signal stops reading and writes the queue; a second one ends the process at once.
        void Stop(PosixSignalContext context)
        {
            if (!stop.IsCancellationRequested)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        }

        var summary = store.Summary();
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
        var languages = tally.NotExtracted.Count == 0 ? "" : $", {tally.NotExtracted.Values.Sum()} stored without claims (no claim pack for {string.Join(", ", tally.NotExtracted.Select(p => $"{p.Key}: {p.Value}"))})";
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingested {tally.Added} new documents ({tally.Claims} claims){languages}, {tally.Republished} copies of stored texts recorded as appearances ({tally.Near} near), {tally.Known} already stored, {tally.Problems} skipped; {tally.Added / seconds:F0} documents/s. {store.Location}: {summary.Documents} documents in {summary.Appearances} appearances, {summary.Claims} claims"));
        if (stop.IsCancellationRequested)
        {
            return 130;
        }

        if (tally.Read == 0)
        {
            _error.WriteLine(tally.Problems == 0 ? "claimgraph: no input files found" : "claimgraph: nothing could be read");
            return 1;
        }

        return 0;
    }

    private void IngestOne(DocumentItem item, IngestSettings settings, DocumentMetadata defaults, Ingestor ingestor, Tally tally, InputProgressBar bar)
    {
        tally.Read++;
        var document = defaults.FillIn(item.Document);
        if (settings.Language is not null)
        {
            document = document with { Language = settings.Language };
        }

        var label = document.Name == System.IO.Path.GetFileName(item.Source) || document.Name == item.Source ? item.Source : $"{item.Source}: {document.Name}";
        try
        {
            var path = item.Source != "-" && File.Exists(item.Source) ? System.IO.Path.GetFullPath(item.Source) : null;
            ingestor.Add(document, path, item.Author, outcome => Count(outcome, document, label, tally, bar));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ClaimStoreException)
        {
            tally.Problems++;
            bar.Say($"claimgraph: {label}: {e.Message} (skipped)");
            if (Environment.GetEnvironmentVariable("CLAIMGRAPH_DEBUG") is not null)
            {
                bar.Say(e.ToString());
            }
        }
    }

    /// <summary>Counts what became of a document once it is written.</summary>
    private static void Count(IngestOutcome outcome, Document document, string label, Tally tally, InputProgressBar bar)
    {
        switch (outcome.Outcome)
        {
            case AddOutcome.Added:
                tally.Added++;
                tally.Claims += outcome.Claims;
                if (!outcome.Extracted)
                {
                    var language = ExtractCommand.LanguageCode(document.Language) ?? "?";
                    tally.NotExtracted[language] = tally.NotExtracted.GetValueOrDefault(language) + 1;
                }

                break;
            case AddOutcome.Republished:
                tally.Republished++;
                break;
            case AddOutcome.NearDuplicate:
                tally.Republished++;
                tally.Near++;
                bar.Say(string.Create(CultureInfo.InvariantCulture, $"claimgraph: {label}: a near copy of the stored {outcome.Original!.Name} (similarity {outcome.Original.Similarity:0.00}); recorded as another appearance of it"));
                break;
            case AddOutcome.Failed:
                tally.Problems++;
                bar.Say($"claimgraph: {label}: {outcome.Problem} (skipped)");
                break;
            default:
                tally.Known++;
                break;
        }
    }

    private sealed class Tally
    {
        public int Read { get; set; }

        public int Added { get; set; }

        public int Republished { get; set; }

        public int Near { get; set; }

        public int Known { get; set; }

        public int Problems { get; set; }

        public long Claims { get; set; }

        public SortedDictionary<string, int> NotExtracted { get; } = new(StringComparer.Ordinal);
    }
}
