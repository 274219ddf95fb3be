using System.CommandLine;
using Claimgraph.Cli.Store;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Claimgraph.Storage;

namespace Claimgraph.Cli.Commands;

/// <summary>
/// `claimgraph reextract`: re-runs the extractor over the stored texts whose claims an other
/// extractor version (engine build or language data) made; one transaction per document; notes stay.
/// </summary>
public sealed class ReextractCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public ReextractCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public Command Build()
    {
        var store = StoreOptions.Store();
        var language = StoreOptions.Language();
        var lexicon = StoreOptions.Lexicon();
        var command = new Command("reextract", "Re-run a changed extractor over the stored texts") { store, language, lexicon };
        command.SetAction(result => Run(new ReextractSettings(
            result.GetValue(store) ?? StoreOptions.DefaultStore,
            result.GetValue(language) ?? "de",
            result.GetValue(lexicon) ?? [])));
        return command;
    }

    public int Run(ReextractSettings settings)
    {
        if (StoreSession.Extractor(settings.Language, settings.Lexicons, _error) is not (var extractor, var version))
        {
            return 2;
        }

        using var store = StoreSession.OpenExisting(settings.Store, _error);
        if (store is null)
        {
            return 2;
        }

        var count = new Ingestor(extractor, store, version).Reextract();
        var summary = store.Summary();
        _out.WriteLine($"re-extracted {count} documents with extractor {version}. {store.Location}: {summary.Documents} documents, {summary.Claims} claims");
        return 0;
    }
}
