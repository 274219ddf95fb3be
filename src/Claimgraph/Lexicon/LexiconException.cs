namespace Claimgraph.Lexicon;

/// <summary>A language data file that cannot be read: names the file and, where known, the line.</summary>
public sealed class LexiconException(string message, Exception? inner = null) : Exception(message, inner);
