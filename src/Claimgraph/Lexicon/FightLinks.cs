namespace Claimgraph.Lexicon;

/// <summary>
/// "Gefechte mit ukrainischen Truppen", "fighting with Ukrainian forces": a preposition that after
/// a noun of fighting names the other side. The nouns are stems, matched as word prefixes.
/// </summary>
public sealed record FightLinks(IReadOnlySet<string> Prepositions, IReadOnlyList<string> NounStems)
{
    /// <summary>Whether <paramref name="preposition"/> after <paramref name="noun"/> (both lower-case) names the opponent.</summary>
    public bool NamesOpponent(string noun, string preposition)
    {
        if (!Prepositions.Contains(preposition))
        {
            return false;
        }

        for (var i = 0; i < NounStems.Count; i++)
        {
            if (noun.StartsWith(NounStems[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
