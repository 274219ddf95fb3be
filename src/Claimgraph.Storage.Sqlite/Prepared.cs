using Microsoft.Data.Sqlite;

namespace Claimgraph.Storage.Sqlite;

/// <summary>
/// Commands made once per connection and run many times: SQLite keeps each statement compiled, and
/// a run only binds new values (by position, in the order the names were given).
/// </summary>
internal static class Prepared
{
    public static SqliteCommand Command(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    public static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
