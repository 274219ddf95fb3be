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
        using var stream = resource.Open();
        foreach (var current in Events(stream))
        {
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

        if (skipped.Count > 0)
        {
            var total = skipped.Values.Sum();
            yield return new NoteItem(resource.Source, $"{documents} HTML pages read; skipped {total} other records: {string.Join(", ", skipped.Select(p => $"{p.Value} {p.Key}"))}");
        }
    }

    /// <summary>
    /// The records of a plain WARC, or of a .warc.gz read member by member: offsets are those of
    /// the gzip members (where a record's compressed bytes start); a corrupt member is reported and
    /// reading goes on at the next member; a member cut off ends the file.
    /// </summary>
    private static IEnumerable<WarcReadEvent> Events(Stream stream)
    {
        if (stream is not GzipContentStream gzip)
        {
            foreach (var current in new WarcRecordReader(stream).Read())
            {
                yield return current;
            }

            yield break;
        }

        var members = gzip.Members;
        var number = 0;
        while (true)
        {
            GzipDataException? failure = null;
            var hasMember = false;
            try
            {
                hasMember = members.NextMember();
            }
            catch (GzipDataException e)
            {
                failure = e;
            }

            if (failure is null && !hasMember)
            {
                yield break;
            }

            if (failure is null)
            {
                var offset = members.MemberOffset;
                using var records = new WarcRecordReader(new GzipMemberStream(members), number).Read().GetEnumerator();
                while (true)
                {
                    try
                    {
                        if (!records.MoveNext())
                        {
                            break;
                        }
                    }
                    catch (GzipDataException e)
                    {
                        failure = e;
                        break;
                    }

                    number = records.Current.Number;
                    yield return records.Current with { Offset = offset };
                }

                if (failure is null)
                {
                    continue;
                }
            }

            number++;
            if (failure.Truncated)
            {
                yield return new WarcReadEvent(null, number, failure.MemberOffset, $"{failure.Message}; {number - 1} records were read before it, the rest of the file cannot be read");
                yield break;
            }

            var resumed = members.SkipToNextMember(failure.MemberOffset + 1);
            yield return new WarcReadEvent(null, number, failure.MemberOffset, resumed
                ? $"{failure.Message}; the record is skipped, reading goes on at the next gzip member (offset {members.Position})"
                : $"{failure.Message}; no gzip member follows it");
            if (!resumed)
            {
                yield break;
            }
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
