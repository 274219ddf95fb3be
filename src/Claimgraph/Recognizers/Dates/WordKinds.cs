namespace Claimgraph.Recognizers.Dates;

/// <summary>The phrase tables of a <see cref="DateLexicon"/> a word starts a phrase in.</summary>
[Flags]
internal enum WordKinds
{
    None = 0,
    Deictic = 1,
    RelativeNoun = 2,
    YearNoun = 4,
    Part = 8,
    YearPoint = 16,
    Direction = 32,
    Season = 64,
    Weekday = 128,
    Month = 256,
    Unit = 512,
    Count = 1024,
    Preposition = 2048,
    Holiday = 4096,
    Now = 8192,
    WeekPart = 16384,
    UnitPhrase = 32768,
    CountQualifier = 65536,
    UntilNow = 131072,
    DecadeWord = 262144,
}
