namespace Claimgraph.Formats.Web;

/// <summary>
/// How pages are fetched: the time one attempt may take, how often a failed attempt (time-out,
/// connection error, 429, 5xx) is retried with doubling back-off, the pause between two requests
/// to the same host, the largest body read, and the User-Agent that names the tool.
/// </summary>
public sealed record FetchOptions
{
    public const string DefaultUserAgent = "Claimgraph/1.0 (news claim extraction; +https://github.com/claimgraph)";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public int Retries { get; init; } = 2;

    public TimeSpan BackOff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan PolitenessDelay { get; init; } = TimeSpan.FromSeconds(1);

    public long MaxBytes { get; init; } = 32L * 1024 * 1024;

    public string UserAgent { get; init; } = DefaultUserAgent;
}
