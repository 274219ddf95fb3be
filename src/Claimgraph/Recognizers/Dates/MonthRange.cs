namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// A range of months counted from an anchor year: 1..12 are that year's months, 13 and 14 the
/// following year's January and February, 0 the preceding year's December. A season, a part of
/// a year, a named point of a year.
/// </summary>
internal readonly record struct MonthRange(int First, int Last)
{
    /// <summary>The month index (year * 12 + month - 1) of the first month in the anchor year.</summary>
    public int FirstIndex(int year) => (year * 12) + First - 1;

    /// <summary>The month index of the last month in the anchor year.</summary>
    public int LastIndex(int year) => (year * 12) + Last - 1;
}
