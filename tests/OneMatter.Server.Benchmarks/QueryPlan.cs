using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OneMatter.Server.Benchmarks;

/// <summary>
/// The inbox's two statements per view (the count and the page), written out as EF Core
/// translates the compiled statements of <c>InboxView</c> (parameters by the same names; the
/// <c>"t".</c> prefixes and the page's column list abbreviated, which leaves the plan as it is),
/// with SQLite's EXPLAIN QUERY PLAN and their time on the seeded database outside the server:
/// where a slow page spends its time, and which index would serve it.
/// </summary>
internal static class QueryPlan
{
    private static readonly Dictionary<string, string> Conditions = new()
    {
        ["pending"] = "\"Status\" = 'Offered' AND \"ClaimedBy\" IS NULL",
        ["mine"] = "(\"ClaimedBy\" = @user OR \"Assignee\" = @user)",
        ["due-soon"] = "\"DueUtcTicks\" IS NOT NULL AND \"DueUtcTicks\" >= @now AND \"DueUtcTicks\" <= @soon",
        ["overdue"] = "(\"Overdue\" OR (\"DueUtcTicks\" IS NOT NULL AND \"DueUtcTicks\" < @now))",
    };

    public static void Print(string databaseFile, string unit, string user, DateTimeOffset now)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var (filter, condition) in Conditions)
        {
            // The dated half (the undated half has the same shape with DueUtcTicks IS NULL).
            var where = $"FROM \"Tasks\" AS \"t\" WHERE \"Unit\" = @unit AND \"Status\" <> 'Done' AND {condition} AND \"DueUtcTicks\" IS NOT NULL";
            var count = $"SELECT COUNT(*) {where}";
            var page = $"SELECT * {where} ORDER BY \"DueUtcTicks\", \"CreatedUtcTicks\", \"InstanceId\", \"TaskId\", \"WorkItemId\" LIMIT @take OFFSET @skip";
            Console.WriteLine($"  {filter}: count {Time(connection, count, unit, user, now):0.0} ms, page {Time(connection, page, unit, user, now):0.0} ms");
            foreach (var line in Plan(connection, count, unit, user, now))
            {
                Console.WriteLine($"    count: {line}");
            }
            foreach (var line in Plan(connection, page, unit, user, now))
            {
                Console.WriteLine($"    page:  {line}");
            }
        }
    }

    /// <summary>The completion endpoint's pre-check (<c>MatterReadModel.UnitTakesPartAsync</c>),
    /// as its two compiled queries read: the instance's task rows' units by key (the unit is
    /// compared in memory), then, only when none is the officer's, whether an event of the unit exists.</summary>
    public static void PrintPreCheck(string databaseFile, string instanceId, string unit)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        // @user carries the instance id here: Command binds the same names for every statement.
        (string Name, string Sql)[] queries =
        [
            ("task rows", "SELECT \"t\".\"Unit\" FROM \"Tasks\" AS \"t\" WHERE \"t\".\"InstanceId\" = @user"),
            ("events", "SELECT EXISTS (SELECT 1 FROM \"Events\" AS \"e\" WHERE \"e\".\"InstanceId\" = @user AND \"e\".\"Unit\" = @unit)"),
        ];
        foreach (var (name, sql) in queries)
        {
            Console.WriteLine($"  pre-check, {name}: {Time(connection, sql, unit, instanceId, DateTimeOffset.UtcNow):0.0} ms");
            foreach (var line in Plan(connection, sql, unit, instanceId, DateTimeOffset.UtcNow))
            {
                Console.WriteLine($"    {line}");
            }
        }
    }

    private static List<string> Plan(SqliteConnection connection, string sql, string unit, string user, DateTimeOffset now)
    {
        using var command = Command(connection, "EXPLAIN QUERY PLAN " + sql, unit, user, now);
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3));
        }
        return lines;
    }

    /// <summary>The median of five runs, in milliseconds.</summary>
    private static double Time(SqliteConnection connection, string sql, string unit, string user, DateTimeOffset now)
    {
        using var command = Command(connection, sql, unit, user, now);
        var times = new double[5];
        for (var i = 0; i < times.Length; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                }
            }
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        Array.Sort(times);
        return times[2];
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string unit, string user, DateTimeOffset now)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@unit", unit);
        command.Parameters.AddWithValue("@user", user);
        command.Parameters.AddWithValue("@now", now.UtcTicks);
        command.Parameters.AddWithValue("@soon", now.UtcTicks + TimeSpan.FromDays(2).Ticks);
        // The first page.
        command.Parameters.AddWithValue("@skip", 0);
        command.Parameters.AddWithValue("@take", 20);
        return command;
    }
}
