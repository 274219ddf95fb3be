namespace Claimgraph.Recognizers.Numbers;

/// <summary>How a range is written.</summary>
public enum RangeShape
{
    /// <summary>Two ends joined: "zwischen 10 und 12", "25-30", "from 10 to 12". Both ends belong to it.</summary>
    Between,

    /// <summary>Bounds: "weniger als 5", "at least 30", "more than 10 and less than 20", "500 or more".</summary>
    Bounded,
}
