namespace Claimgraph.Lexicon;

/// <summary>
/// What a lexicon remembers about one word form in a <see cref="FormMemo{T}"/>: the form is part of the record, so a
/// memo slot is replaced whole (one reference written) and threads may share the memo without a lock.
/// </summary>
internal abstract class FormFacts(string form)
{
    /// <summary>The pooled word form these facts are about (compared by reference).</summary>
    public readonly string Form = form;
}
