using Claimgraph.Formats.Html;

namespace Claimgraph.Formats.Tests.Html;

public sealed class ArticleMetadataReaderTests
{
    [Theory]
    [InlineData("2024-11-18T09:30:00+01:00", "2024-11-18T08:30:00Z")]
    [InlineData("Tue, 19 Nov 2024 07:15:00 +0100", "2024-11-19T06:15:00Z")]
    [InlineData("Tue, 19 Nov 2024 07:15:00 EST", "2024-11-19T12:15:00Z")]
    [InlineData("Mon, 18 Nov 2024 18:00:00 GMT", "2024-11-18T18:00:00Z")]
    [InlineData("11.12.2024", "2024-12-11T00:00:00Z")]
    [InlineData("18.11.2024, 09:30 Uhr", "2024-11-18T09:30:00Z")]
    [InlineData("20191115T140000Z", "2019-11-15T14:00:00Z")]
    public void Dates_of_pages_and_feeds_are_read_in_their_many_forms(string text, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), ArticleMetadataReader.ParseDate(text));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("32.13.2024")]
    public void What_is_no_date_gives_none(string text) => Assert.Null(ArticleMetadataReader.ParseDate(text));
}
