namespace Claimgraph.Formats.Web;

/// <summary>The outcome of fetching a URL: the address after redirects, status, content type and body, or the problem that stopped it.</summary>
public sealed record FetchedPage(string Url, string FinalUrl, int Status, string? ContentType, byte[] Body, string? Problem, int Attempts)
{
    public static FetchedPage Failed(string url, string problem, int attempts, int status = 0) => new(url, url, status, null, [], problem, attempts);
}
