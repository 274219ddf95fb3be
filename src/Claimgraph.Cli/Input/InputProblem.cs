namespace Claimgraph.Cli.Input;

/// <summary>Input that could not be read: which file, and why.</summary>
public sealed record InputProblem(string Path, string Message);
