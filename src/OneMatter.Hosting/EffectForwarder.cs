using OneMatter.Engine.Effects;
using OneMatter.Runtime;

namespace OneMatter.Hosting;

/// <summary>
/// The inner handler behind the timer handler: passes every effect that is not about a timer to
/// whatever handler the host attached through <see cref="OneMatterRuntime.ForwardEffectsTo"/>.
/// </summary>
/// <remarks>
/// Why a late-bound target: the outbox needs its handler chain when the runtime starts, but a
/// server's handlers (SignalR's hub context) are services that exist only once the runtime is up.
/// The outbox starts by finishing what the last process left, so effects arrive before any target
/// does: up to <see cref="EarlyCapacity"/> of them wait, in order, and go to the first target
/// attached before anything newer (a burst beyond that keeps the newest). Targets are meant to be
/// quick (queue the effect and return), since they are called in order under one lock.
/// </remarks>
internal sealed class EffectForwarder : IEffectHandler
{
    /// <summary>Most effects kept while no target is attached.</summary>
    public const int EarlyCapacity = 10_000;

    private readonly object _gate = new();
    private readonly Queue<(string InstanceId, Effect Effect)> _early = new();
    private IEffectHandler? _target;
    private bool _attachedOnce;

    /// <summary>Where effects go now. Attaching the first target hands it the effects that
    /// arrived before, in order; detaching (null) later drops effects again, as at shutdown.</summary>
    public IEffectHandler? Target
    {
        get
        {
            lock (_gate)
            {
                return _target;
            }
        }
        set => Attach(value);
    }

    /// <summary>How many effects wait for a target.</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _early.Count;
            }
        }
    }

    private void Attach(IEffectHandler? target)
    {
        var replayed = new List<Task>();
        lock (_gate)
        {
            _target = target;
            if (target is null)
            {
                return;
            }
            _attachedOnce = true;
            while (_early.TryDequeue(out var early))
            {
                replayed.Add(target.HandleAsync(early.InstanceId, early.Effect, CancellationToken.None));
            }
        }
        // A replay that fails is a lost hint (notifications only), as when the target fails live.
        foreach (var task in replayed.Where(t => t.IsFaulted))
        {
            _ = task.Exception;
        }
    }

    /// <inheritdoc />
    public Task HandleAsync(string instanceId, Effect effect, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_target is { } target)
            {
                return target.HandleAsync(instanceId, effect, cancellationToken);
            }
            if (!_attachedOnce)
            {
                if (_early.Count == EarlyCapacity)
                {
                    _early.Dequeue();
                }
                _early.Enqueue((instanceId, effect));
            }
            return Task.CompletedTask;
        }
    }
}
