using System.Text.Json;
using Claimgraph.Consolidation;
using Claimgraph.Extraction;
using Claimgraph.Lexicon;
using Claimgraph.Recognizers;
using Claimgraph.Text;

namespace Claimgraph.Storage.Tests.Consolidation;

/// <summary>
/// The samples' gold claims as claim records, with outlet and publication date from the manifest:
/// what the store should make of claims that are right (the extractor still misses some attributions).
/// </summary>
internal static class GoldClaims
{
    public static IReadOnlyList<ClaimRecord> Samples()
    {
        var documents = new Dictionary<string, ClaimDocument>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.Samples, "manifest.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            var path = r.GetProperty("path").GetString()!;
            var published = r.GetProperty("published").GetString();
            documents[path] = new ClaimDocument(path, path, r.GetProperty("outlet").GetString(), published is null ? null : DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        }

        var claims = new List<ClaimRecord>();
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.Samples, "..", "gold", "de.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            string? Text(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            double? Number(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
            var origin = r.GetProperty("origin");
            var attribution = origin.ValueKind == JsonValueKind.Array && origin.GetArrayLength() > 0 ? [new Source(origin[0].GetString()!, "unknown")] : Array.Empty<Source>();
            var increment = r.GetProperty("increment");
            var doc = Text("doc")!;
            var claim = new Claim(
                doc,
                new TextSpan(0, 0),
                Text("cue")!,
                Text("cue")!,
                Text("relation")!,
                Text("measure")!,
                new Quantity(Number("value"), Number("low"), Number("high"), QualifierNames.Parse(Text("qualifier")!, "gold")),
                Text("unit"),
                Text("actor"),
                Text("recipient"),
                Text("system"),
                null,
                null,
                attribution,
                false,
                increment.ValueKind == JsonValueKind.True ? true : increment.ValueKind == JsonValueKind.False ? false : null);
            claims.Add(new ClaimRecord(claim, documents[doc]));
        }

        return claims;
    }
}
