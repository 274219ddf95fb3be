using Claimgraph.Lexicon;

namespace Claimgraph.Extraction;

/// <summary>A mention that stands for a country (by name, adjective, people, capital, leader, place), with its role.</summary>
internal sealed record CountryMention(EntityMention Mention, string Country, MentionRole Role)
{
    public int First => Mention.First;
}
