using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>
/// Runs a unit of work again while another process holds the write lock (SQLITE_BUSY, SQLITE_LOCKED)
/// beyond the busy timeout, with a short random pause, until a deadline.
/// </summary>
internal static class Retry
{
    private const int Busy = 5;
    private const int Locked = 6;

    /// <summary>Whether another connection holds the lock (worth another try), rather than the work being wrong.</summary>
    public static bool IsBusy(SqliteException e) => e.SqliteErrorCode == Busy || e.SqliteErrorCode == Locked;

    public static T Run<T>(Func<T> work, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                return work();
            }
            catch (SqliteException e) when (IsBusy(e) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Random.Shared.Next(10, 100));
            }
        }
    }
}
