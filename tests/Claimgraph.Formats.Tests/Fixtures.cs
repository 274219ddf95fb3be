namespace Claimgraph.Formats.Tests;

/// <summary>The fixture files of these tests, the repository and ../shared beside it.</summary>
internal static class Fixtures
{
    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    public static string Text(string file) => File.ReadAllText(Path(file));

    public static string RepositoryRoot => Claimgraph.Testing.Repository.Root;

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
