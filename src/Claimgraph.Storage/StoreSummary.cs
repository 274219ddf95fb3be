namespace Claimgraph.Storage;

/// <summary>What a store holds.</summary>
public sealed record StoreSummary(int SchemaVersion, long Documents, long Claims, long Sentences, long Notes);
