using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Runtime;

/// <summary>
/// What became of a submitted command, given to its caller only once the transaction holding it
/// is durable (or, for a rejected or ignored command, once it has been decided).
/// </summary>
public sealed record CommandOutcome
{
    /// <summary>The instance the command was for.</summary>
    public required string InstanceId { get; init; }

    /// <summary>Applied, rejected or ignored.</summary>
    public required CommandStatus Status { get; init; }

    /// <summary>Why it was rejected or ignored; null when applied.</summary>
    public Rejection? Rejection { get; init; }

    /// <summary>The instance version after the command (the stored version it was decided
    /// against when not applied; 0 when the instance does not exist).</summary>
    public long Version { get; init; }

    /// <summary>The events appended by the command, in order (empty unless applied).</summary>
    public IReadOnlyList<MatterEvent> Events { get; init; } = [];

    /// <summary>The effects written to the outbox. Empty for a <see cref="Replayed"/> outcome:
    /// they were queued by the first submission and are not performed again.</summary>
    public IReadOnlyList<Effect> Effects { get; init; } = [];

    /// <summary>The snapshot after the command, or null when replayed from an idempotency key or
    /// when the instance does not exist.</summary>
    public MatterState? State { get; init; }

    /// <summary>True when the idempotency key had been seen: this is the first submission's
    /// outcome and nothing changed this time.</summary>
    public bool Replayed { get; init; }

    /// <summary>Whether the command was applied.</summary>
    public bool Applied => Status == CommandStatus.Applied;

    /// <summary>The number of events appended.</summary>
    public int EventCount => Events.Count;
}
