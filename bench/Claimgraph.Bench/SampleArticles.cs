namespace Claimgraph.Bench;

/// <summary>One sample article as read from disk.</summary>
public sealed record SampleArticle(string Name, string Text);

/// <summary>Reads the sample articles (*.txt, in ordinal name order) of a folder.</summary>
public static class SampleArticles
{
    public static IReadOnlyList<SampleArticle> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"samples folder not found: {directory}");
        }

        var articles = Directory.GetFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new SampleArticle(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .Where(a => a.Text.Length > 0)
            .ToList();
        if (articles.Count == 0)
        {
            throw new FileNotFoundException($"no non-empty *.txt articles in {directory}");
        }

        return articles;
    }
}
