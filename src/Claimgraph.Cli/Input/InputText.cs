namespace Claimgraph.Cli.Input;

/// <summary>A text read from a file or standard input, with the name claims will carry.</summary>
public sealed record InputText(string Name, string Path, string Text);
