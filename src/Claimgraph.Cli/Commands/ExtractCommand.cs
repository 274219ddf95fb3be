using System.CommandLine;
using System.Globalization;
using Claimgraph.Cli.Input;
using Claimgraph.Cli.Output;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>`claimgraph extract`: read articles, print their claims as a table or as JSON lines.</summary>
public sealed class ExtractCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly TextReader _in;

    public ExtractCommand(TextWriter output, TextWriter error, TextReader input)
    {
        _out = output;
        _error = error;
        _in = input;
    }

    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories (*.txt, *.md, recursively) or - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "table (for people) or jsonl (the claim contract)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var withDocuments = new Option<bool>("--with-documents") { Description = "with --format jsonl: a document record before each document's claims" };
        var published = new Option<string?>("--published") { Description = "publication date (ISO 8601) for texts that do not state one" };
        var language = new Option<string>("--language") { Description = "language pack", DefaultValueFactory = _ => "de" };
        var lexicon = new Option<string[]>("--lexicon") { Description = "a folder of extra language data files (repeatable)", DefaultValueFactory = _ => [] };
        var command = new Command("extract", "Extract quantitative claims from articles") { paths, format, withDocuments, published, language, lexicon };
        command.SetAction(result =>
        {
            DateTimeOffset? date = null;
            var publishedText = result.GetValue(published);
            if (publishedText is not null)
            {
                if (!DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    _error.WriteLine($"claimgraph: --published: '{publishedText}' is not a date (expected e.g. 2024-11-17 or 2024-11-17T08:39:00+01:00)");
                    return 2;
                }

                date = parsed;
            }

            return Run(new ExtractSettings(
                result.GetValue(paths) ?? [],
                result.GetValue(format) ?? "table",
                result.GetValue(withDocuments),
                date,
                result.GetValue(language) ?? "de",
                result.GetValue(lexicon) ?? []));
        });
        return command;
    }

    public int Run(ExtractSettings settings)
    {
        ClaimExtractor extractor;
        try
        {
            var sources = new List<ILexiconSource> { EmbeddedLexiconSource.Instance };
            sources.AddRange(settings.Lexicons.Select(l => new DirectoryLexiconSource(l)));
            extractor = new ClaimExtractor(LanguagePack.Load(settings.Language, [.. sources]));
        }
        catch (LexiconException e)
        {
            _error.WriteLine($"claimgraph: {e.Message}");
            return 2;
        }

        var read = 0;
        var problems = 0;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_out) });
        using var json = settings.Format == "jsonl" ? new ClaimJsonWriter(new TextWriterStream(_out)) : null;
        foreach (var (input, problem) in new TextFileReader().Read(settings.Paths, _in))
        {
            if (problem is not null)
            {
                problems++;
                _error.WriteLine($"claimgraph: {problem.Path}: {problem.Message} (skipped)");
                continue;
            }

            read++;
            DocumentExtraction extraction;
            try
            {
                extraction = extractor.Extract(new Document(input!.Name, input.Text, settings.Published));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems++;
                _error.WriteLine($"claimgraph: {input!.Path}: extraction failed: {e.Message} (skipped)");
                if (Environment.GetEnvironmentVariable("CLAIMGRAPH_DEBUG") is not null)
                {
                    _error.WriteLine(e);
                }
                continue;
            }

            if (json is not null)
            {
                if (settings.WithDocuments)
                {
                    json.WriteDocument(extraction.Info);
                }

                foreach (var claim in extraction.Claims)
                {
                    json.WriteClaim(claim);
                }
            }
            else
            {
                ClaimTable.Write(console, extraction);
            }
        }

        if (read == 0)
        {
            _error.WriteLine(problems == 0 ? "claimgraph: no input files found" : "claimgraph: nothing could be read");
            return 1;
        }

        return 0;
    }
}
