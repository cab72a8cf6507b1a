using Hangfire;
using Hangfire.InMemory;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Persistence;
using OneMatter.Scheduling.Tests.Support;

namespace OneMatter.Scheduling.Tests;

/// <summary>Re-scheduling many timers after a restart: one read, one job each. How fast is a
/// benchmark's business (tests/OneMatter.Runtime.Benchmarks --timers), not a unit test's.</summary>
public sealed class ReschedulerScaleTests
{
    [Fact]
    public async Task HundredThousandTimers_AreEachRescheduledOnceFromOneRead()
    {
        const int count = 100_000;
        var due = DateTimeOffset.UtcNow.AddDays(1);
        var timers = Enumerable.Range(0, count)
            .Select(i => new PendingTimer("M" + i, "tm1", TimerKind.Escalation, due.AddMilliseconds(i)))
            .ToList();
        var store = new PendingTimersOnlyStore(timers);
        using var storage = new InMemoryStorage();
        var scheduler = new TimerJobScheduler(new BackgroundJobClient(storage));

        var scheduled = await new TimerRescheduler(store, scheduler).RescheduleAllAsync();

        Assert.Equal(count, scheduled);
        Assert.Equal(1, store.Calls);
        Assert.Equal(count, scheduler.Count);
        Assert.Equal(count, storage.GetMonitoringApi().ScheduledCount());
    }
}
