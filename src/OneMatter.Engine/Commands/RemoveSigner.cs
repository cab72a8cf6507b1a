namespace OneMatter.Engine.Commands;

/// <summary>减签: remove a signer who has not signed yet.</summary>
public sealed record RemoveSigner : TaskCommand
{
    /// <summary>The work item to remove.</summary>
    public required string WorkItemId { get; init; }
}
