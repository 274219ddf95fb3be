using Claimgraph.Consolidation;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers;

namespace Claimgraph.Storage.Tests.Consolidation;

public sealed class NumberIntervalTests
{
    [Theory]
    [InlineData(50, Qualifier.Exact, 50, Qualifier.Almost, true)]       // "50" and "knapp 50"
    [InlineData(1000, Qualifier.Several, 10000, Qualifier.Over, true)]  // "Tausende" and "über 10.000"
    [InlineData(12000, Qualifier.About, 4000, Qualifier.UpTo, false)]   // NIS "rund 12.000" and HUR "höchstens 4.000"
    [InlineData(11000, Qualifier.About, 11000, Qualifier.Over, true)]
    [InlineData(45000, Qualifier.About, 45720, Qualifier.Exact, true)]
    [InlineData(45000, Qualifier.About, 700000, Qualifier.Exact, false)]
    public void Fits_within_the_disagreement_tolerance(double a, Qualifier qa, double b, Qualifier qb, bool fits)
    {
        var x = NumberInterval.Of(Quantity.Of(a, qa))!.Value;
        var y = NumberInterval.Of(Quantity.Of(b, qb))!.Value;
        Assert.Equal(fits, x.Fits(y, ConsolidationOptions.Default.DisagreementTolerance));
        Assert.Equal(fits, y.Fits(x, ConsolidationOptions.Default.DisagreementTolerance));
    }

    [Fact]
    public void An_increment_explains_a_higher_total() =>
        Assert.True(NumberInterval.Of(Quantity.Of(11000, Qualifier.About))!.Value
            .Plus(NumberInterval.Of(Quantity.Of(3000, Qualifier.Exact))!.Value)
            .Fits(NumberInterval.Of(Quantity.Of(15000, Qualifier.About))!.Value, 0));

    [Fact]
    public void A_range_without_bounds_has_no_interval() =>
        Assert.Null(NumberInterval.Of(new Quantity(null, null, null, Qualifier.Range)));
}
