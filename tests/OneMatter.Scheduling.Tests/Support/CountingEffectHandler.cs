using System.Collections.Concurrent;
using OneMatter.Engine.Effects;
using OneMatter.Runtime;

namespace OneMatter.Scheduling.Tests.Support;

/// <summary>Decorates a node's real effect handler and records every ScheduleTimer it performs,
/// so a test can tell which node performed which outbox row (and how often).</summary>
internal sealed class CountingEffectHandler(IEffectHandler inner) : IEffectHandler
{
    public ConcurrentQueue<(string InstanceId, string TimerId)> Scheduled { get; } = new();

    public async Task HandleAsync(string instanceId, Effect effect, CancellationToken cancellationToken)
    {
        await inner.HandleAsync(instanceId, effect, cancellationToken);
        if (effect is ScheduleTimer schedule)
        {
            Scheduled.Enqueue((instanceId, schedule.TimerId));
        }
    }
}
