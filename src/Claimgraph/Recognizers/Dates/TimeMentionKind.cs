namespace Claimgraph.Recognizers.Dates;

/// <summary>What a <see cref="TimeMention"/> names.</summary>
public enum TimeMentionKind
{
    /// <summary>A day or a month: "21. Dezember 2024", "im November", "am Samstag", "vor zwei Wochen".</summary>
    Date,

    /// <summary>A stretch between two points: "im Januar und Februar", "im Frühjahr", "seit Jahresbeginn".</summary>
    Period,

    /// <summary>A length of time: "seit drei Jahren", "120 Tage", "zweieinhalb Jahre".</summary>
    Duration,

    /// <summary>A time of day: "08:39 Uhr", "04:15".</summary>
    Time,

    /// <summary>A whole year: "im Jahr 2024", "2025", "im Vorjahr".</summary>
    Year,

    /// <summary>The moment of speaking: "jetzt", "right now", "at the moment". Not a date a claim is about.</summary>
    Now,
}
