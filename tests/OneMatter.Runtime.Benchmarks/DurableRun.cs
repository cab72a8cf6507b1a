using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OneMatter.Engine.Instances;
using OneMatter.Storage;

namespace OneMatter.Runtime.Benchmarks;

internal sealed record DurableResult(int Instances, long Commands, int Failed, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs,
    long PeakWorkingSet, long DatabaseBytes, long Commits, TimeSpan CommitTime, long AllocatedBytes, TimeSpan GcPause)
{
    public double InstancesPerSecond => Instances / Elapsed.TotalSeconds;

    public double CommandsPerSecond => Commands / Elapsed.TotalSeconds;
}

/// <summary>(a) The rural-housing happy path through a real <see cref="CommandWriter"/> on a SQLite
/// file (WAL, synchronous=FULL), many instances in flight, each instance's commands in order.</summary>
internal static class DurableRun
{
    public static async Task<DurableResult> RunAsync(Workload workload, string folder, int instances, int inFlight, string prefix)
    {
        var file = Path.Combine(folder, prefix + ".db");
        var store = await StoreFactory.OpenAsync(file);
        var counting = new CommitCounter(store);
        var clock = new ForwardClock(Workload.Start);
        var writer = new CommandWriter(counting, workload.Engine, workload.Catalog, clock);
        var latencies = new long[instances * 10];
        var recorded = 0L;
        var failed = 0;
        var next = -1;
        // Allocation and GC pauses of the whole process during the run: what the commit path
        // allocates shows up as pauses of the writer.
        var allocated0 = GC.GetTotalAllocatedBytes();
        var pause0 = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        async Task Worker()
        {
            while (true)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= instances)
                {
                    return;
                }
                var id = prefix + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                try
                {
                    var t0 = Stopwatch.GetTimestamp();
                    var outcome = await writer.StartAsync(workload.StartCommand(id), "rural-housing");
                    Record(t0);
                    for (var step = 0; outcome.Applied && step < 20; step++)
                    {
                        if (workload.Next(outcome.State!) is not { } command)
                        {
                            break;
                        }
                        if (command.NotBefore is { } due)
                        {
                            clock.AdvanceTo(due);
                        }
                        t0 = Stopwatch.GetTimestamp();
                        outcome = await writer.SubmitAsync(command.Command, id);
                        Record(t0);
                    }
                    if (!outcome.Applied || outcome.State!.Status != MatterStatus.Ended)
                    {
                        Interlocked.Increment(ref failed);
                        if (failed == 1)
                        {
                            Console.WriteLine($"  first failure {id}: {outcome.Status} {outcome.Rejection}");
                        }
                    }
                }
#pragma warning disable CA1031 // Counted and shown; the run goes on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    if (Interlocked.Increment(ref failed) == 1)
                    {
                        Console.WriteLine($"  first failure {id}: {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        }
        void Record(long t0)
        {
            var i = Interlocked.Increment(ref recorded) - 1;
            if (i < latencies.Length)
            {
                latencies[i] = Stopwatch.GetTimestamp() - t0;
            }
        }
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(Worker)));
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes() - allocated0;
        var pause = GC.GetTotalPauseDuration() - pause0;
        await writer.DisposeAsync();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var count = (int)Math.Min(recorded, latencies.Length);
        var sorted = latencies.AsSpan(0, count).ToArray();
        Array.Sort(sorted);
        double Percentile(double p) => count == 0 ? 0 : sorted[Math.Min(count - 1, (int)Math.Ceiling(p * count) - 1)] * 1000.0 / Stopwatch.Frequency;
        var bytes = Checkpoint(file);
        return new DurableResult(instances - failed, recorded, failed, watch.Elapsed, Percentile(0.50), Percentile(0.99), Percentile(1.0),
            peak, bytes, counting.Commits, counting.CommitTime, allocated, pause);
    }

    /// <summary>Checkpoints the WAL into the database and returns the size of the file and its -wal.</summary>
    public static long Checkpoint(string file)
    {
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection("Data Source=" + file + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // A checkpoint the store started in the background may still hold the log: TRUNCATE
            // then reports busy (first column 1) and leaves the log, so it is tried again.
            command.CommandText = "PRAGMA busy_timeout=5000;";
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            for (var attempt = 0; attempt < 100; attempt++)
            {
                using var reader = command.ExecuteReader();
                if (reader.Read() && reader.GetInt64(0) == 0)
                {
                    break;
                }
                Thread.Sleep(50);
            }
        }
        long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
        return Size(file) + Size(file + "-wal");
    }
}
