namespace Claimgraph.Recognizers.Dates;

/// <summary>What a word that opens a time expression does to it.</summary>
internal enum LeadRole
{
    /// <summary>Only belongs to the span: "im November", "am Samstag", "bis 2025".</summary>
    At,

    /// <summary>From the point named until the reference date: "seit Februar 2022".</summary>
    Since,

    /// <summary>With a count, that long before the reference date: "vor zwei Wochen".</summary>
    Ago,

    /// <summary>With a count, a length of time: "für drei Monate", "binnen 24 Stunden".</summary>
    Duration,

    /// <summary>Opens a period that a second point closes: "zwischen Oktober und Dezember".</summary>
    Range,

    /// <summary>Bounds an open stretch before the point: "bis März 2008", "before 2000", "by the end of this month".</summary>
    Before,

    /// <summary>Bounds an open stretch after the point: "ab Ende 1989", "after Feb 2018", "starting January 7th".</summary>
    After,

    /// <summary>With a count, that long after the reference date: "in drei Wochen", "three days from now"; otherwise like <see cref="At"/>.</summary>
    Later,
}
