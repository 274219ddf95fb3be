namespace Claimgraph.Text;

// One byte, so that a token is 12 bytes: a text has a token every four or five characters.
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits after the first letter: "Soldaten", "KN23", "M1989".</summary>
    Word,

    /// <summary>Digits with the separators between them: "50", "11.000", "1,5", "650'000", "17.11.2024".</summary>
    Number,

    /// <summary>Any other single character: punctuation, symbols, hyphens.</summary>
    Symbol,
}
