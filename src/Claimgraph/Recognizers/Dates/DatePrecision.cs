namespace Claimgraph.Recognizers.Dates;

/// <summary>How exactly a resolved date is given.</summary>
internal enum DatePrecision
{
    Year,
    Month,
    Day,
}
