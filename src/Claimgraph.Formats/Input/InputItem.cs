namespace Claimgraph.Formats.Input;

/// <summary>What reading an input yields, in order: documents, problems and notes, each naming where it comes from (a file, a URL, "-").</summary>
public abstract record InputItem(string Source);
