using Claimgraph.Formats.Language;

namespace Claimgraph.Formats.Tests.Language;

public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Default;

    [Theory]
    [InlineData("de", "Nach Angaben des Ministeriums sind seit dem Beginn des Jahres mehr als 2.000 Soldaten an die Front verlegt worden, hieß es am Montag.")]
    [InlineData("en", "According to the ministry, more than 2,000 soldiers have been moved to the front since the start of the year, officials said on Monday.")]
    [InlineData("other", "Selon le ministère, plus de 2 000 soldats ont été envoyés au front depuis le début de l'année, a-t-on appris lundi de source officielle.")]
    [InlineData("other", "Según el ministerio, más de 2.000 soldados fueron enviados al frente desde el comienzo del año, dijeron las autoridades el lunes por la tarde.")]
    public void Tells_german_english_and_the_rest(string expected, string text) => Assert.Equal(expected, Detector.Detect(text).Code);

    [Fact]
    public void A_text_too_short_to_tell_has_no_language() => Assert.Null(Detector.Detect("Kiew: 1.200 Soldaten.").Code);

    [Fact]
    public void Languages_come_from_the_word_list_files() => Assert.Equal(["de", "en"], Detector.Languages);

    [Fact]
    public void A_word_in_two_lists_counts_for_neither()
    {
        var detector = new LanguageDetector(new Dictionary<string, IEnumerable<string>> { ["aa"] = ["x", "y", "z"], ["bb"] = ["x", "w"] });
        Assert.Equal("aa", detector.Detect("x y z y z x x").Code);
        Assert.Null(detector.Detect("x x x x").Code);
    }
}
