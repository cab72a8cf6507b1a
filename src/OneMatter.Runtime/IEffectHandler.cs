using OneMatter.Engine.Effects;

namespace OneMatter.Runtime;

/// <summary>
/// Performs one committed effect (schedule or cancel a timer, render a document, notify …). A port:
/// Hangfire, Scriban and notification stores live behind it, not in the runtime. Effects may be
/// delivered more than once (after a crash between performing and marking done), so a handler
/// must be idempotent by the effect's ids.
/// </summary>
public interface IEffectHandler
{
    /// <summary>Performs the effect; throwing leaves it pending so it is retried later.</summary>
    Task HandleAsync(string instanceId, Effect effect, CancellationToken cancellationToken);
}
