using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Persistence;

/// <summary>One applied command, ready to be written: the engine's output plus what the shell
/// knows about the request.</summary>
public sealed record MatterChange
{
    /// <summary>The instance.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The version the command was decided against; 0 for a new instance. The new
    /// snapshot's <see cref="MatterState.Version"/> must be this plus the number of events.</summary>
    public required long ExpectedVersion { get; init; }

    /// <summary>The snapshot after the command.</summary>
    public required MatterState NewState { get; init; }

    /// <summary>The command's events, in order.</summary>
    public IReadOnlyList<MatterEvent> Events { get; init; } = [];

    /// <summary>The command's effects, written to the outbox.</summary>
    public IReadOnlyList<Effect> Effects { get; init; } = [];

    /// <summary>Who sent the command (recorded with its idempotency key).</summary>
    public required CommandActor Actor { get; init; }

    /// <summary>The client's idempotency key, if it sent one; must not be stored already.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The JSON answer to return when the same key comes again.</summary>
    public string? ResultJson { get; init; }
}
