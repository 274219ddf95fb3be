using Claimgraph.Recognizers.Dates;

namespace Claimgraph.Tests.Recognizers.Dates;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData(2024, null, null, "2024")]
    [InlineData(2024, 10, null, "2024-10")]
    [InlineData(2024, 10, 5, "2024-10-05")]
    [InlineData(987, 1, 2, "0987-01-02")]
    public void Writes_iso(int year, int? month, int? day, string expected)
    {
        var date = new PartialDate(year, month, day);

        Assert.Equal(expected, date.ToString());
        Assert.True(PartialDate.TryParse(expected, out var parsed));
        Assert.Equal(date, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("2024/10/05")]
    [InlineData("2024-1-05")]
    public void Rejects_what_is_not_iso(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }
}
