namespace Claimgraph.Storage.Tests.Consolidation;

public sealed class OriginNormalizerTests
{
    [Theory]
    [InlineData("des ukrainischen Geheimdienstes", "Ukrainian intelligence")]
    [InlineData("ukrainischer Geheimdienst", "Ukrainian intelligence")]
    [InlineData("dem ukrainischen Geheimdienst", "ukrainian Intelligence")]
    [InlineData("FT", "Financial Times")]
    [InlineData("der Financial Times", "Financial Times")]
    [InlineData("Russland", "Russia")]
    [InlineData("des britischen Verteidigungsministeriums", "UK Ministry of Defence")]
    [InlineData("South Korean intelligence", "South Korean National Intelligence Service")]
    [InlineData("NIS", "South Korean National Intelligence Service")]
    [InlineData("HUR", "Ukrainian military intelligence (HUR)")]
    [InlineData("ukrainischen Militärexperten", "ukrainische Militärexperte")]
    [InlineData("des Kyiv Independent", "Kyiv Independent")]
    public void Names_of_one_origin_meet(string a, string b) =>
        Assert.Equal(TestPaths.Origins.Normalize(b).Key, TestPaths.Origins.Normalize(a).Key);

    [Theory]
    [InlineData("Ukrainian intelligence", "Ukrainian military intelligence (HUR)")]
    [InlineData("Ukrainian intelligence", "South Korean intelligence")]
    [InlineData("Financial Times", "New York Times")]
    [InlineData("Russia", "Ukraine")]
    public void Different_origins_stay_apart(string a, string b) =>
        Assert.NotEqual(TestPaths.Origins.Normalize(b).Key, TestPaths.Origins.Normalize(a).Key);

    [Fact]
    public void German_name_is_shown_in_its_canonical_English_form() =>
        Assert.Equal("Ukrainian intelligence", TestPaths.Origins.Normalize("des ukrainischen Geheimdienstes").Name);
}
