using System.Globalization;
using Claimgraph.Recognizers.Dates;

namespace Claimgraph.Tests.Recognizers.Dates;

public sealed class DatelineTests
{
    private const string File = "dateline.de.jsonl";

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var (line, json) in DateCases.Lines(File))
        {
            data.Add(line, DateCases.Parse<DatelineCase>(json).Note);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_publication_stamp(int line, string note)
    {
        var @case = DateCases.Case<DatelineCase>(File, line);

        var found = Dateline.TryFind(@case.Text, DateLexicon.German, out var published);

        var actual = found ? published.ToString("s", CultureInfo.InvariantCulture) : null;
        Assert.True(@case.Expected == actual, $"{File}:{line} ({note}): expected {@case.Expected ?? "none"}, found {actual ?? "none"}");
        if (!found)
        {
            Assert.Equal(default, published);
        }
    }

    [Fact]
    public void Case_file_has_enough_cases()
    {
        var cases = DateCases.Lines(File).Select(line => DateCases.Parse<DatelineCase>(line.Json)).ToList();
        Assert.True(cases.Count >= 10, $"only {cases.Count} cases");
        Assert.Contains(cases, c => c.Expected is null);
        Assert.Contains(cases, c => c.Expected is not null);
    }
}
