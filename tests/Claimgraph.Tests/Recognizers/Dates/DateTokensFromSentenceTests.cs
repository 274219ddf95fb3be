using Claimgraph.Recognizers.Dates;
using Claimgraph.Text;

namespace Claimgraph.Tests.Recognizers.Dates;

/// <summary>A window's tokens made from the sentence's (<see cref="DateTokens.FromSentence"/>) are the tokens read from its text.</summary>
public sealed class DateTokensFromSentenceTests
{
    public static TheoryData<string> Texts() =>
    [
        "Am 21. Dezember 2024 kam ein Zug, im März 2025 (17.11.2024) noch einer.",
        "Die M1989 und KN-23 trafen um 8:00:31 Uhr; 1.000 km² und 650'000 Euro.",
        "Seit den 1990er-Jahren\nwurden 2,5 Mrd. gezahlt –\r\n im 1. Quartal 2024.",
        "Straße für Ärzte: İstanbul, naïve Café, 𝔘𝔫𝔦 2019, ab\u0903cd und ab \u0903 2020.",
        "x\u0301y 12\u0301 \u0301ab ٣ 2024er 5th Q3-2019 Sep-23-2020 10/1-11/2/2017",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Windows_are_cut_as_their_text_is(string text) => AssertSame(text);

    [Fact]
    public void Windows_of_the_samples_are_cut_as_their_text_is()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestData.RepositoryRoot, "samples", "de"), "*.txt").Take(40))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                AssertSame(line);
            }
        }
    }

    private static void AssertSame(string text)
    {
        var sentence = new TokenizedText(text, new TextSpan(0, text.Length), TestData.German.CueStarts);
        var phraseWords = TestData.German.Dates.PhraseWords;
        for (var first = 0; first < sentence.Count; first += 3)
        {
            var last = Math.Min(sentence.Count - 1, first + 16);
            DateToken[]? a = null;
            DateToken[]? b = null;
            var read = DateTokens.Read(text, sentence.Tokens[first].Start, sentence.Tokens[last].End, ref a);
            read.MarkPlainWords(sentence, phraseWords);
            var made = DateTokens.FromSentence(sentence, first, last, phraseWords, ref b);
            Assert.Equal(read.Count, made.Count);
            for (var i = 0; i < read.Count; i++)
            {
                Assert.Equal(read[i], made[i] with { Word = 0 });
            }
        }
    }
}
