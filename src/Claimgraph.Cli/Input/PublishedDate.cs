using System.Globalization;

namespace Claimgraph.Cli.Input;

/// <summary>Reads the `--published` option: an ISO 8601 date or date-time; UTC when it gives no offset.</summary>
public static class PublishedDate
{
    /// <summary>False (after a message on <paramref name="error"/>) when the text is not a date; null text is no date.</summary>
    public static bool TryRead(string? text, TextWriter error, out DateTimeOffset? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            error.WriteLine($"claimgraph: --published: '{text}' is not a date (expected e.g. 2024-11-17 or 2024-11-17T08:39:00+01:00)");
            return false;
        }

        date = parsed;
        return true;
    }
}
