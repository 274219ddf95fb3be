using Claimgraph.Consolidation;

namespace Claimgraph.Storage.Tests.Corpus;

/// <summary>The seeds (../shared/seeds, with their manifest) through ingest, the store and consolidation. Skipped quietly where ../shared is absent.</summary>
public sealed class SeedCorpusTests
{
    private static readonly Lazy<CorpusConsolidation?> Corpus = new(() =>
        TestPaths.Seeds is { } seeds ? StoreFixture.Ingest([], [Path.Combine(seeds, "manifest.jsonl")]).Corpus : null);

    [Fact]
    public void FT_howitzer_report_has_two_documents_and_one_origin()
    {
        if (Corpus.Value is not { } corpus)
        {
            return;
        }

        var howitzers = corpus.Variable("supply", "howitzers", "KP", "RU")!;
        var report = Assert.Single(howitzers.Reports, r => r.LeadClaim.Quantity.Value == 50);
        Assert.Equal(2, report.Documents.Count);
        Assert.Contains(report.Chain, o => o.Name == "Financial Times");
        Assert.Equal("Ukrainian intelligence", report.Origin.Name);   // one origin: FT cites Ukrainian intelligence
        Assert.Equal(1, howitzers.Reports.Count(r => r.Claims.Any(c => c.Claim.Attribution.Any(s => s.Name == "Financial Times"))));
    }

    [Fact]
    public void KP_troops_in_RU_timeline_runs_from_several_thousand_to_over_10000_then_the_undated()
    {
        if (Corpus.Value is not { } corpus)
        {
            return;
        }

        var timeline = corpus.Variable("deployment", "troops", "KP", "RU")!.Timeline;
        var dated = timeline.Dated.ToList();
        var several = dated.FindIndex(e => e.Report.Claims.Any(c => c.Claim.Quote.StartsWith("mehrere tausend", StringComparison.Ordinal)));
        var over = dated.FindIndex(e => e.Report.Claims.Any(c => c.Claim.Quote.StartsWith("über 10.000", StringComparison.Ordinal)));
        Assert.True(several >= 0 && over > several, "mehrere tausend must come before über 10.000");
        Assert.Equal(new DateOnly(2024, 10, 1), new DateOnly(dated[several].Date!.Value.Year, dated[several].Date!.Value.Month, 1));
        Assert.Equal(new DateOnly(2024, 11, 17), dated[over].Date);

        var undated = timeline.Undated.SelectMany(e => e.Report.Claims).Select(c => c.Claim.Quote).ToList();
        Assert.Contains(undated, q => q.StartsWith("rund 11.000", StringComparison.Ordinal));
        Assert.Contains(undated, q => q.StartsWith("über 11.000", StringComparison.Ordinal));

        var increment = Assert.Single(timeline.Entries, e => e.Increment);
        Assert.Equal(3000, increment.Report.LeadClaim.Quantity.Value);
    }

    [Fact]
    public void No_disagreement_on_KP_troops_in_RU()
    {
        if (Corpus.Value is not { } corpus)
        {
            return;
        }

        Assert.DoesNotContain(corpus.Disagreements, d => d.Variable is { Relation: "deployment", Measure: "troops", Actor: "KP", Recipient: "RU" });
    }
}
