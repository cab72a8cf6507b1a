namespace OneMatter.Server.Benchmarks;

/// <summary>The inbox phase: latencies overall and per filter, requests per second, and the
/// totals each view reported (to show what the officer's inbox held), and the process's CPU time
/// while measuring (server and driver together, see <see cref="CompletionResult"/>).</summary>
internal sealed record InboxResult(Latencies All, IReadOnlyDictionary<string, Latencies> ByFilter, int Errors, TimeSpan Elapsed,
    IReadOnlyDictionary<string, int> Totals, TimeSpan Cpu)
{
    public double PerSecond => All.Count / Elapsed.TotalSeconds;

    public double CpuMsEach => Cpu.TotalMilliseconds / Math.Max(1, All.Count);
}
