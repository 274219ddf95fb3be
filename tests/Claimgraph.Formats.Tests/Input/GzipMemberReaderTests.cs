using System.IO.Compression;
using System.Text;
using Claimgraph.Formats.Input;

namespace Claimgraph.Formats.Tests.Input;

/// <summary>Gzip read member by member: several members are one content, a cut or corrupt member is named by its offset, reading can go on after a corrupt one.</summary>
public sealed class GzipMemberReaderTests
{
    [Fact]
    public void A_page_in_several_gzip_members_is_read_whole()
    {
        var items = DocumentReader.CreateDefault().Read([Fixtures.Path("multi-member.html.gz")]).ToList();
        var document = Assert.IsType<DocumentItem>(Assert.Single(items)).Document;
        Assert.Equal(Fixtures.Text("article-de.html").Length, Encoding.UTF8.GetString(CompressedFile.ReadAllBytes(Fixtures.Path("multi-member.html.gz"))).Length);
        Assert.Contains("rund 10.000 Granaten am Tag", document.Text);
    }

    [Fact]
    public void A_truncated_gzip_file_is_a_problem_naming_the_member()
    {
        var problem = Assert.IsType<ProblemItem>(Assert.Single(DocumentReader.CreateDefault().Read([Fixtures.Path("truncated.html.gz")])));
        Assert.Contains("truncated", problem.Message);
        Assert.Contains("member at offset 0", problem.Message);
    }

    [Fact]
    public void After_a_corrupt_member_reading_goes_on_at_the_next_one()
    {
        var first = Compress("first member\n");
        var second = Compress("second member, corrupt\n");
        var third = Compress("third member\n");
        second[second.Length / 2] ^= 0xFF;
        second[(second.Length / 2) + 1] ^= 0xFF;
        var reader = new GzipMemberReader(new MemoryStream([.. first, .. second, .. third]));
        var contents = new List<string>();
        var failures = new List<long>();
        while (true)
        {
            try
            {
                if (!reader.NextMember())
                {
                    break;
                }

                contents.Add(Encoding.UTF8.GetString(CompressedFile.ReadAll(new GzipMemberStream(reader), 1 << 20)));
            }
            catch (GzipDataException e)
            {
                Assert.False(e.Truncated);
                failures.Add(e.MemberOffset);
                Assert.True(reader.SkipToNextMember(e.MemberOffset + 1));
            }
        }

        Assert.Equal(["first member\n", "third member\n"], contents);
        Assert.Equal([(long)first.Length], failures);
    }

    [Fact]
    public void A_corrupt_member_in_a_jsonl_gz_ends_that_file_with_a_problem_after_the_lines_before_it()
    {
        var folder = Directory.CreateTempSubdirectory("claimgraph-gzip-").FullName;
        try
        {
            var second = Compress("{\"text\": \"Die zweite Zeile nennt 20 Panzer.\"}\n");
            second[second.Length / 2] ^= 0xFF;
            second[(second.Length / 2) + 1] ^= 0xFF;
            var path = Path.Combine(folder, "dump.jsonl.gz");
            var lines = string.Concat(Enumerable.Range(1, 300).Select(i => $"{{\"text\": \"Zeile {i} nennt {i} Panzer.\"}}\n"));
            File.WriteAllBytes(path, [.. Compress(lines), .. second]);
            var items = DocumentReader.CreateDefault().Read([path]).ToList();
            Assert.True(items.OfType<DocumentItem>().Count() > 250, $"{items.OfType<DocumentItem>().Count()} lines read before the corrupt member");
            var problem = Assert.IsType<ProblemItem>(items[^1]);
            Assert.Single(items.OfType<ProblemItem>());
            Assert.Contains("corrupt", problem.Message);
            Assert.Equal(path, problem.Source);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Zero_padding_after_the_last_member_is_no_problem()
    {
        using var stream = new GzipContentStream(new MemoryStream([.. Compress("padded\n"), .. new byte[512]]));
        Assert.Equal("padded\n", Encoding.UTF8.GetString(CompressedFile.ReadAll(stream, 1 << 20)));
    }

    private static byte[] Compress(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return memory.ToArray();
    }
}
