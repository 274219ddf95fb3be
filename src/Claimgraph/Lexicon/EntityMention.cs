namespace Claimgraph.Lexicon;

/// <summary>An entity named by the tokens [First, Last] of a sentence.</summary>
public sealed record EntityMention(int First, int Last, Entity Entity, MentionForm Form);
