using Claimgraph.Extraction;

namespace Claimgraph.Storage;

/// <summary>
/// One document for <see cref="IClaimStore.Add"/> to write: a text with its claims, or, when
/// <paramref name="Copy"/> names the stored text it repeats (found before extraction), only its
/// place, as one more appearance of that text.
/// </summary>
public sealed record StoreWrite(DocumentToStore Document, IReadOnlyList<Claim> Claims, StoredCopy? Copy = null);
