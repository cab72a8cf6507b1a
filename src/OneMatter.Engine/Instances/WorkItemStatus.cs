namespace OneMatter.Engine.Instances;

/// <summary>Where a signer's work item stands.</summary>
public enum WorkItemStatus
{
    /// <summary>Offered to its unit (or person): can be claimed and completed.</summary>
    Offered,
    /// <summary>Sequential signing: waits for the signers before it.</summary>
    Waiting,
    /// <summary>Completed with an outcome.</summary>
    Done,
}
