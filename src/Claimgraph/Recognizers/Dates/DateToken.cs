namespace Claimgraph.Recognizers.Dates;

/// <summary>What a <see cref="DateToken"/> is made of.</summary>
internal enum DateTokenKind : byte
{
    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>Any other single character.</summary>
    Symbol,
}

/// <summary>What separates a token from the one before it.</summary>
internal enum DateGap : byte
{
    /// <summary>Nothing: the tokens touch ("17" "." "11").</summary>
    None,

    /// <summary>Spaces or tabs on the same line.</summary>
    Space,

    /// <summary>A line break (or the token is the first one).</summary>
    Line,
}

/// <summary>A word, a number or a symbol of the text, with its offsets and what precedes it.</summary>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, DateGap Gap)
{
    public int Length => End - Start;

    /// <summary>
    /// A word known to open nothing: it starts no phrase of the lexicon and is neither a number word nor a weekday
    /// with a time of day (<see cref="DateLexicon.PhraseWords"/>, read from the sentence's cue masks). False when not known.
    /// </summary>
    public bool Plain { get; init; }

    /// <summary>The index plus one of the sentence's word token of the same extent, whose pooled lower-case form it has; 0 for none.</summary>
    public int Word { get; init; }
}
