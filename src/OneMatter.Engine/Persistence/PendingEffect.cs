using OneMatter.Engine.Effects;

namespace OneMatter.Engine.Persistence;

/// <summary>An outbox entry: an effect committed but not yet marked performed (as read by
/// <see cref="IMatterStore.PendingEffectsAsync"/> or claimed by <see cref="IMatterStore.ClaimEffectsAsync"/>).</summary>
/// <param name="Id">Outbox id, for <see cref="IMatterStore.MarkEffectsDoneAsync"/>.</param>
/// <param name="Effect">The effect (its instance is <see cref="Effect.InstanceId"/>).</param>
public sealed record PendingEffect(long Id, Effect Effect);
