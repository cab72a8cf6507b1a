using System.Collections.Concurrent;
using System.Reflection;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace OneMatter.Scheduling;

/// <summary>
/// Creates and deletes the Hangfire jobs that run <see cref="TimerJob.FireAsync"/>, and remembers
/// the job id of each (instance, timer) so a <c>CancelTimer</c> can delete it. Shared by the effect
/// handler, the job itself (an early run re-schedules) and the start-up re-scheduler, so all of
/// them keep one map.
/// </summary>
/// <remarks>
/// The map lives in memory only. After a restart it is empty: cancelling a timer scheduled by the
/// previous process then deletes nothing, and that job may still run. That is harmless because the
/// engine ignores a firing of a timer that is no longer pending (stale firings are no-ops).
/// </remarks>
public sealed class TimerJobScheduler
{
    // Built once: Job instances are made from the MethodInfo directly rather than from an
    // expression tree, which matters when 100,000 timers are re-scheduled at start-up.
    private static readonly MethodInfo FireMethod =
        typeof(TimerJob).GetMethod(nameof(TimerJob.FireAsync), [typeof(string), typeof(string), typeof(long)])
        ?? throw new InvalidOperationException("TimerJob.FireAsync(string, string, long) not found.");

    private readonly IBackgroundJobClient _client;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(string InstanceId, string TimerId), ScheduledJob> _jobs = new();

    /// <summary>Creates a scheduler over a Hangfire client.</summary>
    /// <param name="client">Where jobs are created and deleted.</param>
    /// <param name="time">The clock used to decide whether a due instant has already passed.</param>
    public TimerJobScheduler(IBackgroundJobClient client, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The number of (instance, timer) pairs with a remembered job.</summary>
    public int Count => _jobs.Count;

    /// <summary>
    /// Schedules the firing of a timer at <paramref name="due"/> (enqueued at once when already
    /// due) and returns the Hangfire job id. Scheduling the same (instance, timer, due) again
    /// returns the remembered job instead of creating a second one, because the outbox may
    /// deliver a <c>ScheduleTimer</c> effect more than once.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="timerId">The timer within it.</param>
    /// <param name="due">When it falls due.</param>
    public string Schedule(string instanceId, string timerId, DateTimeOffset due)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(timerId);
        var key = (instanceId, timerId);
        if (_jobs.TryGetValue(key, out var known) && known.Due == due)
        {
            return known.JobId;
        }
        var jobId = Create(instanceId, timerId, due);
        _jobs[key] = new ScheduledJob(jobId, due);
        return jobId;
    }

    /// <summary>
    /// Schedules a new job for a timer whether or not one is remembered: used by a job that ran
    /// early (its own job is finished, so the remembered id is about to be useless) and by the
    /// start-up re-scheduler (whose storage may have lost every job).
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="timerId">The timer within it.</param>
    /// <param name="due">When it falls due.</param>
    public string Reschedule(string instanceId, string timerId, DateTimeOffset due)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(timerId);
        var jobId = Create(instanceId, timerId, due);
        _jobs[(instanceId, timerId)] = new ScheduledJob(jobId, due);
        return jobId;
    }

    /// <summary>Deletes the remembered job of a timer, if any. Returns whether one was deleted.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="timerId">The timer within it.</param>
    public bool Cancel(string instanceId, string timerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(timerId);
        // A job deleted after it started (or one this process never knew) may still run; the
        // engine ignores a timer that is no longer pending, so that firing is a harmless no-op.
        return _jobs.TryRemove((instanceId, timerId), out var job) && _client.Delete(job.JobId);
    }

    /// <summary>The remembered job id of a timer, or null.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="timerId">The timer within it.</param>
    public string? JobOf(string instanceId, string timerId) =>
        _jobs.TryGetValue((instanceId, timerId), out var job) ? job.JobId : null;

    /// <summary>Forgets a timer whose firing was decided (applied or stale), so the map does not
    /// grow with every timer ever scheduled.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="timerId">The timer within it.</param>
    /// <param name="due">The due instant the finished job was for; a newer schedule is kept.</param>
    internal void Forget(string instanceId, string timerId, DateTimeOffset due)
    {
        var key = (instanceId, timerId);
        if (_jobs.TryGetValue(key, out var job) && job.Due == due)
        {
            _jobs.TryRemove(new KeyValuePair<(string, string), ScheduledJob>(key, job));
        }
    }

    private string Create(string instanceId, string timerId, DateTimeOffset due)
    {
        // Only ids and the due instant go into the job: Hangfire stores the arguments with the
        // queued job, and the instance is re-read by the writer when the job runs.
        var job = new Job(typeof(TimerJob), FireMethod, instanceId, timerId, due.UtcTicks);
        IState state = due <= _time.GetUtcNow()
            // Already due (e.g. it fell due while the process was down): enqueue it now rather
            // than wait for the next poll of the delayed-job scheduler.
            ? new EnqueuedState()
            : new ScheduledState(due.UtcDateTime);
        return _client.Create(job, state);
    }

    private readonly record struct ScheduledJob(string JobId, DateTimeOffset Due);
}
