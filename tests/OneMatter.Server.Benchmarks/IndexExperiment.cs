using Microsoft.Data.Sqlite;

namespace OneMatter.Server.Benchmarks;

/// <summary>
/// What-if: statistics for SQLite's planner, applied to THIS temporary database only. The store
/// now creates the partial index the first runs asked for (IX_Tasks_OpenInbox, open rows in the
/// inbox's order, covering its filters) and reads the inbox in that order, so plans should not
/// depend on statistics; ANALYZE shows whether they still do.
/// </summary>
internal static class IndexExperiment
{
    public const string Sql = "ANALYZE";

    public static void Apply(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=30000; " + Sql + ";";
        command.ExecuteNonQuery();
    }
}
