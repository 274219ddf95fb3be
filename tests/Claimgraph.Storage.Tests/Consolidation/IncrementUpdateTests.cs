using Claimgraph.Consolidation;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Storage.Tests.Consolidation;

/// <summary>
/// An increment reconciles two totals only when it was reported between them: 11.000, then "3.000 weitere",
/// then 14.000 is an update; two estimates of one week are not reconciled by "5.000 more" a year later.
/// </summary>
public sealed class IncrementUpdateTests
{
    [Theory]
    [InlineData("2024-12-10", true)]   // between the two totals: an update
    [InlineData("2025-12-11", false)]  // a year after both: the totals still disagree
    [InlineData("2024-06-01", false)]  // half a year before both
    public void An_increment_explains_a_gap_only_when_reported_between_the_totals(string incrementDate, bool explained)
    {
        var claims = new[]
        {
            Record("low", 8000, "2024-12-01", "Source A", increment: false),
            Record("increment", 5000, incrementDate, "Source A", increment: true),
            Record("high", 13000, "2024-12-12", "Source B", increment: false),
        };

        var disagreements = new Consolidator(TestPaths.Origins).Consolidate(claims).Disagreements;

        Assert.Equal(explained, !disagreements.Any(d => d.Variable.Measure == "troops"));
    }

    private static ClaimRecord Record(string name, double value, string published, string source, bool increment)
    {
        var claim = new Claim(
            name,
            new TextSpan(0, 0),
            $"{value} Soldaten",
            $"{value} Soldaten",
            "deployment",
            "troops",
            new Quantity(value, null, null, Qualifier.Exact),
            null,
            "KP",
            "RU",
            null,
            null,
            null,
            [new Source(source, "government")],
            false,
            increment);
        return new ClaimRecord(claim, new ClaimDocument(name, name, $"{name}.example", DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
