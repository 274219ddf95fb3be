namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// "Anfang", "Mitte", "Ende": the months of a year and the days of a month the word means.
/// A last day past the end of a month stands for the month's last day.
/// </summary>
internal sealed record DatePart(MonthRange Months, int FirstDay, int LastDay);
