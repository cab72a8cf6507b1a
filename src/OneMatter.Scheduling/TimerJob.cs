using OneMatter.Engine.Commands;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Runtime;

namespace OneMatter.Scheduling;

/// <summary>
/// The Hangfire job of one timer: at its due instant it submits <see cref="FireTimer"/> through
/// the single writer. It takes ids only (Hangfire stores the arguments with the queued job), and
/// the engine decides against the instance as it is when the command is applied.
/// </summary>
/// <remarks>
/// Hangfire's delayed-job scheduler may run a job up to a second early (it keeps due instants in
/// whole seconds) or a polling interval late, and the writer's clock may differ from this one. So
/// the job re-checks the due instant: a run up to a second early waits for it, an earlier run
/// schedules a new job at the due instant and returns. A stale or repeated run (the timer was
/// cancelled, already fired, or the instance ended) comes back from the engine as Ignored and is
/// left at that: it changes nothing.
/// </remarks>
public sealed class TimerJob
{
    /// <summary>How early a run may be and still wait for its due instant instead of scheduling
    /// a replacement: Hangfire's whole-second granularity.</summary>
    private static readonly TimeSpan WaitedOut = TimeSpan.FromSeconds(1);

    private readonly CommandWriter _writer;
    private readonly TimerJobScheduler _scheduler;
    private readonly TimeProvider _time;

    /// <summary>Creates the job.</summary>
    /// <param name="writer">Where <see cref="FireTimer"/> is submitted.</param>
    /// <param name="scheduler">Where an early run schedules its replacement.</param>
    /// <param name="time">The clock the due instant is checked against.</param>
    public TimerJob(CommandWriter writer, TimerJobScheduler scheduler, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scheduler);
        _writer = writer;
        _scheduler = scheduler;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Fires a timer if it is due (waiting for it when it is less than a second away),
    /// else schedules itself again at the due instant.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="timerId">The timer within it.</param>
    /// <param name="dueUtcTicks">The due instant as UTC ticks (a plain number stores well in a job).</param>
    /// <remarks>Returns a plain task: Hangfire would store a returned outcome with the finished
    /// job. Use <see cref="FireAndReportAsync"/> to see what the writer decided.</remarks>
    public Task FireAsync(string instanceId, string timerId, long dueUtcTicks) => FireAndReportAsync(instanceId, timerId, dueUtcTicks);

    /// <summary>Like <see cref="FireAsync"/>, returning what the writer decided, or null when the
    /// run was early and re-scheduled.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="timerId">The timer within it.</param>
    /// <param name="dueUtcTicks">The due instant as UTC ticks.</param>
    public async Task<CommandOutcome?> FireAndReportAsync(string instanceId, string timerId, long dueUtcTicks)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(timerId);
        var due = new DateTimeOffset(dueUtcTicks, TimeSpan.Zero);
        var early = due - _time.GetUtcNow();
        if (early > WaitedOut)
        {
            _scheduler.Reschedule(instanceId, timerId, due);
            return null;
        }
        while (early > TimeSpan.Zero)
        {
            // Hangfire keeps a delayed job's due instant in whole seconds (cut down) and moves the
            // job to the queue once that second begins, so most runs come up to a second early.
            // Waiting out the rest here fires at the due instant with the one job; a replacement
            // job would cost another job and fire a polling interval late.
            // A timer may wake a little before the wall clock reaches the instant: check again.
            await Task.Delay(early, _time).ConfigureAwait(false);
            early = due - _time.GetUtcNow();
        }
        var outcome = await _writer.SubmitAsync(new FireTimer { Actor = Actor.System, TimerId = timerId }, instanceId).ConfigureAwait(false);
        if (outcome.Status == CommandStatus.Ignored && StillPending(outcome, timerId) is { } pending)
        {
            // The writer's clock says "not yet due" (it lags ours, or the due instant moved):
            // try again at the instant the engine holds, never sooner than a moment from now so a
            // lagging clock cannot turn this into a tight loop.
            var retryAt = pending > _time.GetUtcNow() ? pending : _time.GetUtcNow().AddSeconds(1);
            _scheduler.Reschedule(instanceId, timerId, retryAt);
            return outcome;
        }
        // Applied, or ignored as stale/repeated: this timer needs no job any more.
        _scheduler.Forget(instanceId, timerId, due);
        return outcome;
    }

    private static DateTimeOffset? StillPending(CommandOutcome outcome, string timerId)
    {
        // An ignored firing of a timer that is still pending can only mean "not yet due"; a stale
        // one (fired, cancelled, instance ended) no longer appears among the pending timers.
        if (outcome.State is { } state)
        {
            foreach (var timer in state.Timers)
            {
                if (timer.Id == timerId)
                {
                    return timer.Due;
                }
            }
        }
        return null;
    }
}
