namespace Claimgraph.Recognizers;

/// <summary>
/// A quantity found in a sentence: tokens [First, Last] cover it with its qualifiers
/// ("knapp 50", "zwischen 10.000 und 12.000", "mehrere tausend", "3000 oder mehr").
/// <see cref="NumberLast"/> is the last token of the number itself, before any qualifier after it.
/// </summary>
public sealed record QuantityPhrase(int First, int Last, int NumberLast, Quantity Quantity);
