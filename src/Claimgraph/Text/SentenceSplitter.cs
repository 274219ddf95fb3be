namespace Claimgraph.Text;

/// <summary>
/// Splits normalized text into sentences. A line break always ends a sentence (articles put
/// paragraphs, headlines and captions on lines of their own); each non-blank line is a paragraph.
/// Inside a line a sentence ends at a run of '.', '!' and '?' (with closing quotes or brackets after
/// it) followed by whitespace and a capital, a digit or an opening quote or bracket — except after an
/// abbreviation, an initial, an ordinal or date number ("am 21. Dezember", "das 17. Paket"), a
/// numbered item at the start of a sentence, an omission "(...)", and inside a quotation that closes
/// in the same line. A sentence without final punctuation (a headline, a caption, a credit, a
/// label) is a <see cref="SentenceKind.Line"/>. Linear in the text's length.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly SentenceRules _rules;

    private readonly AbbreviationSet _abbreviations;

    public SentenceSplitter(SentenceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _abbreviations = new AbbreviationSet(rules);
    }

    public IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (SplitLine(text, lineStart, lineEnd, paragraph, sentences))
            {
                paragraph++;
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private bool SplitLine(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        (start, end) = Trim(text, start, end);
        if (end <= start)
        {
            return false;
        }

        var quotations = QuotationFinder.Outermost(QuotationFinder.Find(text, new TextSpan(start, end)));
        var quote = 0;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            // The next final punctuation mark, found by a vectorized search.
            var ahead = text.AsSpan(i, end - i).IndexOfAny('.', '!', '?');
            if (ahead < 0)
            {
                break;
            }

            i += ahead;
            var c = text[i];

            // The whole run of final punctuation and the closing marks after it.
            var runEnd = i + 1;
            while (runEnd < end && text[runEnd] is '.' or '!' or '?')
            {
                runEnd++;
            }

            var after = runEnd;
            while (after < end && text[after] is '"' or ')' or ']' or '\'')
            {
                after++;
            }

            var run = i;
            i = runEnd - 1;
            if (c == '.' && after == runEnd && IsGluedCredit(text, run, after, end))
            {
                // "... Kim Jong-un.Bild: imago": a caption and its credit without a space between.
                Add(text, sentenceStart, after, paragraph, SentenceKind.Body, sentences);
                sentenceStart = after;
                continue;
            }

            if (after >= end || !char.IsWhiteSpace(text[after]))
            {
                continue;
            }

            while (quote < quotations.Count && quotations[quote].End <= after)
            {
                quote++;
            }

            if (quote < quotations.Count && quotations[quote].Start < after)
            {
                continue; // inside a quotation that closes later in the line
            }

            var next = after;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !StartsSentence(text[next]))
            {
                continue;
            }

            if (text[run] == '.' && !EndsSentenceAtPeriod(text, sentenceStart, run, runEnd, next, end))
            {
                continue;
            }

            Add(text, sentenceStart, after, paragraph, SentenceKind.Body, sentences);
            sentenceStart = next;
            i = next - 1;
        }

        (sentenceStart, end) = Trim(text, sentenceStart, end);
        if (end > sentenceStart)
        {
            var kind = EndsWithFinalPunctuation(text, sentenceStart, end) ? SentenceKind.Body : SentenceKind.Line;
            Add(text, sentenceStart, end, paragraph, kind, sentences);
        }

        return true;
    }

    // A period between two letters, followed by a capitalized word of letters and a colon:
    // "Jong-un.Bild: imago", "Pjöngjang.Foto: dpa".
    private static bool IsGluedCredit(string text, int period, int after, int end)
    {
        if (period == 0 || !char.IsLower(text[period - 1]) || after >= end || !char.IsUpper(text[after]))
        {
            return false;
        }

        var i = after + 1;
        while (i < end && i - after <= 12 && char.IsLower(text[i]))
        {
            i++;
        }

        return i - after >= 3 && i < end && text[i] == ':';
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '(' or '[' or '\'';

    private static bool EndsWithFinalPunctuation(string text, int start, int end)
    {
        var i = end - 1;
        while (i > start && text[i] is '"' or ')' or ']' or '\'')
        {
            i--;
        }

        return text[i] is '.' or '!' or '?';
    }

    private bool EndsSentenceAtPeriod(string text, int sentenceStart, int period, int runEnd, int next, int lineEnd)
    {
        // An omission "(...)" or "[...]" inside a sentence.
        if (runEnd - period >= 2)
        {
            return period == sentenceStart || text[period - 1] is not ('(' or '[');
        }

        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1])
            && text[wordStart - 1] is not ('(' or '"' or '[' or '\'' or '/'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return true;
        }

        // An initial ("George W. Bush", "Dmytro K.") or a one-letter part of an abbreviation ("z. B.",
        // "u. a.", "auf S. 14"); a capital letter after a lower-case word and before a capitalised
        // one is a name of its own ("auf X. Zuvor …").
        if (word.Length == 1 && char.IsLetter(word[0])
            && !(char.IsUpper(word[0]) && FollowsLowerCaseWord(text, wordStart, sentenceStart) && next < lineEnd && char.IsUpper(text[next])))
        {
            return false;
        }

        if (_abbreviations.Contains(word, out var final))
        {
            return final;
        }

        // Abbreviations written with inner periods: "u.a.", "z.B.", "v.Chr.", "i.d.R."
        if (IsDottedAbbreviation(word))
        {
            return false;
        }

        // A regnal or ordinal Roman numeral: "Wilhelm II.", "Papst Benedikt XVI."
        if (word.Length >= 2 && word.Length <= 5 && IsRomanNumeral(word) && wordStart > sentenceStart)
        {
            return false;
        }

        if (word.Length is > 0 and <= 3 && AsciiDigits.All(word))
        {
            // A numbered item at the start of a sentence: "1. Die Lage".
            if (wordStart == sentenceStart)
            {
                return false;
            }

            if (_rules.Months.Contains(WordAt(text, next, lineEnd)))
            {
                return false;
            }

            // "das 17. Paket"; "der ukrainischen 47. Brigade" when a capitalized word follows.
            var before = WordBefore(text, wordStart, sentenceStart);
            if (_rules.OrdinalDeterminers.Contains(before)
                || (next < lineEnd && char.IsUpper(text[next]) && before.Length > 0 && char.IsLower(before[0]) && _rules.MakesOrdinal(before)))
            {
                return false;
            }
        }

        return true;
    }

    // Letters in groups of at most three, separated by single periods: "z.B", "u.a", "v.Chr".
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0)
        {
            return false;
        }

        var group = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (group == 0)
                {
                    return false;
                }

                group = 0;
            }
            else if (char.IsLetter(c) && ++group <= 3)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return group > 0;
    }

    /// <summary>Whether the word before position <paramref name="wordStart"/> is a lower-case word of more than one letter ("auf").</summary>
    private static bool FollowsLowerCaseWord(string text, int wordStart, int sentenceStart)
    {
        var end = wordStart;
        while (end > sentenceStart && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > sentenceStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end - start > 1 && char.IsLower(text[start]);
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    private static string WordAt(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    private static string WordBefore(string text, int wordStart, int lineStart)
    {
        var end = wordStart;
        while (end > lineStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > lineStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    private static void Add(string text, int start, int end, int paragraph, SentenceKind kind, List<Sentence> sentences)
    {
        (start, end) = Trim(text, start, end);
        if (end <= start)
        {
            return;
        }

        sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end), paragraph, kind));
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
