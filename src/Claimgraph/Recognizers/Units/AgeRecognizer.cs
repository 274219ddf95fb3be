using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Numbers;

namespace Claimgraph.Recognizers.Units;

/// <summary>
/// Finds ages: a number with an age unit and an age word after it ("5 Jahre alt", "20 years
/// old", "3 years of age"), after an age phrase ("im Alter von 6 Wochen", "aged 46"), in one
/// word ("87 yo"), or a number alone in brackets after a name ("Selenskyj (46)").
/// </summary>
public sealed class AgeRecognizer
{
    private readonly UnitLexicon _units;

    public AgeRecognizer(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _units = pack.Units;
    }

    public List<Age> FindAll(NumberScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var found = new List<Age>();
        var tokens = scan.Tokens;
        var afterPhraseEnd = -2;
        foreach (var number in scan.Numbers)
        {
            if (number.Kind != NumberKind.Cardinal || number.Partial || number.Value <= 0 || (found.Count > 0 && found[^1].Span.End > number.Span.Start))
            {
                continue;
            }

            var k = number.LastToken + 1;
            if (_units.AgeCompact.TryMatch(scan.Text, tokens, k, out var compact, out var compactLast))
            {
                found.Add(new Age(scan.SpanOf(number.FirstToken, compactLast), number.Value, compact));
                continue;
            }

            if (UnitScanning.TryUnitAfter(scan, _units.AgeUnits, k, out var unit, out var unitLast))
            {
                if (_units.AgeAfter.TryMatch(scan.Text, tokens, unitLast + 1, out _, out var afterLast))
                {
                    found.Add(new Age(scan.SpanOf(number.FirstToken, afterLast), number.Value, unit));
                    continue;
                }

                if (HasAgePhraseBefore(scan, number.FirstToken, ref afterPhraseEnd))
                {
                    found.Add(new Age(scan.SpanOf(number.FirstToken, unitLast), number.Value, unit));
                    continue;
                }
            }

            // "aged 46", "a man of age 87": the word right before, in years.
            if (number.FirstToken > 0 && tokens[number.FirstToken - 1].IsWord && _units.AgeBeforeBare.Contains(scan.TokenText(number.FirstToken - 1))
                && number.Value is >= 1 and <= 130 && number.Value == Math.Floor(number.Value))
            {
                found.Add(new Age(scan.SpanOf(number.FirstToken - 1, number.LastToken), number.Value, AgeUnit.Year));
                continue;
            }

            // "Selenskyj (46)": a person's age in brackets after the name.
            if (_units.AgeInBrackets && number.Form == NumberForm.Digits && number.Value is >= 1 and <= 120 && number.Value == Math.Floor(number.Value)
                && number.FirstToken >= 2 && scan.IsSymbol(number.FirstToken - 1, '(') && scan.IsSymbol(number.LastToken + 1, ')')
                && tokens[number.FirstToken - 2].IsWord && char.IsUpper(scan.Text[tokens[number.FirstToken - 2].Start]))
            {
                found.Add(new Age(number.Span, number.Value, AgeUnit.Year));
            }
        }

        return found;
    }

    // "im Alter von 6 Wochen": an age phrase ending right before the number.
    private bool HasAgePhraseBefore(NumberScan scan, int numberFirst, ref int cacheEnd)
    {
        for (var start = Math.Max(0, numberFirst - 5); start < numberFirst; start++)
        {
            if (_units.AgeBefore.TryMatch(scan.Text, scan.Tokens, start, out _, out var last) && last == numberFirst - 1)
            {
                cacheEnd = last;
                return true;
            }
        }

        return false;
    }
}
