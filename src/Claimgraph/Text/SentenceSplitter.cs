namespace Claimgraph.Text;

/// <summary>
/// Splits normalized text into sentences. A line break always ends a sentence (articles put
/// paragraphs, headlines and captions on lines of their own). Inside a line a sentence ends at
/// '.', '!' or '?' followed by space and a capital, a digit or an opening quote — except after an
/// abbreviation, an initial, an ordinal or date number ("am 21. Dezember"), and inside a quotation
/// that closes in the same paragraph.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly SentenceRules _rules;

    public SentenceSplitter(SentenceRules rules) => _rules = rules;

    public IReadOnlyList<Sentence> Split(string text)
    {
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

        var sentenceStart = start;
        var inQuote = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuote = IsOpeningQuote(text, i, start) ? ClosesInLine(text, i, end) : false;
                continue;
            }

            if (inQuote || c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var after = i + 1;
            while (after < end && text[after] is '.' or '!' or '?' or '"' or ')' or '\'')
            {
                after++;
            }

            if (after >= end || !char.IsWhiteSpace(text[after]))
            {
                continue;
            }

            var next = after;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !StartsSentence(text[next]) || (c == '.' && !EndsSentenceAtPeriod(text, start, i, next, end)))
            {
                continue;
            }

            Add(text, sentenceStart, after, paragraph, sentences);
            sentenceStart = next;
            i = next - 1;
            inQuote = false;
        }

        Add(text, sentenceStart, end, paragraph, sentences);
        return true;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '(' or '\'';

    private bool EndsSentenceAtPeriod(string text, int lineStart, int period, int next, int lineEnd)
    {
        var wordStart = period;
        while (wordStart > lineStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return true;
        }

        // An initial ("George W. Bush") or a one-letter abbreviation part ("z. B.").
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return false;
        }

        if (_rules.Abbreviations.Contains(word.ToString()))
        {
            return false;
        }

        // Abbreviations written with inner periods: "u.a.", "z.B.", "v.Chr."
        if (word.Length <= 6 && word.Contains('.') && word.IndexOfAny("0123456789") < 0)
        {
            return false;
        }

        if (IsAllDigits(word) && word.Length <= 3)
        {
            var nextWord = WordAt(text, next, lineEnd);
            if (_rules.Months.Contains(nextWord))
            {
                return false;
            }

            var previousWord = WordBefore(text, wordStart, lineStart);
            if (_rules.OrdinalDeterminers.Contains(previousWord))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
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

    private static bool IsOpeningQuote(string text, int i, int lineStart) =>
        i == lineStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or ':' or '-';

    private static bool ClosesInLine(string text, int open, int lineEnd)
    {
        for (var j = open + 1; j < lineEnd; j++)
        {
            if (text[j] == '"' && !IsOpeningQuote(text, j, open))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        (start, end) = Trim(text, start, end);
        if (end <= start)
        {
            return;
        }

        var last = text[end - 1];
        var kind = last is '.' or '!' or '?' or '"' or ':' or ')' or ';' ? SentenceKind.Body : SentenceKind.Line;
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
