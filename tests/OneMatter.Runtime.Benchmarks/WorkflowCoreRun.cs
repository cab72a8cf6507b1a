using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace OneMatter.Runtime.Benchmarks;

internal sealed record WorkflowCoreResult(int Started, int Completed, TimeSpan Elapsed, string? Problem)
{
    public double InstancesPerSecond => Completed / Elapsed.TotalSeconds;
}

/// <summary>The data of one WorkflowCore instance: its key, which event keys name.</summary>
internal sealed class HousingData
{
    public string Key { get; set; } = "";
}

/// <summary>Rural housing in WorkflowCore: a start step, then waits for external events in the
/// same order as OneMatter's commands: accept; four parallel branches (village opinion followed by
/// the public notice, whose timer is replaced by an event; land; housing; homestead); join;
/// approve. Every step after a wait acknowledges to the driver, which publishes the next event
/// only then (as the OneMatter driver submits its next command only after the acknowledgement).</summary>
internal sealed class HousingWorkflow : IWorkflow<HousingData>
{
    public static readonly ConcurrentDictionary<string, SemaphoreSlim> Acks = new();

    public string Id => "rural-housing";

    public int Version => 1;

    public void Build(IWorkflowBuilder<HousingData> builder)
    {
        builder
            .StartWith(Ack)
            .WaitFor("accept", d => d.Key, d => DateTime.MinValue).Then(Ack)
            .Parallel()
                .Do(b => b.StartWith(_ => ExecutionResult.Next())
                    .WaitFor("village", d => d.Key, d => DateTime.MinValue).Then(Ack)
                    .WaitFor("notice", d => d.Key, d => DateTime.MinValue).Then(Ack))
                .Do(b => b.StartWith(_ => ExecutionResult.Next())
                    .WaitFor("land", d => d.Key, d => DateTime.MinValue).Then(Ack))
                .Do(b => b.StartWith(_ => ExecutionResult.Next())
                    .WaitFor("housing", d => d.Key, d => DateTime.MinValue).Then(Ack))
                .Do(b => b.StartWith(_ => ExecutionResult.Next())
                    .WaitFor("homestead", d => d.Key, d => DateTime.MinValue).Then(Ack))
            .Join()
            .WaitFor("approve", d => d.Key, d => DateTime.MinValue).Then(Ack);
    }

    private static ExecutionResult Ack(IStepExecutionContext context)
    {
        var data = (HousingData)context.Workflow.Data;
        if (Acks.TryGetValue(data.Key, out var ack))
        {
            ack.Release();
        }
        return ExecutionResult.Next();
    }
}

/// <summary>(c) WorkflowCore 3.22.0 on its in-memory persistence, 100 ms poll interval.</summary>
internal static class WorkflowCoreRun
{
    private static readonly string[] Events = ["accept", "village", "land", "housing", "homestead", "notice", "approve"];

    public static async Task<WorkflowCoreResult> RunAsync(int instances, int inFlight, TimeSpan cap)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddWorkflow(o => o.UsePollInterval(TimeSpan.FromMilliseconds(100)));
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<HousingWorkflow, HousingData>();
        await host.StartAsync(CancellationToken.None);
        var completed = 0;
        var started = 0;
        string? problem = null;
        var next = -1;
        var stepTimeout = TimeSpan.FromSeconds(30);
        using var stop = new CancellationTokenSource(cap);
        var watch = Stopwatch.StartNew();
        async Task Worker()
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= instances)
                {
                    return;
                }
                var key = "W-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                using var ack = new SemaphoreSlim(0);
                HousingWorkflow.Acks[key] = ack;
                try
                {
                    Interlocked.Increment(ref started);
                    await host.StartWorkflow("rural-housing", 1, new HousingData { Key = key });
                    if (!await ack.WaitAsync(stepTimeout, stop.Token))
                    {
                        problem ??= $"{key}: start not acknowledged within {stepTimeout.TotalSeconds} s";
                        return;
                    }
                    foreach (var name in Events)
                    {
                        await host.PublishEvent(name, key, null);
                        if (!await ack.WaitAsync(stepTimeout, stop.Token))
                        {
                            problem ??= $"{key}: event {name} not acknowledged within {stepTimeout.TotalSeconds} s";
                            return;
                        }
                    }
                    Interlocked.Increment(ref completed);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                finally
                {
                    HousingWorkflow.Acks.TryRemove(key, out _);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(Worker)));
        watch.Stop();
        if (stop.IsCancellationRequested && completed < instances)
        {
            problem ??= $"stopped at the {cap.TotalSeconds:0} s cap; rate is completed instances over that time";
        }
        await host.StopAsync(CancellationToken.None);
        return new WorkflowCoreResult(started, completed, watch.Elapsed, problem);
    }
}
