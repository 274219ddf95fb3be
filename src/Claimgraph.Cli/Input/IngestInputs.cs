namespace Claimgraph.Cli.Input;

/// <summary>
/// Collects what `claimgraph ingest` was given into <see cref="IngestItem"/>s: the entries of
/// manifests, and files and folders (*.txt and *.md, recursively, README.md left out). A folder's
/// own manifest.jsonl files give the metadata of the files they list. Each file once.
/// </summary>
public sealed class IngestInputs
{
    private readonly ManifestReader _manifests = new();

    public (List<IngestItem> Items, List<InputProblem> Problems) Collect(IEnumerable<string> paths, IEnumerable<string> manifests)
    {
        var items = new List<IngestItem>();
        var problems = new List<InputProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var manifest in manifests)
        {
            foreach (var (entry, problem) in _manifests.Read(manifest))
            {
                if (problem is not null)
                {
                    problems.Add(problem);
                }
                else if (entry!.Path is null || seen.Add(entry.Path))
                {
                    items.Add(ItemOf(entry));
                }
            }
        }

        foreach (var path in paths)
        {
            if (path == "-")
            {
                items.Add(new IngestItem("-", "-", null, "stdin", null, null, null, null, null));
                continue;
            }

            if (Directory.Exists(path))
            {
                var known = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
                foreach (var manifest in Directory.EnumerateFiles(path, "manifest.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    foreach (var (entry, problem) in _manifests.Read(manifest))
                    {
                        if (problem is not null)
                        {
                            problems.Add(problem);
                        }
                        else if (entry!.Path is not null)
                        {
                            known[entry.Path] = entry;
                        }
                    }
                }

                foreach (var file in TextFileReader.Files(path))
                {
                    var full = System.IO.Path.GetFullPath(file);
                    if (seen.Add(full))
                    {
                        items.Add(known.TryGetValue(full, out var entry)
                            ? ItemOf(entry) with { Origin = file }
                            : new IngestItem(file, full, null, null, null, null, null, null, null));
                    }
                }

                continue;
            }

            if (!File.Exists(path))
            {
                problems.Add(new InputProblem(path, "no such file or directory"));
                continue;
            }

            if (seen.Add(System.IO.Path.GetFullPath(path)))
            {
                items.Add(new IngestItem(path, System.IO.Path.GetFullPath(path), null, null, null, null, null, null, null));
            }
        }

        return (items, problems);
    }

    private static IngestItem ItemOf(ManifestEntry entry) =>
        new($"{entry.Manifest}:{entry.Line}", entry.Path, entry.Text, entry.Name, entry.Url, entry.Outlet, entry.Published, entry.Title, entry.Language);
}
