using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Tests.Recognizers;

public sealed class QuantityRecognizerTests
{
    public static TheoryData<string> Cases => TestData.JsonCases("quantities.de.jsonl");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_german_quantity_phrases(string json)
    {
        var expected = TestData.Parse(json);
        var text = expected.GetProperty("text").GetString()!;
        var phrases = new QuantityRecognizer(TestData.German).FindAll(new TokenizedText(text, new TextSpan(0, text.Length)));
        if (expected.TryGetProperty("none", out _))
        {
            Assert.Empty(phrases);
            return;
        }

        var quantity = Assert.Single(phrases).Quantity;
        Assert.Equal(Number(expected, "value"), quantity.Value);
        Assert.Equal(Number(expected, "low"), quantity.Low);
        Assert.Equal(Number(expected, "high"), quantity.High);
        Assert.Equal(expected.GetProperty("qualifier").GetString(), quantity.Qualifier.ToName());
    }

    private static double? Number(System.Text.Json.JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == System.Text.Json.JsonValueKind.Null ? null : e.GetProperty(name).GetDouble();
}
