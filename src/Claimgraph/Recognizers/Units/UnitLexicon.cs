using Claimgraph.Lexicon;

namespace Claimgraph.Recognizers.Units;

/// <summary>
/// The unit, currency and age words of a language (units.yaml): phrases matched
/// case-insensitively against whole tokens ("km", "km/h", "m^2", "US-Dollar", "us $").
/// </summary>
public sealed class UnitLexicon
{
    internal UnitLexicon(UnitLexiconData data, string origin)
    {
        Dimensions = Phrases.Of(data.Dimensions.SelectMany(e =>
        {
            var unit = new Unit(e.Unit, Kind(e.Kind, origin));
            return e.Words.Select(w => (w, unit));
        }));
        NotNear = data.Dimensions.Where(e => e.NotNear.Count > 0)
            .ToDictionary(e => e.Unit, e => WordTable.Set(e.NotNear), StringComparer.Ordinal);
        Currencies = Phrases.Of(data.Currencies.SelectMany(e =>
        {
            var currency = new Currency(e.Unit, string.IsNullOrWhiteSpace(e.Iso) ? null : e.Iso);
            return e.Words.Select(w => (w, currency));
        }));
        Compounds = data.Compounds.ToDictionary(
            e => e.Unit,
            e => (Phrases.Of(e.Words.Select(w => (w, e.Factor))), e.Part),
            StringComparer.Ordinal);
        CompoundConnectors = WordTable.Set(data.CompoundConnectors);
        Subunits = new HashSet<string>(data.Subunits, StringComparer.OrdinalIgnoreCase);
        SubunitConnectors = WordTable.Set(data.SubunitConnectors);
        AgeUnits = Phrases.Of(data.Ages.Units.SelectMany(p =>
        {
            var unit = Enum.TryParse<AgeUnit>(p.Key, ignoreCase: true, out var u) ? u : throw new LexiconException($"{origin}: unknown age unit '{p.Key}'");
            return p.Value.Select(w => (w, unit));
        }));
        AgeAfter = Phrases.Of(data.Ages.After.Select(w => (w, true)));
        AgeBefore = Phrases.Of(data.Ages.Before.Select(w => (w, true)));
        AgeBeforeBare = WordTable.Set(data.Ages.BeforeBare);
        AgeCompact = Phrases.Of(data.Ages.Compact.Select(p =>
            (p.Key, Enum.TryParse<AgeUnit>(p.Value, ignoreCase: true, out var u) ? u : throw new LexiconException($"{origin}: unknown age unit '{p.Value}'"))));
        AgeInBrackets = data.Ages.BracketAfterName;
        CodeScales = data.CodeScales.Select(p => (p.Key, p.Value)).ToArray();
        IsoCodes = WordTable.Of(data.Currencies.Where(e => !string.IsNullOrWhiteSpace(e.Iso))
            .Select(e => new KeyValuePair<string, Currency>(e.Iso!, new Currency(e.Unit, e.Iso))));
    }

    public static UnitLexicon Empty { get; } = new(new UnitLexiconData(), "(none)");

    public Phrases<Unit> Dimensions { get; }

    /// <summary>For a unit, the words that make an amount of it another quantity when they stand near ("temperature" for degrees).</summary>
    public IReadOnlyDictionary<string, WordTable<bool>> NotNear { get; }

    public Phrases<Currency> Currencies { get; }

    /// <summary>For a unit, the words of its smaller part and how many of them make one: Foot → (in, inch, inches; 12).</summary>
    public IReadOnlyDictionary<string, (Phrases<double> Words, string Part)> Compounds { get; }

    public WordTable<bool> CompoundConnectors { get; }

    public IReadOnlySet<string> Subunits { get; }

    public WordTable<bool> SubunitConnectors { get; }

    public Phrases<AgeUnit> AgeUnits { get; }

    public Phrases<bool> AgeAfter { get; }

    public Phrases<bool> AgeBefore { get; }

    public WordTable<bool> AgeBeforeBare { get; }

    public Phrases<AgeUnit> AgeCompact { get; }

    public bool AgeInBrackets { get; }

    /// <summary>Scale letters before an ISO code ("M" in "MEUR"), case-sensitive.</summary>
    public IReadOnlyList<(string Prefix, double Factor)> CodeScales { get; }

    /// <summary>Currencies by ISO code ("EUR", "USD").</summary>
    public WordTable<Currency> IsoCodes { get; }

    private static UnitKind Kind(string kind, string origin) =>
        Enum.TryParse<UnitKind>(kind, ignoreCase: true, out var k) ? k : throw new LexiconException($"{origin}: unknown unit kind '{kind}'");
}
