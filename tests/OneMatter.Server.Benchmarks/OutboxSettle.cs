using System.Diagnostics;

namespace OneMatter.Server.Benchmarks;

/// <summary>
/// Waits until the outbox has performed every effect committed so far (timer jobs cancelled and
/// scheduled, real-time pushes). The outbox works after the commit, so without this the effects
/// of one completion phase would be performed, and paid for, during the next one.
/// </summary>
internal static class OutboxSettle
{
    public static async Task<TimeSpan> WaitAsync(RuntimeHost host, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit && (await host.Runtime.Store.PendingEffectsAsync(1)).Count > 0)
        {
            await Task.Delay(50);
        }
        return watch.Elapsed;
    }
}
