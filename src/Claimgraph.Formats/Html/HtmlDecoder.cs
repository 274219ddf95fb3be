using System.Text;
using System.Text.RegularExpressions;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Decodes the bytes of a web page: a byte-order mark, then the charset of the HTTP header, then
/// &lt;meta charset&gt; or &lt;meta http-equiv=Content-Type&gt; in the first 4 KB, then UTF-8 when the bytes
/// are valid UTF-8, else Windows-1252 (what browsers assume for Western pages without a charset).
/// </summary>
public static partial class HtmlDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    public static string Decode(ReadOnlySpan<byte> bytes, string? headerCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var declared = EncodingOf(headerCharset) ?? EncodingOf(MetaCharset(bytes));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // declared UTF-8 or nothing, but not valid UTF-8: mostly UTF-8 with a stray byte stays
            // UTF-8; otherwise the common case is Windows-1252
            var (valid, invalid) = Utf8Sequences(bytes);
            return valid > 0 && invalid * 10 <= valid ? Encoding.UTF8.GetString(bytes) : Windows1252.GetString(bytes);
        }
    }

    /// <summary>How many multi-byte sequences of the bytes are valid UTF-8, and how many bytes are not.</summary>
    internal static (int Valid, int Invalid) Utf8Sequences(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        var invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            var ok = length > 0 && i + length <= bytes.Length;
            for (var k = 1; ok && k < length; k++)
            {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }

            if (ok)
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }

        return (valid, invalid);
    }

    /// <summary>The charset a page declares in its first 4 KB, or null.</summary>
    public static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The charset parameter of a Content-Type header value, or null.</summary>
    public static string? CharsetOfContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var match = HeaderCharsetPattern().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    public static Encoding? EncodingOf(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1")
        {
            return Windows1252; // as browsers do: Latin-1 labels mean Windows-1252
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharsetPattern();
}
