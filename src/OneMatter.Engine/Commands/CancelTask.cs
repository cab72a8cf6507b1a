namespace OneMatter.Engine.Commands;

/// <summary>Withdraw one task (cancel task pattern): its path ends; a join stops waiting for it.</summary>
public sealed record CancelTask : TaskCommand
{
    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
