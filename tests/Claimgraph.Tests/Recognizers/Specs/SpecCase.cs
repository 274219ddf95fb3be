using System.Globalization;
using System.Text.Json;

namespace Claimgraph.Tests.Recognizers.Specs;

/// <summary>A case of a Recognizers-Text spec file (or one of ours in the same format).</summary>
internal sealed record SpecCase(string Input, IReadOnlyList<SpecResult> Expected, DateTime? Reference, bool DotnetUnsupported)
{
    public static IReadOnlyList<SpecCase> Read(string path, bool german)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<SpecCase>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var input = item.GetProperty("Input").GetString() ?? "";
            var unsupported = Mentions(item, "NotSupported") || Mentions(item, "NotSupportedByDesign");
            DateTime? reference = null;
            if (item.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var r)
                && DateTime.TryParse(r.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                reference = parsed;
            }

            var expected = new List<SpecResult>();
            if (item.TryGetProperty("Results", out var results))
            {
                foreach (var result in results.EnumerateArray())
                {
                    expected.Add(ReadResult(result, german));
                }
            }

            cases.Add(new SpecCase(input, expected, reference, unsupported));
        }

        return cases;
    }

    private static bool Mentions(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && (value.GetString() ?? "").Split(',').Any(p => p.Trim().Equals("dotnet", StringComparison.OrdinalIgnoreCase));

    private static SpecResult ReadResult(JsonElement result, bool german)
    {
        var type = (result.TryGetProperty("TypeName", out var t) ? t : result.GetProperty("Typename")).GetString() ?? "";
        var start = result.GetProperty("Start").GetInt32();
        var end = result.GetProperty("End").GetInt32();
        double? value = null;
        string? text = null, unit = null;
        if (result.TryGetProperty("Resolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object)
        {
            var raw = resolution.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            unit = resolution.TryGetProperty("unit", out var u) ? u.GetString() : null;
            if (type == "quantity")
            {
                value = raw is null ? null : Number(raw, german);
                text = QuantityText(resolution, german);
            }
            else if (type.StartsWith("datetimeV2", StringComparison.Ordinal))
            {
                text = Timexes(resolution);
            }
            else if (type is "ordinal.relative" or "numberrange")
            {
                text = raw?.Replace(" ", "", StringComparison.Ordinal);
            }
            else if (raw is not null)
            {
                value = Number(raw, german);
            }
        }

        return new SpecResult(start, end, type, value, text, unit);
    }

    // Our own quantity model: qualifier and bounds, as "about;;" or "range;10000;12000".
    private static string QuantityText(JsonElement resolution, bool german)
    {
        string Bound(string name) =>
            resolution.TryGetProperty(name, out var b) && b.ValueKind == JsonValueKind.String && Number(b.GetString()!, german) is { } d
                ? d.ToString("R", CultureInfo.InvariantCulture)
                : "";
        var qualifier = resolution.TryGetProperty("qualifier", out var q) ? q.GetString() : "";
        return $"{qualifier};{Bound("low")};{Bound("high")}";
    }

    public static double? Number(string raw, bool german)
    {
        var s = raw.Trim().TrimEnd('%');
        if (german)
        {
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    // The resolved alternatives of a date result, each as "D:2016-04-22" (a day), "R:2016-09-01,2016-10-01"
    // (a range, end as the suite writes it), "P:P3D" (a duration) or "X:PRESENT_REF" (anything else).
    private static string Timexes(JsonElement resolution)
    {
        if (!resolution.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        return string.Join('|', values.EnumerateArray().Select(Alternative).Distinct().Order(StringComparer.Ordinal));
    }

    private static string Alternative(JsonElement v)
    {
        string Get(string name) => v.TryGetProperty(name, out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() ?? "" : "";
        var type = Get("type");
        return type switch
        {
            "date" => "D:" + Get("value"),
            "daterange" when Get("start").Length > 0 && Get("end").Length > 0 => "R:" + Get("start") + "," + Get("end"),
            "duration" => "P:" + Get("timex"),
            _ => "X:" + Get("timex"),
        };
    }
}
