using System.Diagnostics;

namespace Claimgraph.Cli.Output;

/// <summary>
/// One line on a terminal's standard error that says how far a long run is ("1,234 documents ·
/// crawl.warc.gz"), redrawn at most twice a second and cleared before any other message; does
/// nothing when standard error is not a terminal (redirected, in tests, in CI).
/// </summary>
public sealed class ProgressLine(TextWriter error, bool enabled)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private long _lastDraw = Stopwatch.GetTimestamp();
    private int _width;

    public void Update(int documents, string source)
    {
        if (!enabled || Stopwatch.GetElapsedTime(_lastDraw) < Interval)
        {
            return;
        }

        _lastDraw = Stopwatch.GetTimestamp();
        var name = source.Length > 50 ? "…" + source[^49..] : source;
        var text = $"{documents:N0} documents · {name}";
        error.Write("\r" + text.PadRight(_width));
        error.Flush();
        _width = text.Length;
    }

    public void Clear()
    {
        if (!enabled || _width == 0)
        {
            return;
        }

        error.Write("\r" + new string(' ', _width) + "\r");
        _width = 0;
    }
}
