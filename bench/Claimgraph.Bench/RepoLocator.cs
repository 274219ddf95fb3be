namespace Claimgraph.Bench;

/// <summary>Finds the repository root (the folder holding Claimgraph.slnx) and the sample articles in it.</summary>
public static class RepoLocator
{
    private const string SolutionFile = "Claimgraph.slnx";

    /// <summary>Walks up from <see cref="AppContext.BaseDirectory"/> to the folder containing the solution file.</summary>
    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no {SolutionFile} above {AppContext.BaseDirectory}; pass --samples DIR");
    }

    public static string DefaultSamples() => Path.Combine(FindRoot(), "samples", "de");
}
