namespace Claimgraph.Lexicon;

/// <summary>The grammar facts of a language the shared pipeline needs (from language.yaml).</summary>
public sealed record LanguageGrammar(
    string Code,
    string Name,
    DigitConventions Digits,
    IReadOnlyList<string> NounEndings,
    IReadOnlyList<string> AdjectiveEndings,
    IReadOnlySet<string> Determiners,
    bool CompoundHeads,
    bool NounsCapitalized,
    IReadOnlyDictionary<string, string> RolePrepositions,
    IReadOnlyList<string> AgentHeads,
    IReadOnlySet<string> Conjunctions,
    FightLinks FightLinks,
    IReadOnlySet<string> DativeDeterminers,
    IReadOnlyList<string> NonPartyNouns,
    IReadOnlySet<string> BeneficiaryPrepositions,
    IReadOnlySet<string> InfinitiveParticles)
{
    /// <summary>Words that open a subordinate clause before its subject ("Als die EU … versprach").</summary>
    public IReadOnlySet<string> Subordinators { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns of support whose genitive receives: "die Unterstützer der Ukraine", "die Partner der Ukraine".</summary>
    public IReadOnlySet<string> BeneficiaryNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
