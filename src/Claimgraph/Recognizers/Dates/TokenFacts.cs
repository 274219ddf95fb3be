namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// What the lexicon says about one token: the phrase tables its word starts phrases in and, once a
/// pattern has asked, whether it may be a number word, what number word it is, and whether it is a
/// weekday with a time of day ("Samstagabend"). The patterns ask these about the same few tokens again and again; kept
/// here, each answer costs one lookup per token.
/// </summary>
internal struct TokenFacts
{
    /// <summary>The token these facts are about, plus one, so that a cleared slot (0) holds none.</summary>
    public int Tag;

    public WordKinds Kinds;

    /// <summary>Whether the token may be a number word: 0 not asked yet, 1 yes, -1 no.</summary>
    public sbyte NumberWord;

    /// <summary>Whether the token is a weekday with a time of day: 0 not asked yet, 1 yes, -1 no.</summary>
    public sbyte WeekdayCompound;

    /// <summary>Whether the token reads as a number word (<see cref="Word"/>): 0 not asked yet, 1 yes, -1 no.</summary>
    public sbyte NumberWordRead;

    /// <summary>Whether the token may start an expression by its word (<see cref="DateLexicon.MayStart"/>): 0 not asked yet, 1 yes, -1 no.</summary>
    public sbyte MayStart;

    /// <summary>The number word the token reads as, once <see cref="NumberWordRead"/> is 1.</summary>
    public Lexicon.NumberWord Word;
}
