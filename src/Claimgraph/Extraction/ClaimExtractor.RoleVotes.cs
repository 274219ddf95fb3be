namespace Claimgraph.Extraction;

public sealed partial class ClaimExtractor
{
    /// <summary>Counts which actor and recipient the document speaks of most, for claims whose sentence names none.</summary>
    private sealed class RoleVotes
    {
        private readonly Dictionary<string, int> _actors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _recipients = new(StringComparer.Ordinal);

        // Givers and receivers of the supply claims alone: a country that gives in the document and never receives is
        // no receiver of goods, though troops trained or stationed there made it the usual recipient.
        private readonly HashSet<string> _givers = new(StringComparer.Ordinal);
        private readonly HashSet<string> _receivers = new(StringComparer.Ordinal);

        // The sides and places of the deployment claims: whose troops are where.
        private readonly HashSet<string> _deployers = new(StringComparer.Ordinal);
        private readonly HashSet<string> _deploymentPlaces = new(StringComparer.Ordinal);

        public int SupplySentences { get; set; }

        public void AddDeployment(string? side, string? place)
        {
            if (side is not null)
            {
                _deployers.Add(side);
            }

            if (place is not null)
            {
                _deploymentPlaces.Add(place);
            }
        }

        public void AddSupply(string? giver, string? receiver)
        {
            if (giver is not null)
            {
                _givers.Add(giver);
            }

            if (receiver is not null)
            {
                _receivers.Add(receiver);
            }
        }

        /// <summary>
        /// The usual giver and receiver of goods: the usual actor and recipient, turned round where the recipient is where
        /// troops are and gives, never receives, and the troops' side never gives ("Die Bundeswehr hat … ukrainische Soldaten in Deutschland ausgebildet. … übergab
        /// die Bundeswehr … 16 Kampfpanzer": the troops' country receives, the country they train in gives).
        /// </summary>
        public (string? Giver, string? Receiver) SupplyWinner()
        {
            var (actor, recipient) = Winner();
            if (recipient is null || !_deploymentPlaces.Contains(recipient) || !_givers.Contains(recipient) || _receivers.Contains(recipient))
            {
                return (actor, recipient);
            }

            // The side voted for most that never gives: the troops' own country.
            string? receiver = null;
            var most = 0;
            foreach (var (side, count) in _actors)
            {
                if (_deployers.Contains(side) && !_givers.Contains(side) && (count > most || (count == most && string.CompareOrdinal(side, receiver) < 0)))
                {
                    (receiver, most) = (side, count);
                }
            }

            return receiver is null ? (actor, recipient) : (recipient, receiver);
        }

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
