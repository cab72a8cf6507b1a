using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OneMatter.Runtime.Benchmarks;

/// <summary>(b) The disk's raw rate: one INSERT + one UPDATE per transaction, WAL,
/// synchronous=FULL, one connection, for a fixed time.</summary>
internal static class RawSqliteRun
{
    public static (long Transactions, TimeSpan Elapsed) Run(string folder, string name, TimeSpan duration)
    {
        var file = Path.Combine(folder, name + ".db");
        using var connection = new SqliteConnection("Data Source=" + file + ";Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, "PRAGMA synchronous=FULL;");
        Execute(connection, "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL, state INTEGER NOT NULL);");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t (id, payload, state) VALUES ($id, $payload, 0);";
        var insertId = insert.Parameters.Add("$id", SqliteType.Integer);
        insert.Parameters.AddWithValue("$payload", new string('x', 200));
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE t SET state = state + 1 WHERE id = $id;";
        var updateId = update.Parameters.Add("$id", SqliteType.Integer);
        var watch = Stopwatch.StartNew();
        long n = 0;
        while (watch.Elapsed < duration)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            update.Transaction = transaction;
            insertId.Value = n;
            insert.ExecuteNonQuery();
            updateId.Value = n;
            update.ExecuteNonQuery();
            transaction.Commit();
            n++;
        }
        watch.Stop();
        return (n, watch.Elapsed);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
