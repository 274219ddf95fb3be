namespace Claimgraph.Lexicon;

/// <summary>One data file of a language pack: its name ("measures.yaml"), its text, and where it came from.</summary>
public sealed record LexiconFile(string Name, string Content, string Origin);
