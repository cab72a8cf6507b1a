using System.Diagnostics;
using OneMatter.Engine.Loading;
using OneMatter.Scheduling;
using OneMatter.Storage;

namespace OneMatter.Runtime.Benchmarks;

/// <summary>
/// Where a restart's time goes, measured after the <c>--timers</c> run on the same file (so it
/// does not eat into the near-due timers' lead): loading the workspace, opening the store cold,
/// reading every pending timer, and creating their jobs in a fresh in-memory Hangfire the way
/// <see cref="TimerRescheduler"/> does (earliest first, the same parallelism). The parts run one
/// after the other, as in <c>OneMatterRuntime.StartAsync</c>, so they should add up to about the
/// restart; CPU time and GC counts show whether the process was busy or waiting for the cores.
/// </summary>
internal static class RestartBreakdown
{
    public static async Task RunAsync(Workload workload, string file)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        Workspace.Load(workload.WorkflowsFolder, workload.TemplatesFolder);
        var load = watch.Elapsed;
        var store = await StoreFactory.OpenAsync(file);
        var open = watch.Elapsed;
        var timers = await store.PendingTimersAsync();
        var read = watch.Elapsed;
        await using var writer = new CommandWriter(store, workload.Engine, workload.Catalog, TimeProvider.System);
        using var scheduling = TimerScheduling.Start(writer);
        var started = watch.Elapsed;
        var ordered = timers.OrderBy(t => t.Due).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 2, 8) };
        Parallel.ForEach(ordered, options, t => scheduling.Scheduler.Reschedule(t.InstanceId, t.TimerId, t.Due));
        var scheduled = watch.Elapsed;
        process.Refresh();
        var cpuUsed = process.TotalProcessorTime - cpu;
        Console.WriteLine($"Restart breakdown (again, after the run): workspace {load.TotalSeconds:0.00} s, store open {(open - load).TotalSeconds:0.00} s, " +
            $"PendingTimersAsync {(read - open).TotalSeconds:0.00} s ({timers.Count:N0}), Hangfire start {(started - read).TotalSeconds:0.00} s, " +
            $"{ordered.Length:N0} jobs created {(scheduled - started).TotalSeconds:0.00} s ({ordered.Length / Math.Max(0.001, (scheduled - started).TotalSeconds):N0}/s); " +
            $"total {scheduled.TotalSeconds:0.00} s, CPU {cpuUsed.TotalSeconds:0.00} s, " +
            $"GCs gen0/1/2 {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}");
    }
}
