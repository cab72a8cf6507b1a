using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using OneMatter.Engine.Benchmarks;

// `--quick`: a plain measuring loop on this thread (seconds, not minutes) for a first look;
// anything else goes to BenchmarkDotNet (e.g. `--filter *`).
if (args.Contains("--quick"))
{
    var workload = new RuralHousingWorkload();
    // Warm up long enough for tiered compilation to reach its optimised code.
    var warmup = Stopwatch.StartNew();
    for (var i = 0; warmup.Elapsed < TimeSpan.FromSeconds(3); i++)
    {
        workload.RunOne(i);
    }
    const int count = 20_000;
    var bytes = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        workload.RunOne(i);
    }
    watch.Stop();
    bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
    var perSecond = count / watch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"rural-housing: {perSecond:N0} instances/s, {perSecond * workload.CommandsPerInstance:N0} commands/s ({workload.CommandsPerInstance} commands per instance), {bytes / count / 1024.0:N1} KB allocated per instance"));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(InterpreterBenchmarks).Assembly).Run(args);
