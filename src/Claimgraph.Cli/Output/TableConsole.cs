using Spectre.Console;

namespace Claimgraph.Cli.Output;

/// <summary>A Spectre.Console console over a writer: ANSI only on a terminal, plain text when redirected or in tests.</summary>
public static class TableConsole
{
    public static IAnsiConsole Over(TextWriter output) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        });
}
