namespace Claimgraph.Lexicon;

/// <summary>A cue set as a member of a <see cref="CueStartIndex"/>.</summary>
internal interface ICueStarts
{
    /// <summary>Whether some cue's first word matches this lower-case word.</summary>
    bool StartsWith(string lowerWord);

    /// <summary>Called once by the index: the set's bit in the index's masks.</summary>
    void JoinIndex(CueStartIndex index, ulong bit);
}
