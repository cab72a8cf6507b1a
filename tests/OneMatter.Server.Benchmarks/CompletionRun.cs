using System.Diagnostics;
using System.Net.Http.Json;
using OneMatter.Engine.Commands;

namespace OneMatter.Server.Benchmarks;

/// <summary>
/// Completes a list of review tasks with a fixed number in flight, either over HTTP
/// (<c>POST /api/tasks/{instance}/{task}/complete</c> as the unit's demo officer; no claim is
/// needed, the engine accepts completion of an offered item by an officer of its unit) or
/// in-process through the server's <see cref="OneMatter.Runtime.CommandWriter"/> with the same
/// command the endpoint builds. The difference between the two rates is the HTTP path: Kestrel,
/// TLS-less TCP, bearer authentication, routing, the unit-takes-part check and JSON.
/// </summary>
internal static class CompletionRun
{
    public static Task<CompletionResult> OverHttpAsync(IReadOnlyList<ReviewTask> tasks, IReadOnlyDictionary<string, HttpClient> officers, RuntimeHost host,
        int inFlight) =>
        RunAsync(tasks, host, inFlight, async task =>
        {
            using var response = await officers[task.Unit].PostAsJsonAsync($"/api/tasks/{task.InstanceId}/{task.TaskId}/complete",
                new { outcome = task.Outcome, fields = task.Fields });
            return response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        });

    public static Task<CompletionResult> InProcessAsync(IReadOnlyList<ReviewTask> tasks, RuntimeHost host, int inFlight) =>
        RunAsync(tasks, host, inFlight, async task =>
        {
            var outcome = await host.Runtime.Writer.SubmitAsync(new CompleteTask
            {
                Actor = Actor.Officer("officer." + task.Unit, task.Unit), TaskId = task.TaskId, Outcome = task.Outcome, Fields = task.Fields,
            }, task.InstanceId);
            return outcome.Applied ? null : $"{outcome.Status} {outcome.Rejection}";
        });

    /// <summary>Runs <paramref name="complete"/> (null on success, else why it failed) over every task.</summary>
    private static async Task<CompletionResult> RunAsync(IReadOnlyList<ReviewTask> tasks, RuntimeHost host, int inFlight, Func<ReviewTask, Task<string?>> complete)
    {
        var writer = host.Runtime.Writer;
        var (groups, commands) = (writer.Groups, writer.Commands);
        var latencies = new Latencies();
        var completed = 0;
        var failed = 0;
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        async Task Worker()
        {
            while (Interlocked.Increment(ref next) is var n && n < tasks.Count)
            {
                var t0 = Stopwatch.GetTimestamp();
                var problem = await complete(tasks[n]);
                latencies.Add(t0);
                if (problem is null)
                {
                    Interlocked.Increment(ref completed);
                }
                else if (Interlocked.Increment(ref failed) == 1)
                {
                    Console.WriteLine($"  first failure {tasks[n].InstanceId}/{tasks[n].TaskId}: {problem}");
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(Worker)));
        watch.Stop();
        // The writer also commits the timers and effects the run causes; the mean is still what
        // each side's arrival pattern lets the queue batch.
        var groupSize = (double)(writer.Commands - commands) / Math.Max(1, writer.Groups - groups);
        return new CompletionResult(completed, failed, watch.Elapsed, latencies, Process.GetCurrentProcess().TotalProcessorTime - cpu, groupSize);
    }
}
