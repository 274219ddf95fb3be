using Claimgraph.Consolidation;

namespace Claimgraph.Storage.Tests.Corpus;

/// <summary>Our samples (samples/de, metadata from its manifest.jsonl) through ingest of the folder, the store and consolidation.</summary>
public sealed class SampleCorpusTests
{
    private static readonly Lazy<CorpusConsolidation> Corpus = new(() => StoreFixture.Ingest([TestPaths.Samples], []).Corpus);

    [Fact]
    public void NIS_12000_and_HUR_4000_disagree()
    {
        var disagreement = Assert.Single(Corpus.Value.Disagreements, d =>
            d.Variable is { Relation: "deployment", Measure: "troops", Actor: "KP", Recipient: "RU" }
            && d.Low.Origin.Name == "Ukrainian military intelligence (HUR)"
            && d.High.Origin.Name == "South Korean National Intelligence Service"
            // Sample 68's "3.000 Bauarbeiter und Minenräumer" (HUR, spring 2025) is a part, compared with totals as one.
            && d.Low.Window is { Start.Year: 2024 });
        Assert.Equal(["fr.de"], disagreement.Low.Outlets);
        Assert.Contains("zeit.de", disagreement.High.Outlets);
    }

    // The extractor does not yet carry n-tv's attribution from the next sentence (BBC → UK MoD, de-05),
    // so with extracted claims London's November figure is one report of spiegel.de and zdf.de, and
    // n-tv's is its own (GoldConsolidationTests checks all three given the right attribution).
    [Fact]
    public void UK_MoD_November_casualties_are_one_report_of_spiegel_and_zdf()
    {
        var variable = Corpus.Value.Variable("losses", "casualties", "RU", null)!;
        var report = Assert.Single(variable.Reports, r => r.Origin.Name == "UK Ministry of Defence" && r.LeadClaim.Quantity.Value == 45000);
        Assert.Contains("spiegel.de", report.Outlets);
        Assert.Contains("zdf.de", report.Outlets);
        Assert.Equal(new DateOnly(2024, 11, 1), report.Window!.Start);
    }

    [Fact]
    public void Undated_documents_are_kept_as_undated()
    {
        var undated = Corpus.Value.Reports.Where(r => r.Undated).SelectMany(r => r.Claims).Select(c => c.Document.Name).ToHashSet();
        Assert.Contains("de-11-kn23-raketen-analyse.txt", undated);
        Assert.Contains("de-13-spezialkraefte-nordkoreaner.txt", undated);
    }
}
