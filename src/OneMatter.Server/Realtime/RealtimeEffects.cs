using System.Threading.Channels;
using OneMatter.Engine.Effects;
using OneMatter.Runtime;

namespace OneMatter.Server.Realtime;

/// <summary>
/// The outbox's handler for notifications on this node: queues every <see cref="Notify"/> for
/// the <see cref="RealtimePublisher"/> and returns at once; other effects pass.
/// </summary>
/// <remarks>
/// Why queue instead of sending here: the outbox performs effects in order per matter and a
/// slow or unreachable backplane must hold up neither it nor the timers behind it. A push is a
/// hint to re-read (the store is the record), so a message lost to a full queue or a crash is
/// acceptable; it is logged. The outbox runs on whichever node claims the effect, and the
/// backplane carries the message to connections on the other nodes.
/// </remarks>
public sealed class RealtimeEffects : IEffectHandler
{
    /// <summary>Most notifications waiting; beyond it the oldest are dropped (and logged).</summary>
    public const int Capacity = 10_000;

    private readonly Channel<(string InstanceId, Notify Notify)> _queue;

    /// <summary>Created by DI.</summary>
    public RealtimeEffects(ILogger<RealtimeEffects> logger)
    {
        _queue = Channel.CreateBounded<(string, Notify)>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            dropped => logger.LogWarning("Real-time queue full: notification for {Instance} dropped", dropped.Item1));
    }

    /// <summary>What the publisher reads.</summary>
    internal ChannelReader<(string InstanceId, Notify Notify)> Reader => _queue.Reader;

    /// <inheritdoc />
    public Task HandleAsync(string instanceId, Effect effect, CancellationToken cancellationToken)
    {
        if (effect is Notify notify)
        {
            _queue.Writer.TryWrite((instanceId, notify));
        }
        return Task.CompletedTask;
    }
}
