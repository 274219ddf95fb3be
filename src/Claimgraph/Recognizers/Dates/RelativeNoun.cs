namespace Claimgraph.Recognizers.Dates;

/// <summary>A noun for a calendar unit next to the reference date's: "Vorjahr", "Vormonat".</summary>
internal sealed record RelativeNoun(DateUnit Unit, int Offset);
