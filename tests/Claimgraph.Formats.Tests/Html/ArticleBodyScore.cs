using System.Text.RegularExpressions;

namespace Claimgraph.Formats.Tests.Html;

/// <summary>
/// The metric of the article-extraction benchmark (a port of ../shared/tools/score-article-bodies):
/// \w+ tokens, counts of 4-token shingles, per-page tp/fp/fn normalised to sum 1, precision and
/// recall averaged over pages, F1 of the averages.
/// </summary>
internal static partial class ArticleBodyScore
{
    public static (double Precision, double Recall, double F1) Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predicted)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var (id, body) in truth)
        {
            var (tp, fp, fn) = Page(body, predicted.TryGetValue(id, out var p) ? p : "");
            if (tp + fp > 0)
            {
                precisions.Add(fp == 0 && fn == 0 ? 1 : tp / (tp + fp));
            }

            if (tp + fn > 0)
            {
                recalls.Add(fp == 0 && fn == 0 ? 1 : tp / (tp + fn));
            }
        }

        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    public static (double Tp, double Fp, double Fn) Page(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        double tp = t.Sum(pair => Math.Min(pair.Value, p.GetValueOrDefault(pair.Key)));
        var fp = p.Values.Sum() - tp;
        var fn = t.Values.Sum() - tp;
        var sum = tp + fp + fn;
        return sum == 0 ? (0, 0, 0) : (tp / sum, fp / sum, fn / sum);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        // Python's \w: letters, digits (all numeric categories) and the underscore
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            var shingle = tokens.Skip(i).Take(4).ToList();
            if (shingle.Count == 0)
            {
                continue;
            }

            var key = string.Join('\u0001', shingle);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Token();
}
