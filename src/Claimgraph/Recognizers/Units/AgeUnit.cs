namespace Claimgraph.Recognizers.Units;

/// <summary>The unit an age is given in.</summary>
public enum AgeUnit
{
    Year,
    Month,
    Week,
    Day,
}
