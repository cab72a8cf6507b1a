using Microsoft.Data.Sqlite;

namespace OneMatter.Server.Benchmarks;

/// <summary>
/// What-if: the fix the query plans call for, applied to THIS temporary database only (the
/// store's code and migrations are not changed; others own them), so the run shows the query
/// times, the inbox latencies and the completion rate with it. ANALYZE gives SQLite's planner the
/// statistics it lacks (without them the completion's pre-check "does the unit take part"
/// searches the unit's index, every row the unit ever had, instead of the instance's few rows by
/// primary key); the partial index holds only open rows (the inbox never shows a done one) by
/// unit and due instant, so every view reads its unit's open rows.
/// </summary>
internal static class IndexExperiment
{
    public const string Sql =
        "CREATE INDEX \"IX_Tasks_Open_Unit_Due\" ON \"Tasks\" (\"Unit\", \"DueUtcTicks\", \"CreatedUtcTicks\") WHERE \"Status\" <> 'Done'";

    public static void Apply(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=30000; " + Sql + "; ANALYZE;";
        command.ExecuteNonQuery();
    }
}
