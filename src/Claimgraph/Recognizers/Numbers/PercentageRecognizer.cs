using Claimgraph.Lexicon;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>Finds percentages: a cardinal followed by a percent word or sign of the language ("%", "Prozent", "per cent").</summary>
public sealed class PercentageRecognizer
{
    private readonly Phrases<bool> _percentWords;
    private readonly Phrases<bool> _percentBefore;

    public PercentageRecognizer(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _percentWords = pack.Numbers.PercentWords;
        _percentBefore = pack.Numbers.PercentBefore;
    }

    public List<Percentage> FindAll(NumberScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var found = new List<Percentage>();
        foreach (var number in scan.Numbers)
        {
            if (number.Partial)
            {
                continue;
            }

            if (number.Kind == NumberKind.Cardinal && number.Form != NumberForm.Article
                && _percentWords.TryMatch(scan.Text, scan.Tokens, number.LastToken + 1, out _, out var last))
            {
                found.Add(new Percentage(scan.SpanOf(number.FirstToken, last), number.Value));
            }
            else if (number.Kind == NumberKind.Cardinal && number.FirstToken >= 2 && PercentBeforeEndsAt(scan, number.FirstToken - 1, out var first)
                && (found.Count == 0 || found[^1].Span.End <= scan.Tokens[first].Start))
            {
                found.Add(new Percentage(scan.SpanOf(first, number.LastToken), number.Value));
            }
        }

        return found;
    }

    // "percent of 10": a phrase that ends right before the number (phrases are short: look back a few tokens).
    private bool PercentBeforeEndsAt(NumberScan scan, int end, out int first)
    {
        for (first = end; first >= 0 && first >= end - 3; first--)
        {
            if (_percentBefore.TryMatch(scan.Text, scan.Tokens, first, out _, out var last) && last == end)
            {
                return true;
            }
        }

        return false;
    }
}
