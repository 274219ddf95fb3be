using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Numbers;
using Claimgraph.Recognizers.Units;

namespace Claimgraph.Tests.Recognizers.Specs;

internal sealed partial class SpecModels
{
    private DimensionRecognizer _dimensions = null!;
    private CurrencyRecognizer _currencies = null!;
    private AgeRecognizer _ages = null!;

    private void InitUnits(LanguagePack pack)
    {
        _dimensions = new DimensionRecognizer(pack);
        _currencies = new CurrencyRecognizer(pack);
        _ages = new AgeRecognizer(pack);
        InitDates(pack);
    }

    private void RunUnitsOrDates(string model, NumberScan scan, DateTime? reference, List<SpecResult> results)
    {
        switch (model)
        {
            case "dimension":
                results.AddRange(_dimensions.FindAll(scan).Select(u => new SpecResult(u.Span.Start, u.Span.End - 1, "dimension", u.Value, null, u.Unit.Name)));
                break;
            case "currency":
                results.AddRange(_currencies.FindAll(scan).Select(m => new SpecResult(m.Span.Start, m.Span.End - 1, "currency", m.Value, null, m.Currency.Name)));
                break;
            case "age":
                results.AddRange(_ages.FindAll(scan).Select(a => new SpecResult(a.Span.Start, a.Span.End - 1, "age", a.Value, null, a.Unit.ToString())));
                break;
            case "datetime":
                RunDates(scan.Text, reference, results);
                break;
        }
    }
}
