using System.Text;
using Claimgraph.Formats.Html;

namespace Claimgraph.Formats.Tests.Html;

public sealed class HtmlDecoderTests
{
    [Fact]
    public void Windows_1252_without_a_charset_decodes_right()
    {
        var html = HtmlDecoder.Decode(File.ReadAllBytes(Fixtures.Path("article-1252.html")));
        Assert.Contains("Heizölpreise sind in Köln", html);
        Assert.Contains("1,12 € – das", html);
        Assert.Contains("„Grüße an alle Kunden“", html);
        Assert.Contains("Genossenschaft. Für die Saison rechnet sie mit rund 3.000", new HtmlArticleExtractor().Extract(html).Body);
    }

    [Fact]
    public void The_charset_of_the_header_wins_over_guessing()
    {
        var bytes = HtmlDecoder.Windows1252.GetBytes("<p>Köln</p>");
        Assert.Contains("Köln", HtmlDecoder.Decode(bytes, HtmlDecoder.CharsetOfContentType("text/html; charset=windows-1252")));
        Assert.Contains("Köln", HtmlDecoder.Decode(bytes, "ISO-8859-1"));
    }

    [Fact]
    public void A_meta_charset_is_read_from_the_bytes()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head><body>Gr\u00fc\u00dfe</body></html>");
        Assert.Equal("iso-8859-15", HtmlDecoder.MetaCharset(bytes));
        Assert.Contains("Grüße", HtmlDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf8_stays_utf8_with_or_without_a_byte_order_mark()
    {
        Assert.Equal("<p>Grüße €</p>", HtmlDecoder.Decode(Encoding.UTF8.GetBytes("<p>Grüße €</p>")));
        Assert.Equal("<p>ä</p>", HtmlDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>ä</p>")]));
    }

    [Fact]
    public void Utf8_with_a_stray_byte_stays_utf8_and_1252_with_many_is_1252()
    {
        var mostlyUtf8 = Encoding.UTF8.GetBytes("<p>Grüße aus Köln, Düsseldorf und Münster, schön wär’s – 5 €</p>").Append((byte)0x96).ToArray();
        Assert.StartsWith("<p>Grüße aus Köln, Düsseldorf und Münster", HtmlDecoder.Decode(mostlyUtf8));
        var windows = HtmlDecoder.Windows1252.GetBytes("<p>Grüße aus Köln – 5 €</p>");
        Assert.Equal("<p>Grüße aus Köln – 5 €</p>", HtmlDecoder.Decode(windows));
    }
}
