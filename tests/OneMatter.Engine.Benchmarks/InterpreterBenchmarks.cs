using BenchmarkDotNet.Attributes;

namespace OneMatter.Engine.Benchmarks;

/// <summary>Pure interpreter throughput: one rural-housing instance per operation.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class InterpreterBenchmarks
{
    private RuralHousingWorkload _workload = null!;
    private int _n;

    [GlobalSetup]
    public void Setup() => _workload = new RuralHousingWorkload();

    [Benchmark(Description = "rural-housing instance (start → approval)")]
    public object RuralHousingInstance() => _workload.RunOne(_n++);
}
