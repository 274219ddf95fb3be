namespace Claimgraph.Recognizers.Dates;

/// <summary>How a count of units is given.</summary>
internal enum CountKind
{
    /// <summary>A number: "zwei", "120", "2,5".</summary>
    Exact,

    /// <summary>A vague word that stands for a small number: "einigen", "ein paar".</summary>
    Vague,

    /// <summary>No count at all: a bare plural ("seit Jahren", "in den vergangenen Wochen").</summary>
    None,
}

/// <summary>A count of calendar units.</summary>
internal readonly record struct Count(double Value, CountKind Kind);
