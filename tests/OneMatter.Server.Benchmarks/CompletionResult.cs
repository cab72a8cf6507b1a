namespace OneMatter.Server.Benchmarks;

/// <summary>One completion phase: how many completions were applied, how many failed, how long
/// it took, each completion's latency and the process's CPU time meanwhile (server and driver share
/// the process, so it bounds the server's CPU per completion from above; unlike a rate it hardly
/// depends on how busy the shared machine is) and the mean size of the writer's commit groups.</summary>
internal sealed record CompletionResult(int Completed, int Failed, TimeSpan Elapsed, Latencies Latencies, TimeSpan Cpu, double MeanGroupSize)
{
    public double PerSecond => Completed / Elapsed.TotalSeconds;

    public double CpuMsEach => Cpu.TotalMilliseconds / Math.Max(1, Completed + Failed);
}
