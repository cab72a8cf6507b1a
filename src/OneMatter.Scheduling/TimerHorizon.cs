using OneMatter.Engine.Persistence;

namespace OneMatter.Scheduling;

/// <summary>
/// Keeps Hangfire jobs only for timers due within a horizon (say ten minutes); the rest wait in
/// the store's timers table, which is the truth anyway. A sweep every fraction of the horizon
/// schedules the timers that came within it. With the in-memory job storage a restart then
/// re-creates jobs only for the near future instead of one per pending timer — the 100,000
/// deadline timers of a county are days or weeks away — and memory holds hundreds of jobs, not
/// hundreds of thousands.
/// </summary>
/// <remarks>
/// <para>The watermark is the instant up to which every pending timer has a job. A
/// <c>ScheduleTimer</c> effect due at or before it gets its job at once; one due later is left to
/// the sweep that moves the watermark past it. The check and the sweep's read-and-move share one
/// lock, so a timer committed before a sweep reads is seen by that sweep, and one committed after
/// is checked against the moved watermark: none falls between.</para>
/// <para>Only for a job storage that one node owns (in memory). With a shared, persistent storage
/// (PostgreSQL) every timer gets its job at once and jobs survive restarts; several nodes sweeping
/// would each create the same jobs.</para>
/// </remarks>
public sealed class TimerHorizon : IAsyncDisposable
{
    private readonly IMatterStore _store;
    private readonly TimerJobScheduler _scheduler;
    private readonly TimeProvider _time;
    private readonly TimeSpan _horizon;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private DateTimeOffset _watermark;
    private Task? _loop;

    /// <summary>Creates the horizon; nothing is admitted beyond "now + horizon" until a sweep.</summary>
    /// <param name="store">Where pending timers are read.</param>
    /// <param name="scheduler">Creates the jobs.</param>
    /// <param name="time">The clock.</param>
    /// <param name="horizon">How far ahead jobs are kept.</param>
    public TimerHorizon(IMatterStore store, TimerJobScheduler scheduler, TimeProvider time, TimeSpan horizon)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(horizon, TimeSpan.Zero);
        _store = store;
        _scheduler = scheduler;
        _time = time;
        _horizon = horizon;
        // Effects performed before the first sweep (tests that never sweep) still schedule what is
        // near; the first sweep takes everything up to its own watermark.
        _watermark = time.GetUtcNow() + horizon;
    }

    /// <summary>How far ahead jobs are kept.</summary>
    public TimeSpan Horizon => _horizon;

    /// <summary>Every pending timer due at or before this instant has a job.</summary>
    public DateTimeOffset Watermark => _watermark;

    /// <summary>Schedules a timer now if it is due within the watermark; returns whether it did.
    /// A later one is scheduled by the sweep that reaches it.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="timerId">The timer.</param>
    /// <param name="due">When it falls due.</param>
    /// <param name="cancellationToken">Stops waiting for a running sweep.</param>
    public async Task<bool> ScheduleIfNearAsync(string instanceId, string timerId, DateTimeOffset due, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (due > _watermark)
            {
                return false;
            }
            _scheduler.Schedule(instanceId, timerId, due);
            return true;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Schedules every pending timer due within the horizon from now (overdue ones are
    /// enqueued at once) and moves the watermark there; returns how many were scheduled. Timers
    /// already scheduled for the same instant are not scheduled twice.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var until = _time.GetUtcNow() + _horizon;
            var timers = await _store.PendingTimersDueAsync(until, cancellationToken).ConfigureAwait(false);
            foreach (var timer in timers)
            {
                _scheduler.Schedule(timer.InstanceId, timer.TimerId, timer.Due);
            }
            if (until > _watermark)
            {
                _watermark = until;
            }
            return timers.Count;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Starts sweeping every <paramref name="interval"/> (a fraction of the horizon, so a
    /// timer gets its job well before it falls due).</summary>
    /// <param name="interval">Time between sweeps.</param>
    /// <param name="failed">Told about a failing sweep (the store may be briefly unavailable); the
    /// loop goes on.</param>
    public void Start(TimeSpan interval, Action<Exception>? failed = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(interval, _horizon);
        _loop ??= Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(interval, _time);
            while (await WaitAsync(timer).ConfigureAwait(false))
            {
                try
                {
                    await SweepAsync(_stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    break;
                }
#pragma warning disable CA1031 // A failed sweep is retried at the next tick; the watermark did not move.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failed?.Invoke(ex);
                }
            }
        });
    }

    /// <summary>Stops the sweep loop.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop)
        {
            await loop.ConfigureAwait(false);
        }
        _stop.Dispose();
        _lock.Dispose();
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
