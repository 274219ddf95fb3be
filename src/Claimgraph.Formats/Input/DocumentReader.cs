using Claimgraph.Extraction;
using Claimgraph.Formats.Html;
using Claimgraph.Formats.Language;
using Claimgraph.Formats.Web;

namespace Claimgraph.Formats.Input;

/// <summary>
/// Turns what a user names — files, folders, URLs, "-" for standard input — into documents,
/// problems and notes, one input at a time. Each input's format is recognised by its content
/// (magic bytes, root element), then by its name, else it is read as plain text; folders are
/// walked for the extensions of the formats. A document without a language gets the one the
/// <see cref="LanguageDetector"/> finds (or the page's own declaration when the text cannot tell),
/// one without an outlet the site of its URL.
/// </summary>
public sealed class DocumentReader : IDisposable
{
    private readonly IReadOnlyList<IDocumentFormat> _formats;
    private readonly IDocumentFormat _fallback;
    private readonly LanguageDetector? _languages;
    private readonly Func<PageFetcher>? _fetcher;
    private PageFetcher? _createdFetcher;

    /// <param name="formats">Formats in the order they are asked; the first that recognises an input reads it.</param>
    /// <param name="fallback">The format for inputs no other recognises (plain text).</param>
    /// <param name="languages">Fills in missing languages; null leaves them as read.</param>
    /// <param name="fetcher">Fetches URLs; null refuses them.</param>
    public DocumentReader(IReadOnlyList<IDocumentFormat> formats, IDocumentFormat fallback, LanguageDetector? languages, Func<PageFetcher>? fetcher)
    {
        _formats = formats;
        _fallback = fallback;
        _languages = languages;
        _fetcher = fetcher;
    }

    /// <summary>
    /// JSONL, WARC archives, RSS/Atom feeds, HTML and plain text; languages detected; URLs fetched
    /// politely. More formats are asked first, in the order given.
    /// </summary>
    public static DocumentReader CreateDefault(HtmlArticleExtractor? extractor = null, FetchOptions? fetchOptions = null, bool followFeedLinks = false, IEnumerable<IDocumentFormat>? moreFormats = null)
    {
        var html = extractor ?? new HtmlArticleExtractor();
        return new DocumentReader(
            [.. moreFormats ?? [], new Jsonl.JsonlFormat(html), new Warc.WarcFormat(html), new Feeds.FeedFormat(), new HtmlFormat(html)],
            new PlainTextFormat(),
            LanguageDetector.Default,
            () => new PageFetcher(fetchOptions ?? new FetchOptions()))
        {
            FollowFeedLinks = followFeedLinks,
        };
    }

    /// <summary>Fetch the page each feed item links to and read its article instead of the item's summary (the item is kept when the page cannot be read).</summary>
    public bool FollowFeedLinks { get; init; }

    public IReadOnlyList<IDocumentFormat> Formats => _formats;

    /// <summary>How far the reading is, by bytes of the files; <see cref="MeasureInputs"/> sets the total.</summary>
    public InputProgress Progress { get; } = new();

    /// <summary>Sets <see cref="Progress"/>'s total: the sizes of the files the inputs name (folders walked as they will be read).</summary>
    public void MeasureInputs(IEnumerable<string> inputs) =>
        Progress.Measure(inputs, [.. _formats.Append(_fallback).SelectMany(f => f.Extensions).Distinct(StringComparer.OrdinalIgnoreCase)]);

    public void Dispose() => _createdFetcher?.Dispose();

    /// <summary>
    /// The documents, problems and notes of the inputs, in order. Each file is read once per call:
    /// a file a JSONL manifest lists (read first in a folder) is not read again when the walk
    /// reaches it, and gets the manifest line's metadata.
    /// </summary>
    public IEnumerable<InputItem> Read(IEnumerable<string> inputs, TextReader? standardInput = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            foreach (var item in Expand(ReadOne(input, standardInput, seen), seen))
            {
                yield return item is DocumentItem document ? Finish(document) : item;
            }
        }
    }

    /// <summary>Replaces listed inputs by what they hold and feed items by the pages they link to (with --follow).</summary>
    private IEnumerable<InputItem> Expand(IEnumerable<InputItem> items, HashSet<string> seen)
    {
        foreach (var item in items)
        {
            if (item is ListedInputItem listed)
            {
                foreach (var inner in Expand(ReadOne(listed.Path, null, seen), seen))
                {
                    yield return inner switch
                    {
                        DocumentItem document => document with
                        {
                            Document = listed.Metadata.Override(document.Document),
                            Given = listed.Metadata.Over(document.Given),
                        },
                        ProblemItem { Location: null } problem when problem.Source == listed.Path => new ProblemItem(listed.Source, listed.Location, $"{listed.Path}: {problem.Message}"),
                        _ => inner,
                    };
                }

                continue;
            }

            if (FollowFeedLinks && item is DocumentItem { Format: "feed" } feedItem)
            {
                foreach (var followed in Follow(feedItem))
                {
                    yield return followed;
                }

                continue;
            }

            yield return item;
        }
    }

    /// <summary>Language and outlet filled in where the input did not give them; what it stated outright stays.</summary>
    private DocumentItem Finish(DocumentItem item)
    {
        var document = WithOutlet(WithLanguage(item.Document));
        return item with { Document = item.Given is null ? document : item.Given.Override(document), Author = item.Given?.Author ?? item.Author };
    }

    private IEnumerable<InputItem> ReadOne(string input, TextReader? standardInput, HashSet<string> seen)
    {
        if (input == "-")
        {
            return ReadStandardInput(standardInput ?? TextReader.Null);
        }

        if (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return ReadUrl(input);
        }

        if (Directory.Exists(input))
        {
            return ReadFolder(input, seen);
        }

        if (!File.Exists(input))
        {
            return [new ProblemItem(input, null, "no such file or directory")];
        }

        return seen.Add(Path.GetFullPath(input)) ? ReadFile(input) : [];
    }

    /// <summary>Reads one resource with the format that recognises it.</summary>
    public IEnumerable<InputItem> ReadResource(InputResource resource)
    {
        InputSample sample;
        try
        {
            sample = InputSample.Of(resource);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return [new ProblemItem(resource.Source, null, e.Message)];
        }

        if (sample.Head.Length == 0)
        {
            return [new ProblemItem(resource.Source, null, resource.Url is null ? "the file is empty" : "the response is empty")];
        }

        return Guarded(resource.Source, FormatOf(sample).Read(resource));
    }

    /// <summary>A format's items; a read error the format did not handle itself (a disk error, corrupt compressed data) ends the input with a problem instead of the run.</summary>
    private static IEnumerable<InputItem> Guarded(string source, IEnumerable<InputItem> items)
    {
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            string? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                failure = e.Message;
            }

            if (failure is not null)
            {
                yield return new ProblemItem(source, null, $"{failure}; the rest of it cannot be read");
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private static InputSample? Sniff(InputResource resource)
    {
        try
        {
            return InputSample.Of(resource);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null; // reported when the resource is read
        }
    }

    public IDocumentFormat FormatOf(InputSample sample) =>
        _formats.FirstOrDefault(f => f.Recognizes(sample)) ?? _fallback;

    private IEnumerable<InputItem> ReadFolder(string folder, HashSet<string> seen)
    {
        var extensions = _formats.Append(_fallback).SelectMany(f => f.Extensions).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var listing = _formats.Where(f => f.ListsOtherInputs).SelectMany(f => f.Extensions).ToList();
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => listing.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            if (!seen.Add(Path.GetFullPath(file)))
            {
                continue;
            }

            // in a folder, a file is only read as text when it is named as text (a sitemap.xml is no article)
            var resource = InputResource.FromFile(file);
            if (!_fallback.Extensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && Sniff(resource) is { } sample && FormatOf(sample) == _fallback)
            {
                yield return new NoteItem(file, $"not a {string.Join(", ", _formats.Select(f => f.Name))} file (skipped)");
                continue;
            }

            foreach (var item in ReadFile(file))
            {
                yield return item;
            }
        }
    }

    /// <summary>A file, read with the format that recognises it; <see cref="Progress"/> follows its bytes.</summary>
    private IEnumerable<InputItem> ReadFile(string path)
    {
        foreach (var item in ReadResource(InputResource.FromFile(path, Progress)))
        {
            yield return item;
        }

        long length = 0;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (IOException)
        {
            // counted as nothing read
        }

        Progress.Done(length);
    }

    private IEnumerable<InputItem> ReadStandardInput(TextReader reader)
    {
        var text = reader.ReadToEnd();
        if (text.Length == 0)
        {
            return [new ProblemItem("-", null, "standard input is empty")];
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var resource = InputResource.FromBytes("-", "stdin", bytes);
        var format = FormatOf(InputSample.Of(resource));
        return format == _fallback ? [new DocumentItem("-", new Document("stdin", text), _fallback.Name)] : format.Read(resource);
    }

    private IEnumerable<InputItem> ReadUrl(string url)
    {
        if (_fetcher is null)
        {
            return [new ProblemItem(url, null, "URLs are not read here")];
        }

        _createdFetcher ??= _fetcher();
        var page = _createdFetcher.Fetch(url);
        if (page.Problem is not null)
        {
            return [new ProblemItem(url, null, page.Problem)];
        }

        return ReadResource(InputResource.FromBytes(url, page.FinalUrl, page.Body, page.ContentType, page.FinalUrl));
    }

    /// <summary>The article a feed item links to, with the item's date, outlet and title where the page has none; the item itself (and the problem) when the page cannot be read.</summary>
    private IEnumerable<InputItem> Follow(DocumentItem feedItem)
    {
        var item = feedItem.Document;
        if (item.Url is null || !(item.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || item.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return [feedItem];
        }

        var page = ReadUrl(item.Url).ToList();
        if (page is [DocumentItem { Document: var article }])
        {
            var merged = article with
            {
                Published = article.Published ?? item.Published,
                Outlet = article.Outlet ?? item.Outlet,
                Title = article.Title ?? item.Title,
                Language = article.Language ?? item.Language,
            };
            return [new DocumentItem(feedItem.Source, merged, "feed+html")];
        }

        var reasons = string.Join("; ", page.OfType<ProblemItem>().Select(p => p.Message).DefaultIfEmpty("the page holds no article"));
        return [new ProblemItem(feedItem.Source, item.Url, $"{reasons}; the feed item's own text is used"), feedItem];
    }

    /// <summary>A document from an address whose source names no outlet gets the site ("www.example.org" → "example.org").</summary>
    private static Document WithOutlet(Document document)
    {
        if (document.Outlet is not null || document.Url is null || !Uri.TryCreate(document.Url, UriKind.Absolute, out var uri) || !uri.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            return document;
        }

        return document with { Outlet = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host };
    }

    private Document WithLanguage(Document document)
    {
        if (_languages is null)
        {
            return document;
        }

        var guess = _languages.Detect(document.Text);
        var code = guess.Code is not null && guess.Code != LanguageDetector.Other ? guess.Code : document.Language ?? guess.Code;
        return code == document.Language ? document : document with { Language = code };
    }
}
