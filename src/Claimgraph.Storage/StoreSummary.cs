namespace Claimgraph.Storage;

/// <summary>What a store holds: documents (one per text), the places they appeared, claims, indexed sentences, notes.</summary>
public sealed record StoreSummary(int SchemaVersion, long Documents, long Claims, long Sentences, long Notes, long Appearances);
