using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>
/// The savepoint around one document of a batch, so that a document that fails to write is undone
/// alone and the batch goes on. The connection holds the batch's transaction.
/// </summary>
internal sealed class DocumentSavepoint : IDisposable
{
    private readonly Statement _begin;
    private readonly Statement _release;
    private readonly Statement _rollback;

    public DocumentSavepoint(SqliteConnection connection)
    {
        _begin = new Statement(connection, "SAVEPOINT document;");
        _release = new Statement(connection, "RELEASE SAVEPOINT document;");
        _rollback = new Statement(connection, "ROLLBACK TO SAVEPOINT document;");
    }

    public void Begin() => _begin.Run();

    /// <summary>Keeps what the document wrote (in the batch's transaction).</summary>
    public void Keep() => _release.Run();

    /// <summary>Undoes what the document wrote; the batch's earlier documents stay.</summary>
    public void Undo()
    {
        _rollback.Run();
        _release.Run();
    }

    public void Dispose()
    {
        _begin.Dispose();
        _release.Dispose();
        _rollback.Dispose();
    }
}
