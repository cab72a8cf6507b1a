using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OneMatter.Server.Benchmarks;

/// <summary>
/// Fills the server's database with the rows the inbox reads, in one ADO.NET transaction of
/// prepared INSERTs (~1 M rows in seconds, against hours through the writer):
/// <list type="bullet">
/// <item>instance rows, each a clone of a real rural-housing instance row the writer produced
/// (snapshot, chain head, columns) under a new id, because the inbox endpoint reads the instance
/// of every row it returns;</item>
/// <item>task rows as <see cref="SeedPlan"/> describes. Their shape is the projection's
/// (<c>Projection.Tasks</c>), written as a committed snapshot would write them.</item>
/// </list>
/// No events, timers or snapshots are invented for the seeded matters: nothing reads them in
/// this benchmark, and no command is ever sent to a seeded matter. The store's own schema and
/// indexes are used as the migrations made them; nothing is added (no ANALYZE either, which the
/// server does not run).
/// </summary>
internal static class InboxSeeder
{
    private static readonly string[] Nodes = ["accept", "village-opinion", "land", "housing", "homestead", "approve"];

    public static TimeSpan Seed(string databaseFile, SeedPlan plan, IReadOnlyList<string> units, IReadOnlyList<string> templateInstances)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(20261127);
        var pick = UnitPicker(units, plan.OfficerUnit, random);
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout=30000; PRAGMA cache_size=-262144;");
        var instanceColumns = Columns(connection, "Instances");
        using (var transaction = connection.BeginTransaction())
        {
            using var cloneInstance = connection.CreateCommand();
            cloneInstance.Transaction = transaction;
            // Every column copied from the template except the id and start instant, so the clone
            // keeps whatever columns the migrations of the day have.
            var copied = instanceColumns.Where(c => c is not ("Id" or "StartedUtcTicks")).Select(c => $"\"{c}\"").ToList();
            // The snapshot too (its own table), so a clone loads like its template.
            cloneInstance.CommandText = $"INSERT INTO \"Instances\" (\"Id\", \"StartedUtcTicks\", {string.Join(", ", copied)}) " +
                $"SELECT @id, @started, {string.Join(", ", copied)} FROM \"Instances\" WHERE \"Id\" = @template; " +
                "INSERT INTO \"Snapshots\" (\"InstanceId\", \"Json\") SELECT @id, \"Json\" FROM \"Snapshots\" WHERE \"InstanceId\" = @template";
            var id = cloneInstance.Parameters.Add("@id", SqliteType.Text);
            var started = cloneInstance.Parameters.Add("@started", SqliteType.Integer);
            var template = cloneInstance.Parameters.Add("@template", SqliteType.Text);
            cloneInstance.Prepare();

            using var insertTask = connection.CreateCommand();
            insertTask.Transaction = transaction;
            insertTask.CommandText = """
                INSERT INTO "Tasks" ("InstanceId", "WorkItemId", "TaskId", "Node", "Unit", "Assignee", "Role", "Applicant", "ClaimedBy", "Status",
                  "ForApplicant", "CreatedUtcTicks", "DueUtcTicks", "Warned", "Overdue", "Supervised", "Urged")
                VALUES (@i, @w, @t, @n, @u, NULL, NULL, NULL, @c, @s, 0, @created, @due, @warned, @overdue, 0, @urged)
                """;
            var p = new Dictionary<string, SqliteParameter>();
            foreach (var name in new[] { "@i", "@w", "@t", "@n", "@u", "@c", "@s", "@created", "@due", "@warned", "@overdue", "@urged" })
            {
                // Untyped: each binding takes its value's type (text ids, integer ticks, NULLs).
                var parameter = insertTask.CreateParameter();
                parameter.ParameterName = name;
                insertTask.Parameters.Add(parameter);
                p[name] = parameter;
            }
            insertTask.Prepare();

            var now = plan.Now.UtcTicks;
            for (var k = 0; k < plan.Instances; k++)
            {
                var instanceId = $"seed-{k:D7}";
                var startedTicks = now - (long)(random.NextDouble() * TimeSpan.FromDays(365).Ticks);
                id.Value = instanceId;
                started.Value = startedTicks;
                template.Value = templateInstances[k % templateInstances.Count];
                cloneInstance.ExecuteNonQuery();
                for (var j = 0; j < SeedPlan.TasksPerInstance && k * SeedPlan.TasksPerInstance + j < plan.Tasks; j++)
                {
                    var unit = pick();
                    var roll = random.NextDouble();
                    var (status, claimed) = roll switch
                    {
                        < 0.85 => ("Done", "officer." + unit),
                        < 0.95 => ("Offered", (string?)null),
                        < 0.98 => ("Offered", unit == plan.OfficerUnit && random.Next(3) == 0 ? plan.OfficerUser : $"officer-{random.Next(8)}.{unit}"),
                        _ => ("Waiting", null),
                    };
                    long? due;
                    if (status == "Done")
                    {
                        due = startedTicks + TimeSpan.FromDays(random.Next(2, 20)).Ticks;
                    }
                    else if (random.Next(10) == 0)
                    {
                        due = null;
                    }
                    else
                    {
                        // One in twenty open rows is past due (up to 10 days), the rest fall due within 20 days.
                        due = random.Next(20) == 0
                            ? now - (long)(random.NextDouble() * TimeSpan.FromDays(10).Ticks)
                            : now + (long)(random.NextDouble() * TimeSpan.FromDays(20).Ticks);
                    }
                    var created = (due ?? now) - TimeSpan.FromDays(random.Next(2, 15)).Ticks;
                    p["@i"].Value = instanceId;
                    p["@w"].Value = "w1";
                    p["@t"].Value = $"t{j + 1}";
                    p["@n"].Value = Nodes[j];
                    p["@u"].Value = unit;
                    p["@c"].Value = (object?)claimed ?? DBNull.Value;
                    p["@s"].Value = status;
                    p["@created"].Value = created;
                    p["@due"].Value = (object?)due ?? DBNull.Value;
                    p["@warned"].Value = status != "Done" && due is { } d1 && d1 < now + TimeSpan.FromDays(1).Ticks ? 1 : 0;
                    p["@overdue"].Value = status != "Done" && due is { } d2 && d2 < now ? 1 : 0;
                    p["@urged"].Value = 0;
                    insertTask.ExecuteNonQuery();
                }
            }
            transaction.Commit();
        }
        // Fold the WAL back into the database so reads are measured on the database, not a 1 GB WAL.
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return watch.Elapsed;
    }

    /// <summary>The average snapshot size of the template instance rows (what each inbox row's
    /// instance read carries).</summary>
    public static double AverageSnapshotBytes(string databaseFile, IReadOnlyList<string> templateInstances)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT AVG(LENGTH(CAST(\"Json\" AS BLOB))) FROM \"Snapshots\" WHERE \"InstanceId\" = @id";
        var id = command.Parameters.Add("@id", SqliteType.Text);
        var sizes = templateInstances.Select(t =>
        {
            id.Value = t;
            return Convert.ToDouble(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }).ToList();
        return sizes.Count == 0 ? 0 : sizes.Average();
    }

    /// <summary>A weighted unit picker: the officer's unit takes <see cref="SeedPlan.OfficerUnitShare"/>.</summary>
    private static Func<string> UnitPicker(IReadOnlyList<string> units, string officerUnit, Random random)
    {
        var others = units.Where(u => u != officerUnit).ToArray();
        var cumulative = new double[others.Length];
        var sum = 0.0;
        for (var i = 0; i < others.Length; i++)
        {
            sum += 0.5 + random.NextDouble();
            cumulative[i] = sum;
        }
        return () =>
        {
            if (random.NextDouble() < SeedPlan.OfficerUnitShare)
            {
                return officerUnit;
            }
            var x = random.NextDouble() * sum;
            var i = Array.BinarySearch(cumulative, x);
            return others[Math.Min(i < 0 ? ~i : i, others.Length - 1)];
        };
    }

    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }
        return columns;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
