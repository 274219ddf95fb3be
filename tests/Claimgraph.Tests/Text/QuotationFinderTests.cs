using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

public sealed class QuotationFinderTests
{
    [Fact]
    public void FindsInsideARangeOnly()
    {
        const string text = "\"A\" und \"B\" und \"C\"";
        var found = QuotationFinder.Find(text, new TextSpan(8, 11));
        Assert.Equal(new[] { new TextSpan(8, 11) }, found);
    }

    [Fact]
    public void RangeIsClamped()
    {
        Assert.Empty(QuotationFinder.Find("\"A\"", new TextSpan(-4, 1)));
        Assert.Single(QuotationFinder.Find("\"A\"", new TextSpan(0, 99)));
    }

    [Fact]
    public void OutermostDropsNestedQuotations()
    {
        const string text = "\"Er sagte \"Nein\" und \"Ja\"\" und \"Gut\"";
        var all = QuotationFinder.Find(text);
        Assert.Equal(4, all.Count);
        Assert.Equal(new[] { "\"Er sagte \"Nein\" und \"Ja\"\"", "\"Gut\"" }, QuotationFinder.Outermost(all).Select(s => s.Of(text)));
    }

    [Fact]
    public void ManyUnbalancedMarksAreLinear()
    {
        var text = string.Concat(Enumerable.Repeat(" \"a", 200_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(QuotationFinder.Find(text));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }
}
