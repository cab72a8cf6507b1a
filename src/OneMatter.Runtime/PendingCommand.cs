using OneMatter.Engine.Commands;

namespace OneMatter.Runtime;

/// <summary>A command waiting in the writer's queue, with the promise its caller awaits.</summary>
internal sealed class PendingCommand
{
    public PendingCommand(MatterCommand command, string instanceId, string? idempotencyKey, string? definitionId, int? definitionVersion)
    {
        Command = command;
        InstanceId = instanceId;
        IdempotencyKey = idempotencyKey;
        DefinitionId = definitionId;
        DefinitionVersion = definitionVersion;
    }

    public MatterCommand Command { get; }

    public string InstanceId { get; }

    public string? IdempotencyKey { get; }

    /// <summary>For a start only: the definition to start on (an existing instance names its own).</summary>
    public string? DefinitionId { get; }

    /// <summary>For a start only: the version, or null for the latest.</summary>
    public int? DefinitionVersion { get; }

    // Continuations run asynchronously so a caller's code never runs on (and stalls) the writer loop.
    public TaskCompletionSource<CommandOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
