using System.CommandLine;

namespace Claimgraph.Cli.Store;

/// <summary>The options every store command shares: where the store is, the language data, the output format.</summary>
public static class StoreOptions
{
    public const string DefaultStore = "claimgraph.db";

    public static Option<string> Store() => new("--store", "-s")
    {
        Description = $"the claim store (an SQLite file; created if missing)",
        DefaultValueFactory = _ => DefaultStore,
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f") { Description = string.Join(" or ", formats), DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string> Language() => new("--language") { Description = "language pack", DefaultValueFactory = _ => "de" };

    public static Option<string[]> Lexicon() => new("--lexicon") { Description = "a folder of extra language data files (repeatable)", DefaultValueFactory = _ => [] };

    public static Option<string?> Actor() => new("--actor") { Description = "actor (e.g. KP)" };

    public static Option<string?> Recipient() => new("--recipient") { Description = "recipient (e.g. RU)" };

    public static Option<string?> Relation() => new("--relation") { Description = "relation (supply, deployment, losses, capability, advance, other)" };

    public static Option<string?> Measure() => new("--measure") { Description = "measure (troops, howitzers, ...)" };

    public static Option<string?> System() => new("--system") { Description = "weapon system (e.g. \"M1989 Koksan\")" };

    public static Option<string?> Location() => new("--location") { Description = "location as extracted (e.g. Kursk)" };

    public static Option<string?> Outlet() => new("--outlet") { Description = "outlet (e.g. tagesschau.de)" };
}
