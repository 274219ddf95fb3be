using Claimgraph.Lexicon;

namespace Claimgraph.Recognizers.Numbers;

/// <summary>Finds percentages: a cardinal followed by a percent word or sign of the language ("%", "Prozent", "per cent").</summary>
public sealed class PercentageRecognizer
{
    private readonly Phrases<bool> _percentWords;

    public PercentageRecognizer(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _percentWords = pack.Numbers.PercentWords;
    }

    public List<Percentage> FindAll(NumberScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var found = new List<Percentage>();
        foreach (var number in scan.Numbers)
        {
            if (number.Kind == NumberKind.Cardinal && number.Form != NumberForm.Article
                && _percentWords.TryMatch(scan.Text, scan.Tokens, number.LastToken + 1, out _, out var last))
            {
                found.Add(new Percentage(scan.SpanOf(number.FirstToken, last), number.Value));
            }
        }

        return found;
    }
}
