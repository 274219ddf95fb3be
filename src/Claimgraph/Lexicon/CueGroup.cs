namespace Claimgraph.Lexicon;

/// <summary>
/// The cues whose first word ends at one node of a <see cref="CueTrie{T}"/>, in the order they were
/// listed. A group of many ("nach" opens dozens of attribution cues: "nach Angaben", "nach
/// Informationen", …) also sorts them by the first letter of their second word, so a match at a token
/// tries only the cues whose second word can match the token after it. Built once; read-only afterwards.
/// </summary>
internal sealed class CueGroup<T>
{
    // Below this many cues every cue is tried; the letter index would cost more than it saves.
    private const int IndexedFrom = 8;

    private readonly List<(Cue<T> Cue, int Order)> _cues = [];
    private (Cue<T> Cue, int Order)[] _always = [];
    private Dictionary<char, (Cue<T> Cue, int Order)[]>? _bySecondLetter;

    /// <summary>Adds a cue; <paramref name="order"/> ranks it among equally long matches (lower wins).</summary>
    public void Add(Cue<T> cue, int order)
    {
        _cues.Add((cue, order));
        if (_cues.Count < IndexedFrom)
        {
            _always = [.. _cues];
            return;
        }

        // A cue of one word, or one whose second word is the wildcard, may match whatever follows.
        _always = [.. _cues.Where(c => SecondLetter(c.Cue) is null)];
        _bySecondLetter = _cues.Where(c => SecondLetter(c.Cue) is not null)
            .GroupBy(c => SecondLetter(c.Cue)!.Value)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The cues to try whatever the next word is (all of them in a small group).</summary>
    public ReadOnlySpan<(Cue<T> Cue, int Order)> Always => _always;

    /// <summary>The cues, beyond <see cref="Always"/>, whose second word starts with the next word's first letter.</summary>
    public ReadOnlySpan<(Cue<T> Cue, int Order)> WithSecondWordAt(string nextWord) =>
        _bySecondLetter is { } index && nextWord.Length > 0 && index.TryGetValue(nextWord[0], out var cues) ? cues : [];

    private static char? SecondLetter(Cue<T> cue) =>
        cue.Words.Length > 1 && !cue.Words[1].Any && cue.Words[1].Text.Length > 0 ? cue.Words[1].Text[0] : null;
}
