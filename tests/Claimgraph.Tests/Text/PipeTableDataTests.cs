using System.Text.Json;
using Claimgraph.Text;

namespace Claimgraph.Tests.Text;

/// <summary>
/// The cases in Data/tables.jsonl: what each line of the text is in a table of cells separated by bars (a Markdown delimiter
/// row is a line of the table too, "Other").
/// </summary>
public sealed class PipeTableDataTests
{
    private const string File = "tables.jsonl";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Cases = new(() => TextCases.ReadCases(File));

    public static TheoryData<string> CaseIds => TextCases.Ids(File);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void TellsTableLines(string id)
    {
        var data = Cases.Value[id];
        var text = data.GetProperty("text").GetString()!;
        var found = new List<string>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            found.Add(PipeTable.LineAt(text, start, end).ToString());
            start = end + 1;
        }

        Assert.Equal(data.GetProperty("lines").EnumerateArray().Select(l => l.GetString()), found);
    }
}
