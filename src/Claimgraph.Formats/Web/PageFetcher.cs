using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Claimgraph.Formats.Web;

/// <summary>
/// Fetches web pages for reading: a User-Agent naming the tool, a time-out per attempt, retries
/// with doubling back-off on time-outs, connection errors, 429 and 5xx (a short Retry-After is
/// honoured), a politeness delay between two requests to the same host, redirects followed,
/// compressed responses decompressed and a bounded body. The charset is left to
/// <see cref="Html.HtmlDecoder"/> (header, then meta).
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly Dictionary<string, long> _lastRequest = new(StringComparer.OrdinalIgnoreCase);
    private readonly Action<TimeSpan> _sleep;

    public PageFetcher(FetchOptions options, HttpMessageHandler? handler = null, Action<TimeSpan>? sleep = null)
    {
        _options = options;
        _sleep = sleep ?? Thread.Sleep;
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 8,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    public FetchedPage Fetch(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return FetchedPage.Failed(url, "not an http(s) URL", 0);
        }

        string problem = "no attempt made";
        var status = 0;
        for (var attempt = 1; attempt <= _options.Retries + 1; attempt++)
        {
            WaitForHost(uri.Host);
            TimeSpan? retryAfter = null;
            try
            {
                using var timeout = new CancellationTokenSource(_options.Timeout);
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                using var response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    var body = ReadBody(response, timeout.Token);
                    var finalUrl = response.RequestMessage?.RequestUri?.ToString() ?? url;
                    return new FetchedPage(url, finalUrl, status, response.Content.Headers.ContentType?.ToString(), body, null, attempt);
                }

                problem = $"HTTP {status} {response.ReasonPhrase}".TrimEnd();
                if (!IsTransient(response.StatusCode))
                {
                    return FetchedPage.Failed(url, problem, attempt, status);
                }

                retryAfter = RetryAfter(response.Headers.RetryAfter);
            }
            catch (OperationCanceledException)
            {
                problem = $"timed out after {_options.Timeout.TotalSeconds:0.#} s";
            }
            catch (HttpRequestException e)
            {
                problem = e.Message;
            }
            catch (BodyTooLargeException e)
            {
                return FetchedPage.Failed(url, e.Message, attempt, status);
            }

            if (attempt <= _options.Retries)
            {
                var backOff = _options.BackOff * Math.Pow(2, attempt - 1);
                _sleep(retryAfter is { } after && after > backOff && after < TimeSpan.FromMinutes(1) ? after : backOff);
            }
        }

        return FetchedPage.Failed(url, $"{problem} (after {_options.Retries + 1} attempts)", _options.Retries + 1, status);
    }

    public void Dispose() => _client.Dispose();

    private static bool IsTransient(HttpStatusCode code) => code == HttpStatusCode.TooManyRequests || code == HttpStatusCode.RequestTimeout || (int)code >= 500;

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    private byte[] ReadBody(HttpResponseMessage response, CancellationToken cancel)
    {
        if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
        {
            throw new BodyTooLargeException($"the page is {length / (1024 * 1024)} MB; the limit is {_options.MaxBytes / (1024 * 1024)} MB");
        }

        using var stream = response.Content.ReadAsStream(cancel);
        using var memory = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            cancel.ThrowIfCancellationRequested();
            memory.Write(buffer, 0, read);
            if (memory.Length > _options.MaxBytes)
            {
                throw new BodyTooLargeException($"the page is larger than the limit of {_options.MaxBytes / (1024 * 1024)} MB");
            }
        }

        return memory.ToArray();
    }

    private void WaitForHost(string host)
    {
        if (_lastRequest.TryGetValue(host, out var last))
        {
            var wait = _options.PolitenessDelay - Stopwatch.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                _sleep(wait);
            }
        }

        _lastRequest[host] = Stopwatch.GetTimestamp();
    }

    private sealed class BodyTooLargeException(string message) : Exception(message);
}
