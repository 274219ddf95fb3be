namespace Claimgraph.Lexicon;

/// <summary>Where the source phrase stands relative to an attribution cue.</summary>
public enum AttributionCueKind
{
    /// <summary>The source follows: "laut X", "nach Angaben X".</summary>
    Preposition,

    /// <summary>The source precedes: "X zufolge".</summary>
    Postposition,

    /// <summary>The source follows and is cited by the source before it: "unter Berufung auf X".</summary>
    Chain,

    /// <summary>A speech verb; the source is its subject, before or after it.</summary>
    SpeechVerb,
}
