namespace Claimgraph.Recognizers.Units;

/// <summary>The units.yaml of a language pack, as written.</summary>
internal sealed class UnitLexiconData
{
    public List<UnitEntry> Dimensions { get; set; } = [];

    public List<CurrencyEntry> Currencies { get; set; } = [];

    /// <summary>A unit and a smaller one after it that count as its fraction: "5 ft 2 in", "5 feet and 2 inches".</summary>
    public List<CompoundEntry> Compounds { get; set; } = [];

    /// <summary>Words that join a unit and its smaller part: "and".</summary>
    public List<string> CompoundConnectors { get; set; } = [];

    /// <summary>Currencies that are the hundredth of another ("Cent"): "15 Dollar und 15 Cent".</summary>
    public List<string> Subunits { get; set; } = [];

    /// <summary>Words that join an amount and its subunit: "und", "and".</summary>
    public List<string> SubunitConnectors { get; set; } = [];

    /// <summary>Scale letters before an ISO code: "MEUR" = million euros.</summary>
    public Dictionary<string, double> CodeScales { get; set; } = [];

    public AgeEntry Ages { get; set; } = new();

    public sealed class UnitEntry
    {
        public string Unit { get; set; } = "";

        public string Kind { get; set; } = "";

        public List<string> Words { get; set; } = [];

        /// <summary>Words that make it another quantity when they stand near: "the temperature is 24 degrees" is no angle.</summary>
        public List<string> NotNear { get; set; } = [];
    }

    public sealed class CompoundEntry
    {
        public string Unit { get; set; } = "";

        public string Part { get; set; } = "";

        public double Factor { get; set; }

        public List<string> Words { get; set; } = [];
    }

    public sealed class CurrencyEntry
    {
        public string Unit { get; set; } = "";

        public string? Iso { get; set; }

        public List<string> Words { get; set; } = [];
    }

    public sealed class AgeEntry
    {
        public Dictionary<string, List<string>> Units { get; set; } = [];

        /// <summary>After the unit: "alt", "old", "of age".</summary>
        public List<string> After { get; set; } = [];

        /// <summary>Before the number: "im Alter von", "at the age of", "aged".</summary>
        public List<string> Before { get; set; } = [];

        /// <summary>Words right before a number that make it an age in years without a unit: "aged 46", "age 87".</summary>
        public List<string> BeforeBare { get; set; } = [];

        /// <summary>A number and unit in one word after the number: "87 yo".</summary>
        public Dictionary<string, string> Compact { get; set; } = [];

        /// <summary>Whether a number alone in brackets after a name is an age: "Selenskyj (46)".</summary>
        public bool BracketAfterName { get; set; }
    }
}
