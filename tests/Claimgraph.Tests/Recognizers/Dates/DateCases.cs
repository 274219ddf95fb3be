using System.Text.Json;

namespace Claimgraph.Tests.Recognizers.Dates;

/// <summary>Reads the JSON Lines case files copied to the test output's Data folder.</summary>
internal static class DateCases
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static string PathOf(string file) => Tests.TestData.DataPath(file);

    /// <summary>The non-blank lines of a case file, numbered from 1.</summary>
    public static IEnumerable<(int Line, string Json)> Lines(string file) =>
        File.ReadLines(PathOf(file))
            .Select((json, index) => (Line: index + 1, Json: json))
            .Where(line => !string.IsNullOrWhiteSpace(line.Json));

    public static T Case<T>(string file, int line) =>
        JsonSerializer.Deserialize<T>(File.ReadLines(PathOf(file)).ElementAt(line - 1), Options)
            ?? throw new InvalidDataException($"{file}:{line} is empty.");

    public static T Parse<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("Empty case.");
}
