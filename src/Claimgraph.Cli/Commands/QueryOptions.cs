using System.CommandLine;
using Claimgraph.Cli.Store;

namespace Claimgraph.Cli.Commands;

/// <summary>The options of the consolidation queries, added to a command and read back into <see cref="QuerySettings"/>.</summary>
public sealed class QueryOptions
{
    private readonly Option<string> _store = StoreOptions.Store();
    private readonly Option<string> _format = StoreOptions.Format("table", "json");
    private readonly Option<string> _language = StoreOptions.Language();
    private readonly Option<string[]> _lexicon = StoreOptions.Lexicon();
    private readonly Option<string?> _relation = StoreOptions.Relation();
    private readonly Option<string?> _measure = StoreOptions.Measure();
    private readonly Option<string?> _actor = StoreOptions.Actor();
    private readonly Option<string?> _recipient = StoreOptions.Recipient();
    private readonly Option<string?> _system = StoreOptions.System();
    private readonly Option<string?> _location = StoreOptions.Location();
    private readonly Option<string?> _outlet = StoreOptions.Outlet();

    /// <summary>Adds the options; without the variable filter when <paramref name="measureAsArgument"/> names the measure otherwise.</summary>
    public Command AddTo(Command command, bool measureAsArgument = false)
    {
        command.Options.Add(_store);
        command.Options.Add(_format);
        command.Options.Add(_language);
        command.Options.Add(_lexicon);
        command.Options.Add(_relation);
        if (!measureAsArgument)
        {
            command.Options.Add(_measure);
        }

        command.Options.Add(_actor);
        command.Options.Add(_recipient);
        command.Options.Add(_system);
        command.Options.Add(_location);
        command.Options.Add(_outlet);
        return command;
    }

    public QuerySettings Read(ParseResult result, string? measure = null) => new(
        result.GetValue(_store) ?? StoreOptions.DefaultStore,
        result.GetValue(_format) ?? "table",
        result.GetValue(_language) ?? "de",
        result.GetValue(_lexicon) ?? [],
        new Storage.ClaimQuery(
            result.GetValue(_relation),
            measure ?? result.GetValue(_measure),
            result.GetValue(_actor),
            result.GetValue(_recipient),
            result.GetValue(_system),
            result.GetValue(_location),
            result.GetValue(_outlet)));
}
