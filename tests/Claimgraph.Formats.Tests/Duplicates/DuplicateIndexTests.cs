using Claimgraph.Formats.Duplicates;

namespace Claimgraph.Formats.Tests.Duplicates;

public sealed class DuplicateIndexTests
{
    private static readonly string[] Paragraphs =
    [
        "The defence ministry said on Tuesday that 40 more armoured vehicles had been delivered to the eastern front in the past two weeks.",
        "Officials in the capital declined to say where the vehicles had been built, but analysts pointed to a factory in the north of the country.",
        "The shipment follows an agreement signed in the spring, under which the government promised to supply at least 200 vehicles by the end of the year.",
        "Opposition politicians criticised the deal, arguing that the money would have been better spent on air defence systems for the cities.",
        "A spokesman for the armed forces said the vehicles would be used to replace losses suffered during the autumn offensive.",
        "Independent observers estimate that the army lost around 300 vehicles of this type since the beginning of the war, though figures vary widely.",
        "The ministry plans to publish a full report on deliveries and losses early next year, a senior official told reporters in a briefing.",
        "Neighbouring countries have been asked to speed up their own shipments, and several are expected to announce new packages next month.",
    ];

    private static string Article(params int[] order) => string.Join("\n\n", order.Select(i => Paragraphs[i]));

    [Fact]
    public void The_same_text_with_other_spacing_case_and_punctuation_is_an_exact_duplicate()
    {
        var index = new DuplicateIndex();
        Assert.Null(index.Add("wire", Article(0, 1, 2, 3, 4, 5, 6, 7)));
        var match = index.Add("reprint", Article(0, 1, 2, 3, 4, 5, 6, 7).ToUpperInvariant().Replace("\n\n", "  ", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal));
        Assert.Equal(new DuplicateMatch("wire", DuplicateKind.Exact, 1), match);
    }

    [Fact]
    public void A_syndicated_copy_with_a_new_headline_and_a_dropped_paragraph_is_a_near_duplicate()
    {
        var index = new DuplicateIndex();
        index.Add("wire", Article(0, 1, 2, 3, 4, 5, 6, 7));
        var match = index.Add("partner", "Army gets more vehicles\n\n" + Article(0, 1, 2, 3, 4, 5, 6));
        Assert.NotNull(match);
        Assert.Equal(("wire", DuplicateKind.Near), (match.OriginalId, match.Kind));
        Assert.InRange(match.Similarity, DuplicateIndex.DefaultNearThreshold, 1);
    }

    [Fact]
    public void A_different_article_on_the_same_topic_is_new()
    {
        var index = new DuplicateIndex();
        index.Add("first", Article(0, 1, 2, 3));
        Assert.Null(index.Add("second", Article(4, 5, 6, 7)));
        Assert.Null(index.Add("mixed", Article(0, 1, 4, 5)));
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void Short_texts_are_only_matched_exactly()
    {
        var index = new DuplicateIndex();
        index.Add("a", "Kiew meldet 1.200 getötete Soldaten.");
        Assert.Null(index.Add("b", "Kiew meldet 1.300 getötete Soldaten."));
        Assert.Equal(DuplicateKind.Exact, index.Add("c", "Kiew meldet 1.200 getötete Soldaten!")?.Kind);
    }
}
