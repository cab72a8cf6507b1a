using Hangfire;
using Microsoft.Extensions.Time.Testing;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Runtime;
using OneMatter.Scheduling.Tests.Support;

namespace OneMatter.Scheduling.Tests;

/// <summary>Timers through the real writer and a real Hangfire server on in-memory storage, on
/// the real clock with due instants a few seconds ahead. Wait bounds are generous upper limits
/// (a shared CI machine can be slow); each wait returns as soon as its condition holds.</summary>
public sealed class TimerFiringTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task TimerNode_FiresOnceThroughTheWriter()
    {
        using var db = new TempDatabase();
        await using var host = await Host.StartAsync(db);
        var started = await host.StartMatterAsync("wait", "W1");
        var timer = Assert.Single(started.State!.Timers);

        Assert.True(await host.WaitForAsync("W1", e => e.OfType<TimerElapsed>().Any(), TimeSpan.FromSeconds(20)), "the timer did not fire");
        var elapsed = Assert.Single(await host.EventsOfAsync<TimerElapsed>("W1"));
        Assert.Equal(timer.Id, elapsed.Timer);
        Assert.True(elapsed.At >= timer.Due, $"fired at {elapsed.At:O}, before its due instant {timer.Due:O}");
        Assert.Contains(await host.EventsOfAsync<TaskCreated>("W1"), t => t.Node == "review");

        // Nothing more comes: no second firing.
        await Task.Delay(Settle);
        Assert.Single(await host.EventsOfAsync<TimerElapsed>("W1"));
    }

    [Fact]
    public async Task DeadlineAlerts_EachEscalateOnce()
    {
        using var db = new TempDatabase();
        await using var host = await Host.StartAsync(db);
        await host.StartMatterAsync("deadline", "D1");

        Assert.True(await host.WaitForAsync("D1", e => e.OfType<DeadlineEscalated>().Count() >= 2, TimeSpan.FromSeconds(20)), "the alerts did not all fire");
        await Task.Delay(Settle);
        var escalated = await host.EventsOfAsync<DeadlineEscalated>("D1");
        Assert.Equal([(0, EscalationAction.Warn), (1, EscalationAction.Overdue)], escalated.Select(e => (e.Rule, e.Action)).ToArray());
        Assert.Equal(2, (await host.EventsOfAsync<TimerElapsed>("D1")).Count);
    }

    [Fact]
    public async Task EarlyRun_ReschedulesAndFiresAtTheDueInstant()
    {
        using var db = new TempDatabase();
        await using var host = await Host.StartAsync(db);
        var timer = Assert.Single((await host.StartMatterAsync("wait", "E1")).State!.Timers);
        var scheduler = host.Scheduling.Scheduler;
        Assert.True(await Host.WaitUntilAsync(() => scheduler.JobOf("E1", timer.Id) is not null, TimeSpan.FromSeconds(5)));
        var first = scheduler.JobOf("E1", timer.Id);

        // Run the job now, well before its due instant: it must not fire but schedule a new job.
        var outcome = await host.Scheduling.Job.FireAndReportAsync("E1", timer.Id, timer.Due.UtcTicks);

        Assert.Null(outcome);
        var second = scheduler.JobOf("E1", timer.Id);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Empty(await host.EventsOfAsync<TimerElapsed>("E1"));

        // Both jobs (the first and its replacement) run at the due instant: one fires, the other is a no-op.
        Assert.True(await host.WaitForAsync("E1", e => e.OfType<TimerElapsed>().Any(), TimeSpan.FromSeconds(20)));
        await Task.Delay(Settle);
        var elapsed = Assert.Single(await host.EventsOfAsync<TimerElapsed>("E1"));
        Assert.True(elapsed.At >= timer.Due);
    }

    [Fact]
    public async Task EarlyForTheWriter_IgnoredAsNotYetDue_Reschedules()
    {
        using var db = new TempDatabase();
        await using var host = await Host.StartAsync(db);
        var timer = Assert.Single((await host.StartMatterAsync("wait", "E2")).State!.Timers);
        // The job's clock runs ahead of the writer's: it thinks the timer is due, the engine does not.
        var ahead = new FakeTimeProvider(timer.Due.AddMinutes(1));
        var job = new TimerJob(host.Writer, host.Scheduling.Scheduler, ahead);

        var outcome = await job.FireAndReportAsync("E2", timer.Id, timer.Due.UtcTicks);

        Assert.NotNull(outcome);
        Assert.Equal(CommandStatus.Ignored, outcome.Status);
        Assert.Contains("not yet due", outcome.Rejection!.Message, StringComparison.Ordinal);
        Assert.NotNull(host.Scheduling.Scheduler.JobOf("E2", timer.Id));
        Assert.Empty(await host.EventsOfAsync<TimerElapsed>("E2"));
    }

    [Fact]
    public async Task RepeatedFiring_IsANoOp()
    {
        using var db = new TempDatabase();
        await using var host = await Host.StartAsync(db);
        var timer = Assert.Single((await host.StartMatterAsync("wait", "R1")).State!.Timers);
        Assert.True(await host.WaitForAsync("R1", e => e.OfType<TimerElapsed>().Any(), TimeSpan.FromSeconds(20)));
        var before = (await host.Store.EventsAsync("R1")).Count;

        var again = await host.Scheduling.Job.FireAndReportAsync("R1", timer.Id, timer.Due.UtcTicks);

        Assert.NotNull(again);
        Assert.Equal(CommandStatus.Ignored, again.Status);
        Assert.Equal(before, (await host.Store.EventsAsync("R1")).Count);
        Assert.Null(host.Scheduling.Scheduler.JobOf("R1", timer.Id));
    }

    [Fact]
    public async Task CancelTimer_DeletesTheJob()
    {
        using var db = new TempDatabase();
        await using var host = await Host.StartAsync(db);
        var started = await host.StartMatterAsync("deadline", "C1");
        var alert = Assert.Single(started.State!.Timers);
        var scheduler = host.Scheduling.Scheduler;
        Assert.True(await Host.WaitUntilAsync(() => scheduler.JobOf("C1", alert.Id) is not null, TimeSpan.FromSeconds(5)));
        var jobId = scheduler.JobOf("C1", alert.Id)!;

        // Completing the task clears its deadline: the engine emits CancelTimer for the alert.
        var task = started.State.Tasks[0];
        var done = await host.Writer.SubmitAsync(
            new CompleteTask { Actor = Actor.Officer("officer.cs-housing", "cs-housing"), TaskId = task.Id, Outcome = "pass" }, "C1");
        Assert.True(done.Applied, done.Rejection?.ToString());

        Assert.True(await Host.WaitUntilAsync(() => scheduler.JobOf("C1", alert.Id) is null, TimeSpan.FromSeconds(5)), "the job was not cancelled");
        using var connection = host.Scheduling.Storage.GetConnection();
        Assert.Equal("Deleted", connection.GetStateData(jobId)?.Name);
        Assert.Empty(await host.EventsOfAsync<DeadlineEscalated>("C1"));
    }

    [Fact]
    public async Task Restart_ReschedulesPendingTimers_IncludingOverdueOnes_EachFiresOnce()
    {
        using var db = new TempDatabase();
        // The first "process" commits the matters and goes down before any timer job could run:
        // it has a writer but no job server, so the pending timers exist only in the store. (A
        // first host with a job server made this test depend on how fast it could shut down.)
        var firstStore = await db.OpenAsync(TimeProvider.System);
        var firstWriter = new CommandWriter(firstStore, TimerMatters.Shared.Engine, TimerMatters.Shared.Catalog, TimeProvider.System);
        var soon = Assert.Single((await Start(firstWriter, "wait", "S1")).State!.Timers);
        var later = Assert.Single((await Start(firstWriter, "wait-long", "S2")).State!.Timers);
        await firstWriter.DisposeAsync();

        // Stay "down" until the first timer has fallen due.
        var wait = soon.Due - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
        Assert.Empty((await firstStore.EventsAsync("S1")).OfType<TimerElapsed>());

        await using var second = await Host.StartAsync(db, reschedule: true);
        Assert.True(await second.WaitForAsync("S1", e => e.OfType<TimerElapsed>().Any(), TimeSpan.FromSeconds(20)), "the overdue timer did not fire");
        Assert.True(await second.WaitForAsync("S2", e => e.OfType<TimerElapsed>().Any(), TimeSpan.FromSeconds(20)), "the later timer did not fire");
        await Task.Delay(Settle);
        Assert.Equal(soon.Id, Assert.Single(await second.EventsOfAsync<TimerElapsed>("S1")).Timer);
        var elapsed = Assert.Single(await second.EventsOfAsync<TimerElapsed>("S2"));
        Assert.True(elapsed.At >= later.Due);
        Assert.Empty(await second.Store.VerifyChainAsync());
    }

    private static async Task<CommandOutcome> Start(CommandWriter writer, string definition, string instanceId)
    {
        var outcome = await writer.StartAsync(new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = instanceId }, definition);
        Assert.True(outcome.Applied, outcome.Rejection?.ToString());
        return outcome;
    }
}
