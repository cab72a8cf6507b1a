using System.Diagnostics;
using OneMatter.Storage;

namespace OneMatter.Runtime.Benchmarks;

/// <summary>--timers: fills a store with pending deadline timers (rural-housing instances started
/// through the writer, each waiting at acceptance with its 1-working-day deadline), then, on a
/// freshly opened store as after a restart, times <c>PendingTimersAsync</c>.</summary>
internal static class TimersRun
{
    public static async Task RunAsync(Workload workload, string folder, int instances, int inFlight)
    {
        var file = Path.Combine(folder, "timers.db");
        var store = await StoreFactory.OpenAsync(file);
        var writer = new CommandWriter(store, workload.Engine, workload.Catalog, new ForwardClock(Workload.Start));
        var next = -1;
        var failed = 0;
        var fill = Stopwatch.StartNew();
        async Task Worker()
        {
            while (true)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= instances)
                {
                    return;
                }
                var outcome = await writer.StartAsync(workload.StartCommand("T-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), small: true), "rural-housing");
                if (!outcome.Applied)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(Worker)));
        fill.Stop();
        await writer.DisposeAsync();
        var bytes = DurableRun.Checkpoint(file);
        Console.WriteLine($"Filled: {instances - failed:N0} instances started through the writer in {fill.Elapsed.TotalSeconds:0.0} s " +
            $"({(instances - failed) / fill.Elapsed.TotalSeconds:N0}/s), {failed} failed; database {bytes / 1048576.0:0.0} MB");
        // As after a restart: a new store on the same file, cold process-level caches for it.
        for (var round = 1; round <= 3; round++)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var fresh = await StoreFactory.OpenAsync(file);
            var watch = Stopwatch.StartNew();
            var timers = await fresh.PendingTimersAsync();
            watch.Stop();
            var kinds = string.Join(", ", timers.GroupBy(t => t.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}"));
            Console.WriteLine($"PendingTimersAsync round {round}: {timers.Count:N0} pending timers ({kinds}) read in {watch.Elapsed.TotalSeconds:0.000} s " +
                $"(target < 5 s: {(watch.Elapsed.TotalSeconds < 5 ? "met" : "NOT met")})");
        }
    }
}
