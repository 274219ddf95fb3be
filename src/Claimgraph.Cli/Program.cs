using System.CommandLine;
using System.Text;
using Claimgraph.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
var root = new RootCommand("Claimgraph: a sourced, searchable database of quantitative claims in news articles")
{
    new ExtractCommand(Console.Out, Console.Error, Console.In, showProgress: Console.IsOutputRedirected && !Console.IsErrorRedirected).Build(),
    new ArticleCommand(Console.Out, Console.Error).Build(),
    new IngestCommand(Console.Out, Console.Error, Console.In).Build(),
    new VariablesCommand(Console.Out, Console.Error).Build(),
    new TimelineCommand(Console.Out, Console.Error).Build(),
    new SourcesCommand(Console.Out, Console.Error).Build(),
    new DisagreementsCommand(Console.Out, Console.Error).Build(),
    new SearchCommand(Console.Out, Console.Error).Build(),
    new ExportCommand(Console.Out, Console.Error).Build(),
    new ReextractCommand(Console.Out, Console.Error).Build(),
};
return root.Parse(args).Invoke();
