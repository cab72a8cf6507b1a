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
/// Without a target, non-timer effects are done as before: nothing performs them yet.
/// </remarks>
internal sealed class EffectForwarder : IEffectHandler
{
    private IEffectHandler? _target;

    /// <summary>Where effects go now; read on every effect, so a change applies at once.</summary>
    public IEffectHandler? Target
    {
        get => Volatile.Read(ref _target);
        set => Volatile.Write(ref _target, value);
    }

    /// <inheritdoc />
    public Task HandleAsync(string instanceId, Effect effect, CancellationToken cancellationToken) =>
        Target?.HandleAsync(instanceId, effect, cancellationToken) ?? Task.CompletedTask;
}
