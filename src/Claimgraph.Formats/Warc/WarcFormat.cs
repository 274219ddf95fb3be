using Claimgraph.Formats.Html;
using Claimgraph.Formats.Input;

namespace Claimgraph.Formats.Warc;

/// <summary>
/// WARC archives (.warc, .warc.gz with one gzip member per record, as Common Crawl's CC-NEWS):
/// every HTTP 200 HTML response becomes a document named by its WARC-Target-URI, dated by its
/// WARC-Date unless the page states its own; the other records are skipped and counted in a
/// note. Read as a stream, one record at a time.
/// </summary>
public sealed class WarcFormat(HtmlArticleExtractor? extractor = null) : IDocumentFormat
{
    private readonly HtmlArticleExtractor _extractor = extractor ?? new HtmlArticleExtractor();

    public string Name => "warc";

    public IReadOnlyList<string> Extensions { get; } = [".warc", ".warc.gz", ".arc.gz"];

    public bool Recognizes(InputSample sample) => sample.Start.StartsWith("warc/", StringComparison.Ordinal);

    public IEnumerable<InputItem> Read(InputResource resource)
    {
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var documents = 0;
        var lastRecord = 0;
        long lastOffset = 0;
        using var stream = resource.Open();
        using var events = new WarcRecordReader(stream).Read().GetEnumerator();
        while (true)
        {
            WarcReadEvent current;
            string? failure = null;
            try
            {
                if (!events.MoveNext())
                {
                    break;
                }

                current = events.Current;
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
            {
                failure = e is EndOfStreamException || e.Message.Contains("end of", StringComparison.OrdinalIgnoreCase)
                    ? "the gzip stream is truncated"
                    : $"the compressed data is corrupt ({e.Message})";
                current = new WarcReadEvent(null, lastRecord + 1, -1, null);
            }

            if (failure is not null)
            {
                yield return new ProblemItem(resource.Source, $"record {current.Number}", $"{failure}; {lastRecord} records were read before it, the rest of the file cannot be read");
                break;
            }

            lastRecord = current.Number;
            lastOffset = current.Offset;
            var location = $"record {current.Number} (offset {current.Offset})";
            if (current.Problem is not null)
            {
                yield return new ProblemItem(resource.Source, location, current.Problem);
            }

            if (current.Record is not { } record)
            {
                continue;
            }

            var reason = SkipReason(record, out var response);
            if (reason is not null)
            {
                skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
                continue;
            }

            var uri = record.TargetUri ?? $"{resource.Name}#{record.Number}";
            var html = HtmlDecoder.Decode(response!.Body, HtmlDecoder.CharsetOfContentType(response.ContentType));
            var item = HtmlFormat.ToDocument(resource.Source, uri, html, record.TargetUri, _extractor, Name, record.Date);
            if (item is ProblemItem problem)
            {
                yield return problem with { Location = $"{location} {uri}" };
                continue;
            }

            documents++;
            yield return item;
        }

        if (stream is GzipContentStream gzip && lastRecord > 0 && !gzip.TrailerMatches(0) && !gzip.TrailerMatches(lastOffset))
        {
            yield return new ProblemItem(resource.Source, $"record {lastRecord + 1}", $"the gzip stream is truncated; {lastRecord} records were read before it, the rest of the file cannot be read");
        }

        if (skipped.Count > 0)
        {
            var total = skipped.Values.Sum();
            yield return new NoteItem(resource.Source, $"{documents} HTML pages read; skipped {total} other records: {string.Join(", ", skipped.Select(p => $"{p.Value} {p.Key}"))}");
        }
    }

    private static string? SkipReason(WarcRecord record, out HttpResponse? response)
    {
        response = null;
        var type = record.Type ?? "untyped";
        if (type != "response")
        {
            return type;
        }

        if (!(record.ContentType?.Contains("application/http", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return "non-HTTP response";
        }

        response = HttpResponse.Parse(record.Block);
        if (response is null)
        {
            return "unreadable HTTP response";
        }

        if (response.Status != 200)
        {
            return $"HTTP {response.Status}";
        }

        var contentType = response.ContentType ?? "";
        var isHtml = contentType.Contains("html", StringComparison.OrdinalIgnoreCase)
            || (contentType.Length == 0 && HtmlFormat.LooksLikeHtml(System.Text.Encoding.Latin1.GetString(response.Body, 0, Math.Min(response.Body.Length, 1024))));
        return isHtml ? null : "non-HTML";
    }
}
