using OneMatter.Engine.Events;
using OneMatter.Scheduling.Tests.Support;

namespace OneMatter.Scheduling.Tests;

/// <summary>The scheduling horizon: with in-memory Hangfire only timers due soon have jobs; the
/// rest wait in the store and are swept in as they come near, still firing once and on time.</summary>
public sealed class TimerHorizonTests
{
    [Fact]
    public async Task ATimerBeyondTheHorizon_HasNoJobAtFirst_IsSweptIn_AndFiresOnceOnTime()
    {
        using var db = new TempDatabase();
        // wait-long's timer is 4.32 s away: beyond a 2 s horizon when it is created.
        await using var host = await Host.StartAsync(db, horizon: TimeSpan.FromSeconds(2), sweep: TimeSpan.FromMilliseconds(250));
        var timer = Assert.Single((await host.StartMatterAsync("wait-long", "H1")).State!.Timers);
        Assert.True(await Host.WaitUntilAsync(() => host.Outbox.LastFailedCount == 0 && host.Store.PendingEffectsAsync(1).Result.Count == 0,
            TimeSpan.FromSeconds(5)), "the outbox did not drain");
        if (host.Scheduling.HorizonOrNull!.Watermark < timer.Due)
        {
            Assert.Null(host.Scheduling.Scheduler.JobOf("H1", timer.Id));
        }

        Assert.True(await Host.WaitUntilAsync(() => host.Scheduling.Scheduler.JobOf("H1", timer.Id) is not null || timer.Due <= DateTimeOffset.UtcNow,
            TimeSpan.FromSeconds(10)));
        Assert.True(await host.WaitForAsync("H1", e => e.OfType<TimerElapsed>().Any(), TimeSpan.FromSeconds(20)), "the timer did not fire");
        var elapsed = Assert.Single(await host.EventsOfAsync<TimerElapsed>("H1"));
        Assert.True(elapsed.At >= timer.Due, $"fired at {elapsed.At:O}, before {timer.Due:O}");
        Assert.True(elapsed.At - timer.Due < TimeSpan.FromSeconds(3), $"fired {(elapsed.At - timer.Due).TotalSeconds:0.0} s late");
    }

    [Fact]
    public async Task RescheduleOnStart_WithAHorizon_SchedulesOnlyTheNearTimers()
    {
        using var db = new TempDatabase();
        string farTimer, nearTimer;
        await using (var first = await Host.StartAsync(db))
        {
            // No horizon here: both get jobs, then the "process" stops and the jobs are lost.
            farTimer = Assert.Single((await first.StartMatterAsync("wait-long", "F1")).State!.Timers).Id;
            nearTimer = Assert.Single((await first.StartMatterAsync("wait", "N1")).State!.Timers).Id;
        }

        // Restart with a horizon that covers "wait" (2.16 s) but not "wait-long" (4.32 s) from
        // their start; the sweep runs rarely so only the start-up sweep counts here.
        await using var second = await Host.StartAsync(db, reschedule: true, horizon: TimeSpan.FromSeconds(3), sweep: TimeSpan.FromSeconds(2.5));
        var due = (await second.Store.PendingTimersAsync()).ToDictionary(t => t.InstanceId, t => t.Due);
        var watermark = second.Scheduling.HorizonOrNull!.Watermark;
        Assert.NotNull(second.Scheduling.Scheduler.JobOf("N1", nearTimer));
        Assert.Equal(due["F1"] <= watermark, second.Scheduling.Scheduler.JobOf("F1", farTimer) is not null);

        // Both still fire exactly once.
        Assert.True(await second.WaitForAsync("F1", e => e.OfType<TimerElapsed>().Any(), TimeSpan.FromSeconds(20)));
        Assert.True(await second.WaitForAsync("N1", e => e.OfType<TimerElapsed>().Any(), TimeSpan.FromSeconds(20)));
        Assert.Single(await second.EventsOfAsync<TimerElapsed>("F1"));
        Assert.Single(await second.EventsOfAsync<TimerElapsed>("N1"));
    }
}
