using OneMatter.Engine.Effects;

namespace OneMatter.Engine.Persistence;

/// <summary>An outbox entry: an effect committed but not yet marked performed (as read by
/// <see cref="IMatterStore.PendingEffectsAsync"/> or claimed by <see cref="IMatterStore.ClaimEffectsAsync"/>).</summary>
/// <param name="Id">The effect's id in the outbox, for <see cref="IMatterStore.MarkEffectsDoneAsync"/>:
/// ascending in commit order (and, within a command, in the order the engine produced the effects).</param>
/// <param name="Effect">The effect (its instance is <see cref="Effect.InstanceId"/>).</param>
public sealed record PendingEffect(long Id, Effect Effect);
