using OneMatter.Engine.Persistence;

namespace OneMatter.Scheduling;

/// <summary>
/// On start-up, schedules a job for every pending timer in the store, so nothing is lost when the
/// job storage was emptied by a restart (Hangfire.InMemory keeps nothing). Timers that fell due
/// while the process was down are enqueued at once and fire once: their earlier jobs, if any
/// survived, find the timer already elapsed and are ignored by the engine.
/// </summary>
/// <remarks>
/// One query reads every pending timer (the timers table is kept in step with the snapshots), so
/// 100,000 timers cost one database round trip plus Hangfire's own storage write per job, spread
/// over a few parallel workers. Only the in-memory job storage needs it: with PostgreSQL the jobs
/// survive, and re-scheduling would duplicate them once per starting node (harmless, since a
/// duplicate firing is a no-op, but wasteful); <see cref="TimerScheduling.RescheduleOnStartAsync"/>
/// decides by <see cref="TimerScheduling.NeedsRescheduleOnStart"/>.
/// </remarks>
public sealed class TimerRescheduler
{
    private readonly IMatterStore _store;
    private readonly TimerJobScheduler _scheduler;
    private readonly int _parallelism;

    /// <summary>Creates the re-scheduler.</summary>
    /// <param name="store">Where pending timers are read.</param>
    /// <param name="scheduler">Where their jobs are created.</param>
    /// <param name="parallelism">How many jobs are created at once (at least 1); null for the
    /// processor count, between 2 and 8.</param>
    public TimerRescheduler(IMatterStore store, TimerJobScheduler scheduler, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scheduler);
        // Hangfire.InMemory serialises writes on one thread, so beyond a few workers only the job
        // serialisation overlaps; PostgreSQL gains from overlapping network round trips.
        _parallelism = parallelism ?? Math.Clamp(Environment.ProcessorCount, 2, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(_parallelism, 1, nameof(parallelism));
        _store = store;
        _scheduler = scheduler;
    }

    /// <summary>Schedules every pending timer and returns how many were scheduled.</summary>
    /// <param name="cancellationToken">Stops reading and scheduling.</param>
    public async Task<int> RescheduleAllAsync(CancellationToken cancellationToken = default)
    {
        var timers = await _store.PendingTimersAsync(cancellationToken).ConfigureAwait(false);
        if (timers.Count == 0)
        {
            return 0;
        }
        // Earliest first, so the timers that are (over)due get their jobs before the rest.
        var ordered = timers.OrderBy(t => t.Due).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken };
        // Hangfire's client is synchronous; a few workers overlap its storage writes (a network
        // round trip each on PostgreSQL) without flooding the storage.
        await Task.Run(() => Parallel.ForEach(ordered, options, t => _scheduler.Reschedule(t.InstanceId, t.TimerId, t.Due)), cancellationToken)
            .ConfigureAwait(false);
        return ordered.Length;
    }
}
