using Claimgraph.Cli.Output;

namespace Claimgraph.Formats.Tests.Cli;

public sealed class ProgressLineTests
{
    [Fact]
    public void A_disabled_progress_line_writes_nothing()
    {
        var error = new StringWriter();
        var progress = new ProgressLine(error, enabled: false);
        Thread.Sleep(600);
        progress.Update(3, "crawl.warc.gz");
        progress.Clear();
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void The_line_is_redrawn_at_most_twice_a_second_and_cleared()
    {
        var error = new StringWriter();
        var progress = new ProgressLine(error, enabled: true);
        progress.Update(1, "a.html");
        Assert.Equal("", error.ToString());
        Thread.Sleep(600);
        progress.Update(1200, "crawl.warc.gz");
        progress.Update(1201, "crawl.warc.gz");
        Assert.Equal("\r1,200 documents · crawl.warc.gz", error.ToString());
        progress.Clear();
        Assert.EndsWith("\r" + new string(' ', "1,200 documents · crawl.warc.gz".Length) + "\r", error.ToString());
    }
}
