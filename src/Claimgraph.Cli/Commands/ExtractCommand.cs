using System.CommandLine;
using System.Globalization;
using Claimgraph.Cli.Input;
using Claimgraph.Cli.Output;
using Claimgraph.Extraction;
using Claimgraph.Formats.Duplicates;
using Claimgraph.Formats.Input;
using Claimgraph.Lexicon;
using Spectre.Console;

namespace Claimgraph.Cli.Commands;

/// <summary>
/// `claimgraph extract`: read articles — text files, web pages, RSS/Atom feeds, WARC archives,
/// URLs, standard input; recognised by content — and print their claims as a table or as JSON
/// lines. Each document is extracted with the language pack of its language (detected, or
/// --language); a repeat of an earlier document (exact or near) is reported, not extracted again.
/// </summary>
public sealed class ExtractCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly TextReader _in;
    private readonly bool _showProgress;

    /// <param name="showProgress">Draw a progress bar of the bytes read on standard error (when it is a terminal and the output goes elsewhere).</param>
    public ExtractCommand(TextWriter output, TextWriter error, TextReader input, bool showProgress = false)
    {
        _out = output;
        _error = error;
        _in = input;
        _showProgress = showProgress;
    }

    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files (text, HTML, RSS/Atom, WARC; gzip too), directories (walked recursively), http(s) URLs, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "table (for people) or jsonl (the claim contract)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var withDocuments = new Option<bool>("--with-documents") { Description = "with --format jsonl: a document record before each document's claims" };
        var published = new Option<string?>("--published") { Description = "publication date (ISO 8601) for texts that do not state one" };
        var language = new Option<string?>("--language") { Description = "language of every document (default: detected per document; de when a text is too short to tell)" };
        var follow = new Option<bool>("--follow") { Description = "for feeds: fetch the page each item links to and extract its article" };
        var lexicon = new Option<string[]>("--lexicon") { Description = "a folder of extra language data files (repeatable)", DefaultValueFactory = _ => [] };
        var command = new Command("extract", "Extract quantitative claims from articles") { paths, format, withDocuments, published, language, lexicon, follow };
        command.SetAction(result =>
        {
            if (!PublishedDate.TryRead(result.GetValue(published), _error, out var date))
            {
                return 2;
            }

            return Run(new ExtractSettings(
                result.GetValue(paths) ?? [],
                result.GetValue(format) ?? "table",
                result.GetValue(withDocuments),
                date,
                result.GetValue(language),
                result.GetValue(lexicon) ?? [])
            {
                FollowFeedLinks = result.GetValue(follow),
            });
        });
        return command;
    }

    public int Run(ExtractSettings settings)
    {
        var sources = new List<ILexiconSource> { EmbeddedLexiconSource.Instance };
        sources.AddRange(settings.Lexicons.Select(l => new DirectoryLexiconSource(l)));
        var extractors = new Dictionary<string, ClaimExtractor?>(StringComparer.Ordinal);
        if (ExtractorFor(settings.Language ?? DefaultLanguage) is null)
        {
            return 2;
        }

        var read = 0;
        var problems = 0;
        var duplicates = new DuplicateIndex();
        var bar = new InputProgressBar(_error, _showProgress);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_out) });
        using var json = settings.Format == "jsonl" ? new ClaimJsonWriter(new TextWriterStream(_out)) : null;
        using var reader = DocumentReader.CreateDefault(followFeedLinks: settings.FollowFeedLinks);
        problems += bar.ReadInputs(reader, settings.Paths, _in, "extract", document =>
        {
            read++;
            ExtractOne(document);
        });

        if (read == 0)
        {
            _error.WriteLine(problems == 0 ? "claimgraph: no input files found" : "claimgraph: nothing could be read");
            return 1;
        }

        return 0;

        void ExtractOne(DocumentItem item)
        {
            var (source, document, _) = item;
            var label = document.Name == Path.GetFileName(source) || document.Name == source ? source : $"{source}: {document.Name}";
            var repeat = duplicates.Add(document.Name, document.Text);
            if (repeat is not null)
            {
                bar.Say(repeat.Kind == DuplicateKind.Exact
                    ? $"claimgraph: {label}: the same text as {repeat.OriginalId} (not extracted again)"
                    : $"claimgraph: {label}: a near-duplicate of {repeat.OriginalId} (similarity {repeat.Similarity:0.00}; not extracted again)");
                return;
            }

            var language = settings.Language ?? LanguageCode(document.Language) ?? DefaultLanguage;
            var extractor = ExtractorFor(language, quiet: true);
            if (extractor is null)
            {
                bar.Say($"claimgraph: {label}: language '{language}' has no language pack for claims (not extracted)");
                return;
            }

            DocumentExtraction extraction;
            try
            {
                extraction = extractor.Extract(document with { Published = document.Published ?? settings.Published, Language = language });
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems++;
                bar.Say($"claimgraph: {label}: extraction failed: {e.Message} (skipped)");
                if (Environment.GetEnvironmentVariable("CLAIMGRAPH_DEBUG") is not null)
                {
                    bar.Say(e.ToString());
                }

                return;
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

        ClaimExtractor? ExtractorFor(string code, bool quiet = false)
        {
            if (extractors.TryGetValue(code, out var cached))
            {
                return cached;
            }

            ClaimExtractor? created = null;
            try
            {
                var pack = LanguagePack.Load(code, [.. sources]);
                created = pack.ExtractsClaims ? new ClaimExtractor(pack) : null;
            }
            catch (LexiconException e)
            {
                if (!quiet)
                {
                    _error.WriteLine($"claimgraph: {e.Message}");
                }
            }

            extractors[code] = created;
            return created;
        }
    }

    /// <summary>The language pack used when a document's language cannot be told (a short text).</summary>
    public const string DefaultLanguage = "de";

    /// <summary>The language of a tag ("de-CH" → "de"), lower-case.</summary>
    internal static string? LanguageCode(string? language) =>
        language is null ? null : language.Split('-', '_')[0].ToLowerInvariant();
}
