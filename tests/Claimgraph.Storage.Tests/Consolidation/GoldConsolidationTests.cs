using Claimgraph.Consolidation;

namespace Claimgraph.Storage.Tests.Consolidation;

/// <summary>Consolidation of the samples' gold claims: the echo chain and the disagreement the samples were written for.</summary>
public sealed class GoldConsolidationTests
{
    private static readonly Lazy<CorpusConsolidation> Corpus = new(() => new Consolidator(TestPaths.Origins).Consolidate(GoldClaims.Samples()));

    [Fact]
    public void UK_MoD_November_casualties_are_one_report_echoed_by_three_outlets()
    {
        var variable = Corpus.Value.Variable("losses", "casualties", "RU", null)!;
        var report = Assert.Single(variable.Reports, r => r.LeadClaim.Quantity.Value == 45000 && r.Origin.Name == "UK Ministry of Defence");
        Assert.Equal(["n-tv.de", "spiegel.de", "zdf.de"], report.Outlets);
        Assert.Equal(3, report.Documents.Count);
    }

    [Fact]
    public void Ukrainian_General_Staff_figure_is_an_independent_origin_of_the_same_estimate()
    {
        var variable = Corpus.Value.Variable("losses", "casualties", "RU", null)!;
        var general = Assert.Single(variable.Reports, r => r.Claims.Any(c => c.Claim.Quantity.Value == 45720));
        Assert.NotEqual("UK Ministry of Defence", general.Origin.Name);
    }

    [Fact]
    public void NIS_and_HUR_disagree_on_North_Korean_troops_in_December()
    {
        var disagreement = Assert.Single(Corpus.Value.Disagreements, d =>
            d.Variable is { Relation: "deployment", Measure: "troops", Actor: "KP", Recipient: "RU" }
            && d.Low.Origin.Name == "Ukrainian military intelligence (HUR)"
            && d.High.Origin.Name == "South Korean National Intelligence Service"
            && d.Low.Window is { Start: { Year: 2024, Month: 12 } });
        Assert.Contains("fr.de", disagreement.Low.Outlets);
        Assert.Contains("zeit.de", disagreement.High.Outlets);
    }

    // de-10 repeats December's "rund 12.000", adds "weitere 3.000" and gives "etwa 15.000" on the same day: an
    // update. Increments reported a year later (de-80, de-84) do not explain the NIS/HUR gap of December above.
    [Fact]
    public void An_increment_reported_between_two_totals_makes_them_an_update()
    {
        Assert.DoesNotContain(Corpus.Value.Disagreements, d =>
            d.Variable is { Relation: "deployment", Measure: "troops", Actor: "KP", Recipient: "RU" }
            && d.Low.LeadClaim.Quantity.Value == 12000 && d.High.LeadClaim.Quantity.Value == 15000);
    }

    [Fact]
    public void Echoes_of_London_running_total_do_not_disagree()
    {
        Assert.DoesNotContain(Corpus.Value.Disagreements, d =>
            d.Variable.Measure == "casualties" && d.Variable.Actor == "RU" && d.Low.Origin.Name == "UK Ministry of Defence" && d.High.Origin.Name == "UK Ministry of Defence");
    }
}
