using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>The outcome of <see cref="MatterEngine.Handle"/>: the new state, the events to append
/// and the effects to perform after commit — or a rejection with the state unchanged.</summary>
public sealed record EngineResult
{
    /// <summary>Applied, rejected or ignored.</summary>
    public required CommandStatus Status { get; init; }

    /// <summary>The state after the command (the input state unless applied).</summary>
    public required MatterState? State { get; init; }

    /// <summary>New events, in order.</summary>
    public IReadOnlyList<MatterEvent> Events { get; init; } = [];

    /// <summary>Effects to perform after commit.</summary>
    public IReadOnlyList<Effect> Effects { get; init; } = [];

    /// <summary>Why it was refused or ignored.</summary>
    public Rejection? Rejection { get; init; }

    /// <summary>Whether the command was applied.</summary>
    public bool Applied => Status == CommandStatus.Applied;
}
