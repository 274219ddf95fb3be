namespace Claimgraph.Lexicon;

/// <summary>A cue phrase of one or more words, with the value it stands for (a relation, a measure, ...).</summary>
public sealed record Cue<T>(CueWord[] Words, T Value, string Text)
{
    public static Cue<T> Parse(string phrase, T value)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(CueWord.Parse)
            .ToArray();
        if (words.Length == 0)
        {
            throw new LexiconException($"empty cue for {value}");
        }

        if (words[0].Any)
        {
            throw new LexiconException($"cue '{phrase}' begins with the wildcard *");
        }

        return new Cue<T>(words, value, phrase);
    }
}
