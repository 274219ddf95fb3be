using Claimgraph.Recognizers.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace Claimgraph.Tests.Recognizers.Dates;

public sealed class DateLexiconTests
{
    [Fact]
    public void German_lexicon_is_embedded_under_its_logical_name()
    {
        var names = typeof(DateLexicon).Assembly.GetManifestResourceNames();

        Assert.Contains("Claimgraph.Resources.de/dates.yaml", names);
        Assert.NotNull(DateLexicon.German);
    }

    [Fact]
    public void A_small_lexicon_parses_and_drives_the_recognizer()
    {
        const string yaml = """
            months:
              3: [März]
            prepositions:
              at: [im]
            """;

        var recognizer = new DateRecognizer(DateLexicon.Parse(yaml));
        var mention = Assert.Single(recognizer.Recognize("Es war im März.", new DateOnly(2025, 4, 1)));

        Assert.Equal("im März", mention.Text);
        Assert.Equal(new PartialDate(2025, 3), mention.Start);
    }

    [Fact]
    public void An_empty_lexicon_finds_only_what_needs_no_words()
    {
        var recognizer = new DateRecognizer(DateLexicon.Parse(""));

        var mentions = recognizer.Recognize("am 17.11.2024 um 08:39", null);

        Assert.Equal(["17.11.2024", "08:39"], mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("months:")]
    [InlineData("months:\n  3:\nseasons:\n  -\nunits:\n  - singular: [Tag]\n    unit: day\nrelative:\ndateline:")]
    [InlineData("articles: [~, '', dem]")]
    public void Empty_nodes_read_as_empty(string yaml)
    {
        var recognizer = new DateRecognizer(DateLexicon.Parse(yaml));

        Assert.NotNull(recognizer.Recognize("am 17.11.2024 seit dem Tag", null));
    }

    [Fact]
    public void Any_text_is_a_lexicon_or_a_format_error()
    {
        var fragments = Gen.Elements("months:", "\n", "  ", "- ", "3: [März]", "[", "]", "{", "}", ":", "~", "units:", "unit: day",
            "months: [1, 2]", "seasons:", "words: [a]", "&a", "*a", "!!int", "'", "\"", "prepositions:", "since: [seit]", "13", "-1");
        var yaml = Gen.OneOf(fragments.ListOf().Select(parts => string.Concat(parts)), ArbMap.Default.ArbFor<string>().Generator);
        Prop.ForAll(yaml.ToArbitrary(), text =>
        {
            try
            {
                DateLexicon.Parse(text ?? "");
                return true;
            }
            catch (FormatException)
            {
                return true;
            }
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("!!int]")]
    [InlineData("!!a]b")]
    [InlineData("months: [")]
    [InlineData("months:\n  13: [Foo]")]
    [InlineData("units:\n  - unit: fortnight")]
    [InlineData("seasons:\n  - words: [Sommer]\n    months: [8, 6]")]
    [InlineData("prepositions:\n  sometimes: [am]")]
    public void An_invalid_lexicon_is_a_format_error(string yaml)
    {
        Assert.Throws<FormatException>(() => DateLexicon.Parse(yaml));
    }
}
