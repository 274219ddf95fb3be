using Claimgraph.Recognizers.Dates;
using Claimgraph.Text;

namespace Claimgraph.Tests.Recognizers.Dates;

public sealed class DateRecognizerTests
{
    private const string File = "dates.de.jsonl";

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var (line, json) in DateCases.Lines(File))
        {
            data.Add(line, DateCases.Parse<DateCase>(json).Note);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizes_case(int line, string note)
    {
        var @case = DateCases.Case<DateCase>(File, line);
        DateOnly? reference = @case.Reference is null ? null : DateOnly.Parse(@case.Reference, System.Globalization.CultureInfo.InvariantCulture);

        var mentions = DateRecognizer.German.Recognize(@case.Input, reference);

        var actual = mentions.Select(Describe).ToList();
        var expected = @case.Expected.Select(m => $"{m.Text} | {m.Kind} | {m.Start ?? "-"} | {m.End ?? "-"}").ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"{File}:{line} ({note})\ninput: {@case.Input}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}");
        foreach (var mention in mentions)
        {
            Assert.Equal(mention.Text, mention.Span.Of(@case.Input));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reading_near_date_words_finds_the_same_dates(int line, string note)
    {
        var @case = DateCases.Case<DateCase>(File, line);
        var tokens = new TokenizedText(@case.Input, new TextSpan(0, @case.Input.Length));
        static bool IsDate(TimeMention m) => m.Kind is not (TimeMentionKind.Time or TimeMentionKind.Now);

        var whole = DateRecognizer.German.Recognize(@case.Input, null).Where(IsDate).Select(Describe);
        var near = DateRecognizer.German.RecognizeNearDates(tokens, null).Where(IsDate).Select(Describe);

        Assert.True(whole.SequenceEqual(near), $"{File}:{line} ({note})\ninput: {@case.Input}\nwhole: {string.Join("; ", whole)}\nnear: {string.Join("; ", near)}");
    }

    [Fact]
    public void Case_file_has_enough_cases_and_negatives()
    {
        var cases = DateCases.Lines(File).Select(line => DateCases.Parse<DateCase>(line.Json)).ToList();
        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.True(cases.Count(c => c.Expected.Count == 0) >= 10, "too few negative cases");
        foreach (var kind in Enum.GetNames<TimeMentionKind>())
        {
            Assert.Contains(cases, c => c.Expected.Any(m => m.Kind == kind));
        }
    }

    [Fact]
    public void Spans_are_offsets_into_the_whole_text_when_scanning_a_part()
    {
        const string text = "Am 21. Dezember 2024 kam ein Zug. Im März 2025 kam noch einer.";
        var second = text.IndexOf("Im März", StringComparison.Ordinal);

        var mentions = DateRecognizer.German.Recognize(text, new TextSpan(second, text.Length), null);

        var mention = Assert.Single(mentions);
        Assert.Equal(new TextSpan(second, second + "Im März 2025".Length), mention.Span);
        Assert.Equal("Im März 2025", mention.Text);
        Assert.Equal(new PartialDate(2025, 3), mention.Start);
    }

    [Fact]
    public void A_span_outside_the_text_is_clamped()
    {
        const string text = "seit 2014";

        Assert.Empty(DateRecognizer.German.Recognize(text, new TextSpan(50, 80), null));
        Assert.Single(DateRecognizer.German.Recognize(text, new TextSpan(-5, 80), null));
        Assert.Empty(DateRecognizer.German.Recognize(text, new TextSpan(6, 2), null));
    }

    [Fact]
    public void A_cut_through_an_expression_only_sees_the_part_inside()
    {
        const string text = "am 17.11.2024";

        var mention = Assert.Single(DateRecognizer.German.Recognize(text, new TextSpan(0, 9), null));

        Assert.Equal("am 17.11.", mention.Text);
        Assert.Null(mention.Start);
    }

    private static string Describe(TimeMention mention) =>
        $"{mention.Text} | {mention.Kind} | {mention.Start?.ToString() ?? "-"} | {mention.End?.ToString() ?? "-"}";
}
