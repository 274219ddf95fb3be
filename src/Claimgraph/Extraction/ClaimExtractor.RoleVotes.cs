namespace Claimgraph.Extraction;

public sealed partial class ClaimExtractor
{
    /// <summary>Counts which actor and recipient the document speaks of most, for claims whose sentence names none.</summary>
    private sealed class RoleVotes
    {
        private readonly Dictionary<string, int> _actors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _recipients = new(StringComparer.Ordinal);

        public int SupplySentences { get; set; }

        public void Add(string? actor, string? recipient)
        {
            if (actor is not null)
            {
                _actors[actor] = _actors.GetValueOrDefault(actor) + 1;
            }

            if (recipient is not null && recipient != actor)
            {
                _recipients[recipient] = _recipients.GetValueOrDefault(recipient) + 1;
            }
        }

        public (string? Actor, string? Recipient) Winner()
        {
            var actor = _actors.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault();
            var recipient = _recipients.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault();
            return (actor, recipient);
        }
    }
}
