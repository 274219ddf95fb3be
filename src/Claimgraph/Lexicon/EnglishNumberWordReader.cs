namespace Claimgraph.Lexicon;

/// <summary>
/// The "english-hyphenated" engine: every cardinal word is an atom ("twenty", "one", "hundred");
/// compounds are written with hyphens or spaces ("twenty-one", "one hundred and six") and are
/// put together by the number recognizer, not here. Ordinals and fractions come from the
/// shared derivation ("twentieth" = twenty with -ieth for -y, "fifths" = fifth + s).
/// </summary>
public sealed class EnglishNumberWordReader : NumberWordReader
{
    private readonly WordTable<double> _atoms;

    internal EnglishNumberWordReader(NumberLexiconData data)
        : base(data)
    {
        _atoms = WordTable.Of(data.Atoms);
    }

    protected override bool TryCardinal(ReadOnlySpan<char> word, out double value) => _atoms.TryGet(word, out value);
}
