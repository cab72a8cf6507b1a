namespace OneMatter.Engine.Commands;

/// <summary>办理: an officer completes their work item with an outcome.</summary>
public sealed record CompleteTask : TaskCommand
{
    /// <summary>Outcome id of the node.</summary>
    public required string Outcome { get; init; }

    /// <summary>The task's own fields (opinion …).</summary>
    public IReadOnlyDictionary<string, string?> Fields { get; init; } = NoValues.Instance;

    /// <summary>Free comment for the record.</summary>
    public string? Comment { get; init; }
}
