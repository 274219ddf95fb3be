using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>
/// The savepoint around one document of a batch, so that a document that fails to write is undone
/// alone and the batch goes on (its statements prepared once per connection).
/// </summary>
internal sealed class DocumentSavepoint : IDisposable
{
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _release;
    private readonly SqliteCommand _rollback;

    public DocumentSavepoint(SqliteConnection connection)
    {
        _begin = Prepared.Command(connection, "SAVEPOINT document;");
        _release = Prepared.Command(connection, "RELEASE SAVEPOINT document;");
        _rollback = Prepared.Command(connection, "ROLLBACK TO SAVEPOINT document;");
    }

    public void Begin(SqliteTransaction transaction) => Run(_begin, transaction);

    /// <summary>Keeps what the document wrote (in the batch's transaction).</summary>
    public void Keep(SqliteTransaction transaction) => Run(_release, transaction);

    /// <summary>Undoes what the document wrote; the batch's earlier documents stay.</summary>
    public void Undo(SqliteTransaction transaction)
    {
        Run(_rollback, transaction);
        Run(_release, transaction);
    }

    public void Dispose()
    {
        _begin.Dispose();
        _release.Dispose();
        _rollback.Dispose();
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
