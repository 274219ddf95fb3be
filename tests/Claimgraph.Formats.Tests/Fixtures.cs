namespace Claimgraph.Formats.Tests;

/// <summary>The fixture files of these tests, the repository and ../shared beside it.</summary>
internal static class Fixtures
{
    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    public static string Text(string file) => File.ReadAllText(Path(file));

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Claimgraph.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    /// <summary>../shared beside the repository (present on developer machines and in CI), or null.</summary>
    public static string? SharedRoot
    {
        get
        {
            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }
}
