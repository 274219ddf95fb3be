using Claimgraph.Lexicon;
using Claimgraph.Recognizers;

namespace Claimgraph.Tests.Recognizers;

public sealed class DigitNumberTests
{
    public static TheoryData<string, string, string> Cases() => TestData.TsvCases("digits.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_digits_in_both_conventions(string token, string language, string expected)
    {
        var conventions = language == "de" ? new DigitConventions('.', ',') : new DigitConventions(',', '.');
        var ok = DigitNumber.TryParse(token, conventions, out var value);
        if (expected == "none")
        {
            Assert.False(ok);
        }
        else
        {
            Assert.True(ok);
            Assert.Equal(double.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value, 6);
        }
    }
}
