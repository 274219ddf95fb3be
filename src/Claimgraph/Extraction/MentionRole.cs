namespace Claimgraph.Extraction;

/// <summary>The part a country mention plays in its sentence, by the preposition before it.</summary>
internal enum MentionRole
{
    /// <summary>No preposition: a subject or object ("Nordkorea schickt Putin …").</summary>
    Unmarked,

    /// <summary>"aus Nordkorea", "von Nordkoreas Diktator".</summary>
    Source,

    /// <summary>"an Russland", "nach Moskau", "in Russland", "in die Ukraine".</summary>
    Destination,

    /// <summary>"gegen die Ukraine": the other side, never the recipient.</summary>
    Opponent,

    /// <summary>"gemeinsam mit Dänemark": beside a party, no party itself.</summary>
    Company,
}
