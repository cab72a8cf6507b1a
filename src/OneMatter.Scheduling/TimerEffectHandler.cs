using OneMatter.Engine.Effects;
using OneMatter.Runtime;

namespace OneMatter.Scheduling;

/// <summary>
/// Performs timer effects from the outbox on Hangfire: <see cref="ScheduleTimer"/> becomes a
/// delayed job at the due instant, <see cref="CancelTimer"/> deletes that job. Every other effect
/// goes to the inner handler, so handlers chain (timers → documents → notifications); without an
/// inner handler other effects are ignored.
/// </summary>
/// <remarks>
/// A cancelled job that runs anyway (deleted too late, or scheduled by a previous process whose
/// job ids this one never knew) is harmless: the engine ignores a firing of a timer that is no
/// longer pending. Cancelling is therefore an optimisation, not needed for correctness.
/// </remarks>
public sealed class TimerEffectHandler : IEffectHandler
{
    private readonly TimerJobScheduler _scheduler;
    private readonly IEffectHandler? _inner;
    private readonly TimerHorizon? _horizon;

    /// <summary>Creates the handler.</summary>
    /// <param name="scheduler">Creates and deletes the jobs.</param>
    /// <param name="inner">Receives every effect that is not about a timer; null to ignore them.</param>
    /// <param name="horizon">When given, only timers within it get a job at once; later ones
    /// are left to its sweeps.</param>
    public TimerEffectHandler(TimerJobScheduler scheduler, IEffectHandler? inner = null, TimerHorizon? horizon = null)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
        _inner = inner;
        _horizon = horizon;
    }

    /// <inheritdoc />
    public Task HandleAsync(string instanceId, Effect effect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        switch (effect)
        {
            case ScheduleTimer schedule when _horizon is not null:
                return _horizon.ScheduleIfNearAsync(instanceId, schedule.TimerId, schedule.Due, cancellationToken);
            case ScheduleTimer schedule:
                _scheduler.Schedule(instanceId, schedule.TimerId, schedule.Due);
                return Task.CompletedTask;
            case CancelTimer cancel:
                _scheduler.Cancel(instanceId, cancel.TimerId);
                return Task.CompletedTask;
            default:
                return _inner?.HandleAsync(instanceId, effect, cancellationToken) ?? Task.CompletedTask;
        }
    }
}
