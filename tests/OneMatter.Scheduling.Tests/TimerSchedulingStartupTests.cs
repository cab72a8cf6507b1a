using OneMatter.Engine.Events;
using OneMatter.Scheduling.Tests.Support;

namespace OneMatter.Scheduling.Tests;

/// <summary>What the in-memory job storage needs at start-up, and where delayed jobs are put.</summary>
public sealed class TimerSchedulingStartupTests
{
    [Fact]
    public async Task InMemoryStorage_NeedsRescheduleOnStart_AndRescheduleOnStartSchedulesEveryPendingTimer()
    {
        using var db = new TempDatabase();
        await using var host = await Host.StartAsync(db);
        var timer = Assert.Single((await host.StartMatterAsync("wait-long", "S1")).State!.Timers);
        await host.StartMatterAsync("wait-long", "S2");

        // In memory, a restart loses every job: the store's pending timers must be re-scheduled.
        Assert.True(host.Scheduling.NeedsRescheduleOnStart);
        var before = host.Scheduling.Scheduler.JobOf("S1", timer.Id);
        Assert.Equal(2, await host.Scheduling.RescheduleOnStartAsync(host.Store));
        var after = host.Scheduling.Scheduler.JobOf("S1", timer.Id);
        Assert.NotNull(after);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Timer_FiresAtItsDueInstant_WithOneJob_EvenWhenHangfireRunsItEarly()
    {
        using var db = new TempDatabase();
        await using var host = await Host.StartAsync(db);
        var timer = Assert.Single((await host.StartMatterAsync("wait-long", "S3")).State!.Timers);

        Assert.True(await host.WaitForAsync("S3", e => e.OfType<TimerElapsed>().Any(), TimeSpan.FromSeconds(20)), "the timer did not fire");
        var elapsed = Assert.Single(await host.EventsOfAsync<TimerElapsed>("S3"));
        Assert.True(elapsed.At >= timer.Due, $"fired at {elapsed.At:O}, before {timer.Due:O}");

        // Hangfire moves a delayed job once its due second begins, up to a second early; the job
        // waits that out instead of scheduling a replacement, so the timer took exactly one job.
        Assert.True(await Host.WaitUntilAsync(() => host.Scheduling.Storage.GetMonitoringApi().GetStatistics().Succeeded >= 1, TimeSpan.FromSeconds(5)));
        var stats = host.Scheduling.Storage.GetMonitoringApi().GetStatistics();
        Assert.Equal(1, stats.Succeeded);
        Assert.Equal(0, stats.Scheduled);
    }
}
