namespace Claimgraph.Recognizers.Dates;

/// <summary>
/// "Anfang", "Mitte", "Ende": the months of a year and the days of a month the word means, and
/// optionally the days of a week (ISO, 0 when the part names none). A last day past the end of a
/// month stands for the month's last day.
/// </summary>
internal sealed record DatePart(MonthRange Months, int FirstDay, int LastDay, int FirstWeekday = 0, int LastWeekday = 0);
