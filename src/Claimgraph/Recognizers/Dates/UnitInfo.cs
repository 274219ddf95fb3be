namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// A calendar unit as the lexicon describes it: how many units a plural without a number stands
/// for, and how precisely results are given with a number and without one.
/// </summary>
internal readonly record struct UnitInfo(DateUnit Unit, int Vague, DatePrecision Precision, DatePrecision VaguePrecision);

/// <summary>A word naming a unit, singular ("Woche") or plural ("Wochen").</summary>
internal readonly record struct UnitWord(UnitInfo Info, bool Plural);

/// <summary>A length of time one phrase names: "den ganzen Tag" = 1 day, "a fortnight" = 2 weeks.</summary>
internal sealed record UnitLength(UnitInfo Info, double Count);
