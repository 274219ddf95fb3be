namespace Claimgraph.Lexicon;

/// <summary>Whether a word ends in one of a list of endings or heads ("-soldaten", "-minister"): a loop, not a closure, for the hot paths that ask it per word.</summary>
public static class WordEndings
{
    public static bool EndsWithAny(string word, IReadOnlyList<string> endings)
    {
        for (var i = 0; i < endings.Count; i++)
        {
            if (word.EndsWith(endings[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word ends in one of the (non-empty) endings with more than <paramref name="minStem"/> letters before it ("schwere", "ukrainische").</summary>
    public static bool EndsWithAny(string word, IReadOnlyList<string> endings, int minStem)
    {
        for (var i = 0; i < endings.Count; i++)
        {
            var ending = endings[i];
            if (ending.Length > 0 && word.Length > ending.Length + minStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="EndsWithAny(string, IReadOnlyList{string}, int)"/> over an array the caller keeps (no interface dispatch per ending).</summary>
    public static bool EndsWithAny(string word, ReadOnlySpan<string> endings, int minStem)
    {
        foreach (var ending in endings)
        {
            if (ending.Length > 0 && word.Length > ending.Length + minStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
