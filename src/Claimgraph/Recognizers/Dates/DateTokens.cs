namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// A range of text cut into words, numbers and single symbols, with the questions the date
/// patterns ask about them. Whitespace is not a token; it is recorded as the gap before the next
/// one. Out-of-range indexes are answered as "no such token", never with an exception.
/// </summary>
internal sealed class DateTokens
{
    private readonly DateToken[] _tokens;
    private readonly int _count;

    // The sentence's lower-case forms, for the tokens made from its words (DateToken.Word).
    private readonly string[]? _lower;

    private DateTokens(string text, DateToken[] tokens, int count, string[]? lower = null)
    {
        Text = text;
        _tokens = tokens;
        _count = count;
        _lower = lower;
    }

    /// <summary>The pooled lower-case form of a word made whole from a sentence's word (<see cref="FromSentence"/>), else null.</summary>
    public string? LowerOf(int index) => _lower is not null && _tokens[index].Word is > 0 and var word ? _lower[word - 1] : null;

    public string Text { get; }

    public int Count => _count;

    public DateToken this[int index] => _tokens[index];

    public static DateTokens Read(string text, int start, int end)
    {
        DateToken[]? buffer = null;
        return Read(text, start, end, ref buffer);
    }

    /// <summary>
    /// Reads into <paramref name="buffer"/> (grown when too small), so a caller may reuse one buffer;
    /// stops after <paramref name="maxTokens"/> tokens.
    /// </summary>
    public static DateTokens Read(string text, int start, int end, ref DateToken[]? buffer, int maxTokens = int.MaxValue)
    {
        var tokens = buffer ??= new DateToken[Math.Max(16, (end - start) / 4)];
        var count = 0;
        var gap = DateGap.Line;
        var i = start;
        while (i < end && count < maxTokens)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
                {
                    gap = DateGap.Line;
                }
                else if (gap == DateGap.None)
                {
                    gap = DateGap.Space;
                }

                i++;
                continue;
            }

            var tokenStart = i;
            i = TokenEnd(text, i, end, out var kind);

            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
                buffer = tokens;
            }

            tokens[count++] = new DateToken(tokenStart, i, kind, gap);
            gap = DateGap.None;
        }

        return new DateTokens(text, tokens, count);
    }

    /// <summary>
    /// The tokens of the sentence's tokens <paramref name="first"/> to <paramref name="last"/>, cut as
    /// <see cref="Read(string, int, int, ref DateToken[], int)"/> cuts their stretch of text, with the plain words marked
    /// (<see cref="MarkPlainWords"/>): a word of ASCII letters, a number of digits and a symbol of one character are
    /// taken whole from the sentence's token (its text is not read again), any other token is read character by
    /// character within its extent. Every end of a sentence's token ends a token here too, but for a spacing mark glued
    /// to a word ("ab" + U+0903), which the words here take in: such a stretch is read whole, as before.
    /// </summary>
    public static DateTokens FromSentence(Claimgraph.Text.TokenizedText sentence, int first, int last, Lexicon.WordClass phraseWords,
        ref DateToken[]? buffer)
    {
        var text = sentence.Text;
        var words = sentence.Tokens;
        var tokens = buffer ??= new DateToken[64];
        var count = 0;
        // The class's bit read from the masks here, not asked of the class per word.
        var masked = phraseWords.TryMasks(sentence, out var masks, out var phraseBit);
        for (var s = first; s <= last; s++)
        {
            var word = words[s];
            var gap = s == first ? DateGap.Line : word.Joined ? DateGap.None : LineBetween(text, words[s - 1].End, word.Start) ? DateGap.Line : DateGap.Space;
            if (count + word.Length > tokens.Length)
            {
                Array.Resize(ref tokens, Math.Max(tokens.Length * 2, count + word.Length));
                buffer = tokens;
            }

            var chars = text.AsSpan(word.Start, word.Length);
            switch (word.Kind)
            {
                case Claimgraph.Text.TokenKind.Word when AsciiLetters(chars):
                    tokens[count++] = new DateToken(word.Start, word.End, DateTokenKind.Word, gap)
                    {
                        Plain = masked ? (masks[s] & phraseBit) == 0 : !phraseWords.Contains(sentence, s),
                        Word = s + 1,
                    };
                    continue;
                case Claimgraph.Text.TokenKind.Number when Claimgraph.Text.AsciiDigits.All(chars):
                    tokens[count++] = new DateToken(word.Start, word.End, DateTokenKind.Number, gap);
                    continue;
                case Claimgraph.Text.TokenKind.Symbol when chars.Length == 1 && chars[0] < '\u0300':
                    tokens[count++] = new DateToken(word.Start, word.End, DateTokenKind.Symbol, gap);
                    continue;
                case Claimgraph.Text.TokenKind.Symbol when gap == DateGap.None && count > 0 && tokens[count - 1].Kind == DateTokenKind.Word && IsMark(chars[0]):
                    // A spacing mark the sentence cut off a word: the stretch is read whole.
                    var whole = Read(text, words[first].Start, words[last].End, ref buffer);
                    whole.MarkPlainWords(sentence, phraseWords);
                    return whole;
            }

            var before = count;
            count = ReadInto(text, word.Start, word.End, tokens, count, gap);
            if (word.Kind == Claimgraph.Text.TokenKind.Word && count == before + 1 && tokens[before].Kind == DateTokenKind.Word
                && tokens[before].End == word.End)
            {
                tokens[before] = tokens[before] with { Plain = !phraseWords.Contains(sentence, s), Word = s + 1 };
            }
        }

        return new DateTokens(text, tokens, count, sentence.Lower);
    }

    // Words and numbers are short: a loop costs less than a vectorized search.
    private static bool AsciiLetters(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if ((uint)((c | 0x20) - 'a') > 'z' - 'a')
            {
                return false;
            }
        }

        return true;
    }

    private static bool LineBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    // The end of the token that starts at character i: a run of digits, a run of letters (with their combining marks), or
    // one other character.
    private static int TokenEnd(string text, int i, int end, out DateTokenKind kind)
    {
        var c = text[i];
        if (char.IsAsciiDigit(c))
        {
            kind = DateTokenKind.Number;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        else if (char.IsLetter(c))
        {
            kind = DateTokenKind.Word;
            while (i < end && (char.IsLetter(text[i]) || IsMark(text[i])))
            {
                i++;
            }
        }
        else
        {
            kind = DateTokenKind.Symbol;
            i++;
        }

        return i;
    }

    // The characters of one token of the sentence, cut as Read cuts them; the buffer has room for one token per character.
    private static int ReadInto(string text, int start, int end, DateToken[] tokens, int count, DateGap gap)
    {
        var i = start;
        while (i < end)
        {
            var tokenStart = i;
            i = TokenEnd(text, i, end, out var kind);

            tokens[count++] = new DateToken(tokenStart, i, kind, gap);
            gap = DateGap.None;
        }

        return count;
    }

    /// <summary>
    /// Marks the words that are plain by the sentence's tokens (a word of the same extent outside
    /// <paramref name="phraseWords"/>, a bit of its cue masks), so the scanner asks the lexicon nothing about them.
    /// Words the sentence cuts otherwise stay unmarked.
    /// </summary>
    public void MarkPlainWords(Claimgraph.Text.TokenizedText sentence, Lexicon.WordClass phraseWords)
    {
        var words = sentence.Tokens;
        var at = 0;
        for (var i = 0; i < _count; i++)
        {
            var token = _tokens[i];
            if (token.Kind != DateTokenKind.Word)
            {
                continue;
            }

            // Both run in text order: the sentence's token that starts here, if any, is at or after the last one looked at.
            while (at < words.Length && words[at].Start < token.Start)
            {
                at++;
            }

            if (at < words.Length && words[at].Start == token.Start && words[at].End == token.End && words[at].IsWord
                && !phraseWords.Contains(sentence, at))
            {
                _tokens[i] = token with { Plain = true };
            }
        }
    }

    public bool Has(int index) => (uint)index < (uint)_count;

    /// <summary>The token is a word known to open nothing (<see cref="DateToken.Plain"/>).</summary>
    public bool IsPlain(int index) => Has(index) && _tokens[index].Plain;

    public ReadOnlySpan<char> TextOf(int index) =>
        Has(index) ? Text.AsSpan(_tokens[index].Start, _tokens[index].Length) : [];

    public bool IsWord(int index) => Has(index) && _tokens[index].Kind == DateTokenKind.Word;

    public bool IsNumber(int index) => Has(index) && _tokens[index].Kind == DateTokenKind.Number;

    public bool IsSymbol(int index, char symbol) =>
        Has(index) && _tokens[index].Kind == DateTokenKind.Symbol && Text[_tokens[index].Start] == symbol;

    /// <summary>The token touches the one before it.</summary>
    public bool Glued(int index) => Has(index) && _tokens[index].Gap == DateGap.None;

    /// <summary>The token follows the one before it on the same line, with or without a space.</summary>
    public bool SameLine(int index) => Has(index) && _tokens[index].Gap != DateGap.Line;

    /// <summary>The token is a word that starts with a capital letter.</summary>
    public bool IsCapitalized(int index) => IsWord(index) && char.IsUpper(Text[_tokens[index].Start]);

    /// <summary>A number token's value when it has between one and <paramref name="maxDigits"/> digits.</summary>
    public bool TryNumber(int index, int maxDigits, out int value)
    {
        value = 0;
        if (!IsNumber(index) || _tokens[index].Length > maxDigits || maxDigits > 9)
        {
            return false;
        }

        foreach (var c in TextOf(index))
        {
            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The number of digits of a number token, 0 for other tokens.</summary>
    public int Digits(int index) => IsNumber(index) ? _tokens[index].Length : 0;

    /// <summary>
    /// A number starting at the token stands on its own on the left: it is not the tail of a
    /// model name ("M1989", "KN-23"), of a decimal or of a longer number ("11.000", "1:2").
    /// </summary>
    public bool FreeOnLeft(int index)
    {
        if (!Glued(index) || !Has(index - 1))
        {
            return true;
        }

        var before = _tokens[index - 1];
        if (before.Kind != DateTokenKind.Symbol)
        {
            return false;
        }

        return !IsJoiner(Text[before.Start]);
    }

    /// <summary>
    /// A number ending at the token stands on its own on the right: no letters, no digits after
    /// a joining symbol ("170mm", "11.000", "650'000", "100-Tage-Plan").
    /// </summary>
    public bool FreeOnRight(int index)
    {
        var next = index + 1;
        if (!Glued(next))
        {
            return true;
        }

        var after = _tokens[next];
        if (after.Kind != DateTokenKind.Symbol)
        {
            return false;
        }

        if (!IsJoiner(Text[after.Start]))
        {
            return true;
        }

        // A joiner at the end of a phrase ("2024." "2024,") is punctuation; one that joins on
        // to a word or number is part of a longer token.
        return !Glued(next + 1) || (!IsWord(next + 1) && !IsNumber(next + 1));
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or ',' or ':' or '\'' or '/' or '_' or '+';

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
