using System.Text.Json;

namespace Claimgraph.Tests.Extraction;

/// <summary>
/// The matching rules of ../shared/tools/score-claims, in C#, so the test suite needs no Python:
/// a prediction matches a gold claim in the same document with an accepted measure and the same
/// numbers, preferring one whose span overlaps the gold cue; optional gold claims neither count
/// as missed nor make their matches false positives.
/// </summary>
internal static class GoldScore
{
    public static (double ValueF1, double FullF1) Score(IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> predictions, Func<string, string?> textOf)
    {
        var pairs = new List<(int Overlap, int Checks, int G, int P)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var gd = gold[g];
            var doc = gd.GetProperty("doc").GetString()!;
            var text = textOf(doc);
            var cue = gd.GetProperty("cue").GetString()!;
            var cueAt = text?.IndexOf(cue, StringComparison.Ordinal) ?? -1;
            for (var p = 0; p < predictions.Count; p++)
            {
                var pd = predictions[p];
                if (Path.GetFileName(pd.GetProperty("document").GetString()) != doc || !Measures(gd).Contains(pd.GetProperty("measure").GetString()!) || !NumbersAgree(gd, pd))
                {
                    continue;
                }

                var overlap = 0;
                if (cueAt >= 0)
                {
                    var s = pd.GetProperty("span").GetProperty("start").GetInt32();
                    var e = pd.GetProperty("span").GetProperty("end").GetInt32();
                    overlap = Math.Max(0, Math.Min(cueAt + cue.Length, e) - Math.Max(cueAt, s)) > 0 ? 1 : 0;
                }

                pairs.Add((-overlap, -Checks(gd, pd).Count(c => c), g, p));
            }
        }

        pairs.Sort();
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var match = new Dictionary<int, int>();
        foreach (var (_, _, g, p) in pairs)
        {
            if (usedG.Contains(g) || usedP.Contains(p))
            {
                continue;
            }

            usedG.Add(g);
            usedP.Add(p);
            match[g] = p;
        }

        var required = Enumerable.Range(0, gold.Count).Where(i => !gold[i].GetProperty("optional").GetBoolean()).ToList();
        var optionalMatched = match.Where(m => gold[m.Key].GetProperty("optional").GetBoolean()).Count();
        var truePositives = required.Where(match.ContainsKey).ToList();
        var full = truePositives.Count(g => Checks(gold[g], predictions[match[g]]).All(c => c));
        var predicted = predictions.Count - optionalMatched;
        return (F1(truePositives.Count, predicted, required.Count), F1(full, predicted, required.Count));
    }

    private static double F1(int tp, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : (double)tp / predicted;
        var r = gold == 0 ? 0 : (double)tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static HashSet<string> Measures(JsonElement g) =>
        g.GetProperty("measure").ValueKind == JsonValueKind.Array
            ? g.GetProperty("measure").EnumerateArray().Select(m => m.GetString()!).ToHashSet()
            : [g.GetProperty("measure").GetString()!];

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static bool NumbersAgree(JsonElement g, JsonElement p)
    {
        var q = p.GetProperty("quantity");
        if (Num(g, "value") is { } value)
        {
            return Num(q, "value") == value;
        }

        if (g.GetProperty("qualifier").GetString() == "range")
        {
            return Num(q, "low") == Num(g, "low") && Num(q, "high") == Num(g, "high");
        }

        return Num(q, "value") is null && q.GetProperty("qualifier").GetString() == g.GetProperty("qualifier").GetString();
    }

    private static bool[] Checks(JsonElement g, JsonElement p)
    {
        string? S(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return
        [
            S(p, "relation") == S(g, "relation"),
            S(p.GetProperty("quantity"), "qualifier") == S(g, "qualifier"),
            S(g, "actor") is null || S(p, "actor") == S(g, "actor"),
            S(g, "recipient") is null || S(p, "recipient") == S(g, "recipient"),
            OriginOk(g, p),
        ];
    }

    private static readonly System.Text.RegularExpressions.Regex Word = new(@"\w+", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static string[] Words(string? text) => Word.Matches((text ?? "").ToLowerInvariant()).Select(m => m.Value).ToArray();

    private static bool ContainsWords(string[] hay, string[] needle) =>
        needle.Length > 0 && Enumerable.Range(0, Math.Max(0, hay.Length - needle.Length + 1)).Any(i => hay.Skip(i).Take(needle.Length).SequenceEqual(needle));

    private static bool OriginOk(JsonElement g, JsonElement p)
    {
        if (!g.TryGetProperty("origin", out var origin) || origin.ValueKind != JsonValueKind.Array || origin.GetArrayLength() == 0)
        {
            return true;
        }

        var attribution = p.GetProperty("attribution");
        if (attribution.GetArrayLength() == 0)
        {
            return false;
        }

        var last = Words(attribution[attribution.GetArrayLength() - 1].GetProperty("name").GetString());
        return origin.EnumerateArray().Any(a => ContainsWords(last, Words(a.GetString())) || ContainsWords(Words(a.GetString()), last));
    }
}
