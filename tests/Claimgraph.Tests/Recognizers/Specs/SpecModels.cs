using System.Globalization;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Numbers;

namespace Claimgraph.Tests.Recognizers.Specs;

/// <summary>
/// Runs our recognizers on a case and maps their typed results to the suite's form for one
/// model (the file name says which): NumberModel → cardinals, OrdinalModel → ordinals and
/// relative ordinals, PercentModel → percentages, NumberRangeModel → ranges, AgeModel,
/// CurrencyModel, DimensionModel → the unit recognizers, DateTimeModel → the date recognizer.
/// </summary>
internal sealed partial class SpecModels
{
    private readonly NumberRecognizer _numbers;
    private readonly NumberRecognizer _numbersPercentMode;
    private readonly PercentageRecognizer _percentages;
    private readonly PercentageRecognizer _percentagesPercentMode;
    private readonly NumberRangeRecognizer _ranges;
    private readonly RelativeOrdinalRecognizer _relative;
    private readonly Claimgraph.Recognizers.QuantityRecognizer _quantities;

    public SpecModels(LanguagePack pack)
    {
        Pack = pack;
        _numbers = new NumberRecognizer(pack);
        _numbersPercentMode = new NumberRecognizer(pack, new NumberOptions { KeepProportionsApart = true });

        // The suite's percentage model also reports a percent word without an amount; its percent mode reads proportions.
        _percentages = new PercentageRecognizer(pack, new PercentageOptions { WithoutAmount = true });
        _percentagesPercentMode = new PercentageRecognizer(pack, new PercentageOptions { WithoutAmount = true, Proportions = true });
        _ranges = new NumberRangeRecognizer(pack);
        _relative = new RelativeOrdinalRecognizer(pack);
        _quantities = new Claimgraph.Recognizers.QuantityRecognizer(pack);
        InitUnits(pack);
    }

    public LanguagePack Pack { get; }

    /// <summary>The model a spec file tests, from its name, or null when we do not run it.</summary>
    public static string? ModelOf(string fileName) => fileName switch
    {
        _ when fileName.StartsWith("NumberRangeModel", StringComparison.Ordinal) => "range",
        _ when fileName.StartsWith("NumberModel", StringComparison.Ordinal) => "number",
        _ when fileName.StartsWith("OrdinalModelSuppressExtendedTypes", StringComparison.Ordinal) => "ordinal-plain",
        _ when fileName.StartsWith("OrdinalModel", StringComparison.Ordinal) => "ordinal",
        _ when fileName.StartsWith("PercentModel", StringComparison.Ordinal) => "percent",
        _ when fileName.StartsWith("AgeModel", StringComparison.Ordinal) => "age",
        _ when fileName.StartsWith("CurrencyModel", StringComparison.Ordinal) => "currency",
        _ when fileName.StartsWith("DimensionModel", StringComparison.Ordinal) => "dimension",
        "DateTimeModel.json" => "datetime",
        _ when fileName.StartsWith("QuantityModel", StringComparison.Ordinal) => "quantity",
        _ => null,
    };

    public List<SpecResult> Run(string model, string input, DateTime? reference, bool experimental = false, bool percentMode = false)
    {
        // The suite's default mode writes a range between two ends as [low,high); its experimental mode as [low,high].
        var closedBetween = experimental;
        var scan = (percentMode ? _numbersPercentMode : _numbers).Scan(input);
        var results = new List<SpecResult>();
        switch (model)
        {
            case "number":
                foreach (var n in scan.Numbers.Where(n => n.Kind == NumberKind.Cardinal))
                {
                    results.Add(new SpecResult(n.Span.Start, n.Span.End - 1, "number", n.Value, null, null));
                }

                break;
            case "ordinal":
            case "ordinal-plain":
                var relative = _relative.FindAll(scan);

                // One answer per stretch of text, as the suite's ordinal model gives: "second to last" is relative, not "second".
                foreach (var n in scan.Numbers.Where(n => n.Kind == NumberKind.Ordinal && !relative.Any(r => r.Span.Overlaps(n.Span))))
                {
                    results.Add(new SpecResult(n.Span.Start, n.Span.End - 1, "ordinal", n.Value, null, null));
                }

                if (model == "ordinal")
                {
                    foreach (var r in relative)
                    {
                        var meaning = (r.Anchor == OrdinalAnchor.End ? "end" : "current") + (r.Offset < 0 ? "-" : "+") + Math.Abs(r.Offset).ToString(CultureInfo.InvariantCulture);
                        results.Add(new SpecResult(r.Span.Start, r.Span.End - 1, "ordinal.relative", null, meaning, null));
                    }
                }

                break;
            case "percent":
                foreach (var p in (percentMode ? _percentagesPercentMode : _percentages).FindAll(scan))
                {
                    results.Add(new SpecResult(p.Span.Start, p.Span.End - 1, "percentage", p.Value, null, null));
                }

                break;
            case "range":
                foreach (var r in _ranges.FindAll(scan))
                {
                    results.Add(new SpecResult(r.Span.Start, r.Span.End - 1, "numberrange", null, Interval(r, closedBetween), null));
                }

                break;
            case "quantity":
                var tokens = new Claimgraph.Text.TokenizedText(input, new Claimgraph.Text.TextSpan(0, input.Length));
                foreach (var phrase in _quantities.FindAll(tokens))
                {
                    var span = tokens.SpanOf(phrase.First, phrase.Last);
                    var q = phrase.Quantity;
                    var text = $"{q.Qualifier.ToName()};{Round(q.Low)};{Round(q.High)}";
                    results.Add(new SpecResult(span.Start, span.End - 1, "quantity", q.Value, text, null));
                }

                break;
            default:
                RunUnitsOrDates(model, scan, reference, results);
                break;
        }

        results.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return results;
    }

    private static string Interval(NumberRange r, bool closedBetween) =>
        (r.LowInclusive ? "[" : "(") + Format(r.Low) + "," + Format(r.High)
        + (r.HighInclusive && (closedBetween || r.Shape != RangeShape.Between) ? "]" : ")");

    private static string Round(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Format(double? value) => value?.ToString("0.###############", CultureInfo.InvariantCulture) ?? "";
}
