namespace Claimgraph.Extraction;

/// <summary>
/// A source found in a sentence: the tokens [First, Last] that name it, and what it resolves to.
/// <see cref="Cited"/>: it is cited by another source of the sentence. <see cref="Party"/>: the
/// source is also a party to the claim, as the subject of a commitment ("Deutschland sagte … zu")
/// or the subject a self-reference points to ("Russland hat nach eigenen Angaben …").
/// <see cref="Pronoun"/>: the phrase is a pronoun ("schrieb er"); the reader of the document
/// resolves it to the person named last. <see cref="Generic"/>: a definite institution without
/// a country ("der Dienst") or a carrier alone ("in der Mitteilung"), which the reader resolves
/// to the source of that kind named shortly before (a carrier's <see cref="Source"/> has an empty name).
/// <see cref="AfterPreposition"/>: the phrase follows a source preposition ("laut Tass"), so it reports what its
/// clause says, a speaker's words too ("Gerassimow erklärte laut Tass, …").
/// <see cref="Institution"/>: for a generic institution, the name of its kind ("Ministry of Defence", "government").
/// </summary>
internal sealed record SourcePhrase(int First, int Last, Source Source, bool Cited, bool Party = false, bool Pronoun = false, bool Generic = false, bool AfterPreposition = false, string? Institution = null)
{
    /// <summary>The <see cref="Institution"/> of a bare ministry noun with a country: it refers back to a ministry of that country.</summary>
    public const string Ministry = "ministry";
}
