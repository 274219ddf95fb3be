using System.Text.Json;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;

namespace Claimgraph.Tests.Extraction;

public sealed class ClaimExtractorTests
{
    public static TheoryData<string> Cases => TestData.JsonCases("claims.de.jsonl");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_the_expected_claims(string json)
    {
        var expected = TestData.Parse(json);
        var text = expected.GetProperty("text").GetString()!;
        var claims = TestData.ClaimsOf(text);
        var wanted = expected.GetProperty("claims").EnumerateArray().ToList();
        var matched = wanted.Select(w => claims.FirstOrDefault(c => c.Measure == w.GetProperty("measure").GetString() && SameNumber(c, w))).ToList();
        for (var i = 0; i < wanted.Count; i++)
        {
            var claim = matched[i];
            Assert.True(claim is not null, $"missing claim {wanted[i]} in: {text}\nfound: {string.Join("; ", claims.Select(Describe))}");
            Check(wanted[i], claim!);
        }

        var extra = claims.Where(c => !matched.Contains(c)).Select(Describe).ToList();
        Assert.True(extra.Count == 0, $"unexpected claims in: {text}\n{string.Join("\n", extra)}");
    }

    private static bool SameNumber(Claim claim, JsonElement wanted) =>
        wanted.TryGetProperty("value", out var value)
            ? claim.Quantity.Value == value.GetDouble()
            : claim.Quantity.Low == wanted.GetProperty("low").GetDouble() && claim.Quantity.High == wanted.GetProperty("high").GetDouble();

    private static void Check(JsonElement wanted, Claim claim)
    {
        foreach (var field in wanted.EnumerateObject())
        {
            var actual = field.Name switch
            {
                "measure" => claim.Measure,
                "value" => Num(claim.Quantity.Value),
                "low" => Num(claim.Quantity.Low),
                "high" => Num(claim.Quantity.High),
                "qualifier" => claim.Quantity.Qualifier.ToName(),
                "relation" => claim.Relation,
                "unit" => claim.Unit,
                "actor" => claim.Actor,
                "recipient" => claim.Recipient,
                "system" => claim.System,
                "origin" => claim.Attribution.LastOrDefault()?.Name,
                "hedged" => claim.Hedged ? "true" : "false",
                "time_start" => claim.Time?.Start,
                "time_end" => claim.Time?.End,
                "increment" => claim.Increment is null ? null : claim.Increment.Value ? "true" : "false",
                _ => throw new InvalidOperationException($"unknown field {field.Name}"),
            };
            var expectedValue = field.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => Num(field.Value.GetDouble()),
                _ => field.Value.GetString(),
            };
            Assert.True(expectedValue == actual, $"{field.Name}: expected {expectedValue ?? "null"}, got {actual ?? "null"} for «{claim.Quote}» in «{claim.Sentence}»");
        }
    }

    private static string? Num(double? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(Claim c) =>
        $"{c.Relation} {c.Measure} {c.Quantity} actor={c.Actor} recipient={c.Recipient} origin={c.Attribution.LastOrDefault()?.Name} «{c.Quote}»";
}
