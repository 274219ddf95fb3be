namespace Claimgraph.Formats.Input;

/// <summary>
/// A kind of input that becomes documents (HTML pages, feeds, WARC archives, JSONL, plain text). <see cref="DocumentReader"/> asks each format in turn whether
/// it recognises an input by its content, then by its name; Extensions are the files it takes
/// when a folder is walked.
/// </summary>
public interface IDocumentFormat
{
    string Name { get; }

    IReadOnlyList<string> Extensions { get; }

    /// <summary>Whether its inputs name other inputs (a JSONL manifest's "path" lines): such files are read first when a folder is walked, so the files they list get their metadata.</summary>
    bool ListsOtherInputs => false;

    /// <summary>Whether the content looks like this format (magic bytes, root element, …).</summary>
    bool Recognizes(InputSample sample);

    /// <summary>The documents, problems and notes of one input; a problem in one record does not end the rest.</summary>
    IEnumerable<InputItem> Read(InputResource resource);
}
