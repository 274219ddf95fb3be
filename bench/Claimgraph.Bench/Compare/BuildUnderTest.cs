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
        return new BuildUnderTest(folder, document => extract.Invoke(extractor, [document]), documents)
        {
            _dates = DatesOf(Named, pack!, samples),
        };
    }

    // The date recognizer's part: each line of the samples tokenized with the pack's cue masks, read near its date words
    // against a fixed reference date (what ClaimExtractor.TimesOf asks of a claim's sentence), one compiled call per line.
    private Action? _dates;

    private static Action DatesOf(Func<string, Type> named, object pack, IReadOnlyList<SampleArticle> samples)
    {
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var packType = pack.GetType();
        var dates = packType.GetProperty("Dates", Any)!.GetValue(pack)!;
        var cueStarts = packType.GetProperty("CueStarts", Any)!.GetValue(pack)!;
        var recognizer = Activator.CreateInstance(named("Claimgraph.Recognizers.Dates.DateRecognizer"), dates)!;
        var spanType = named("Claimgraph.Text.TextSpan");
        var tokenizedType = named("Claimgraph.Text.TokenizedText");
        var masksType = named("Claimgraph.Text.IWordMasks");
        var constructor = tokenizedType.GetConstructor(Any, [typeof(string), spanType, masksType])!;
        var lines = new List<object>();
        foreach (var sample in samples)
        {
            var start = 0;
            foreach (var line in sample.Text.Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    lines.Add(constructor.Invoke([sample.Text, Activator.CreateInstance(spanType, start, start + line.Length), cueStarts]));
                }

                start += line.Length + 1;
            }
        }

        var method = recognizer.GetType().GetMethod("RecognizeNearDates", Any, [tokenizedType, typeof(DateOnly?)])!;
        var text = System.Linq.Expressions.Expression.Parameter(typeof(object));
        var call = System.Linq.Expressions.Expression.Lambda<Action<object>>(
            System.Linq.Expressions.Expression.Call(
                System.Linq.Expressions.Expression.Constant(recognizer), method,
                System.Linq.Expressions.Expression.Convert(text, tokenizedType),
                System.Linq.Expressions.Expression.Constant(new DateOnly(2024, 11, 17), typeof(DateOnly?))),
            text).Compile();
        var all = lines.ToArray();
        return () =>
        {
            foreach (var line in all)
            {
                call(line);
            }
        };
    }

    /// <summary>Reads every line of the samples for time expressions near its date words, once (<c>--part dates</c>).</summary>
    public void RecognizeDatesAll() => _dates!();

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
