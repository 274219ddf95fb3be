namespace Claimgraph.Lexicon;

/// <summary>Where the data files of a language come from: the engine's own, or a user's folder.</summary>
public interface ILexiconSource
{
    IEnumerable<LexiconFile> FilesFor(string language);
}
