using System.CommandLine;
using Claimgraph.Cli.Store;
using Claimgraph.Consolidation;

namespace Claimgraph.Cli.Commands;

/// <summary>
/// A query over the consolidated corpus (`variables`, `sources`, `disagreements`, `timeline`):
/// the common options, reading and consolidating the store's claims; each command writes its view.
/// </summary>
public abstract class ConsolidationCommand
{
    private readonly string _name;
    private readonly string _description;

    protected ConsolidationCommand(TextWriter output, TextWriter error, string name, string description)
    {
        Out = output;
        Error = error;
        _name = name;
        _description = description;
    }

    protected TextWriter Out { get; }

    protected TextWriter Error { get; }

    public virtual Command Build()
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command(_name, _description));
        command.SetAction(result => Run(options.Read(result)));
        return command;
    }

    public int Run(QuerySettings settings)
    {
        var corpus = ConsolidationQuery.Run(settings.Store, settings.Query, settings.Language, settings.Lexicons, Error);
        return corpus is null ? 2 : Write(corpus, settings.Format);
    }

    /// <summary>Writes the command's view of the corpus as a table, or as JSON when <paramref name="format"/> is "json".</summary>
    protected abstract int Write(CorpusConsolidation corpus, string format);
}
