using System.Reflection;
using System.Runtime.Loader;

namespace Claimgraph.Bench.Compare;

/// <summary>
/// One build of the engine, loaded from its output folder into a load context of its own (so that two builds of the same
/// assembly live side by side in one process), with an extractor of its German pack ready for the documents given.
/// Reached by reflection only: the builds may differ in anything but <c>LanguagePack.Load</c>, <c>ClaimExtractor.Extract</c>
/// and the <c>Document(name, text)</c> constructor.
/// </summary>
internal sealed class BuildUnderTest
{
    private readonly Func<object, object?> _extract;
    private readonly object[] _documents;

    private BuildUnderTest(string folder, Func<object, object?> extract, object[] documents)
    {
        Folder = folder;
        _extract = extract;
        _documents = documents;
    }

    public string Folder { get; }

    public static BuildUnderTest Load(string folder, IReadOnlyList<SampleArticle> samples)
    {
        var engine = Path.GetFullPath(Path.Combine(folder, "Claimgraph.dll"));
        if (!File.Exists(engine))
        {
            throw new FileNotFoundException($"no Claimgraph.dll in {folder} (give a build's output folder, e.g. bench/Claimgraph.Bench/bin/Release/net10.0)");
        }

        var context = new FolderLoadContext(engine);
        var assembly = context.LoadFromAssemblyPath(engine);
        Type Named(string name) => assembly.GetType(name, throwOnError: true)!;
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

        var sourceType = Named("Claimgraph.Lexicon.ILexiconSource");
        var sources = Array.CreateInstance(sourceType, 1);
        sources.SetValue(Named("Claimgraph.Lexicon.EmbeddedLexiconSource").GetProperty("Instance", Any)!.GetValue(null), 0);
        var pack = Named("Claimgraph.Lexicon.LanguagePack").GetMethod("Load", Any, [typeof(string), sources.GetType()])!.Invoke(null, ["de", sources]);
        var extractor = Activator.CreateInstance(Named("Claimgraph.Extraction.ClaimExtractor"), pack)!;
        var extract = extractor.GetType().GetMethod("Extract", Any)!;

        var documentType = Named("Claimgraph.Extraction.Document");
        var constructor = documentType.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var documents = samples.Select(s => constructor.Invoke([s.Name, s.Text, .. Enumerable.Repeat<object?>(null, constructor.GetParameters().Length - 2)])).ToArray();
        return new BuildUnderTest(folder, document => extract.Invoke(extractor, [document]), documents);
    }

    /// <summary>Extracts every document once.</summary>
    public void ExtractAll()
    {
        foreach (var document in _documents)
        {
            _extract(document);
        }
    }

    /// <summary>Resolves a build's own dependencies from its folder, the framework's from the runtime.</summary>
    private sealed class FolderLoadContext(string mainAssembly) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
